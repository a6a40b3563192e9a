import { beijingWall } from '../../../../shared/beijing';
import type { LegalBasis, QuestionStatus } from '../../../../shared/qa';
import { TOPIC_TITLES, type TopicId } from '../../../../shared/topics';
import { CITY_LABELS, type CityId } from '../../../../shared/jobs';

export const STATUS_LABELS: Record<QuestionStatus, string> = {
  open: '等律师接手',
  claimed: '律师在回答',
  closed: '已结束',
};

export function topicLabel(topic: TopicId | null | undefined): string {
  return topic ? TOPIC_TITLES[topic] : '其他问题';
}

export function cityLabel(city: string | null | undefined): string {
  if (!city) return '';
  return CITY_LABELS[city as CityId] ?? city;
}

/** 法律依据：《反家庭暴力法》第二十三条 — the source files may or may not carry the 《》 already. */
export function basisLabel(b: LegalBasis): string {
  const law = b.law.startsWith('《') ? b.law : `《${b.law}》`;
  return `${law}${b.article}`;
}

/** "2026年11月" in Beijing time (UTC+8, no daylight saving). */
export function monthLabel(iso: string): string {
  const d = beijingWall(iso);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月`;
}

/** Lines of an article body; numbered lines (1. …) are steps. */
export function bodyLines(body: string): { text: string; step: boolean }[] {
  return body
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((text) => ({ text, step: /^\d+[.、．]/.test(text) }));
}
