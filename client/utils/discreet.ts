import { useCallback, useEffect, useState } from 'react';
import { TOPICS, type TopicGroup, type TopicId } from '../../shared/topic-list';
import { meApi } from '../api/me';
import { readStoredUser } from '../api/session';
import { saveDiscreet, useDiscreet } from './discreet-flag';
import { dateLabel } from './format';

/*
 * 隐私模式 (discreet mode). The server keeps the setting (GET /api/me `preferences.discreet`,
 * on by default once she has asked a question); the client keeps the last value it saw in
 * storage, for the signed-in person only, so a list never flashes her titles while the
 * setting loads. Until the server has answered for this person, lists stay discreet.
 */
export { readDiscreet, saveDiscreet, useDiscreet } from './discreet-flag';

/**
 * For a list of her own records: the setting, and whether she tapped 显示 on this screen.
 * Revealing lasts only while the screen is open; leaving and coming back hides again.
 */
export function useDiscreetList(): { hidden: boolean; discreet: boolean; reveal: () => void; hide: () => void } {
  useDiscreetFromServer();
  const discreet = useDiscreet();
  const [revealed, setRevealed] = useState(false);
  const reveal = useCallback(() => setRevealed(true), []);
  const hide = useCallback(() => setRevealed(false), []);
  return { hidden: discreet && !revealed, discreet, reveal, hide };
}

/**
 * Neutral words for a topic group: family violence and marriage share one word, so the
 * label never tells the two apart; nothing names violence, divorce, lawyers or the law.
 */
const DISCREET_GROUP_WORDS: Record<TopicGroup, string> = {
  dv: '家庭事务',
  marriage: '家庭事务',
  children: '孩子',
  work: '工作',
  rights: '生活',
  help: '生活',
};

export function discreetTopicWord(topic: TopicId | null | undefined): string {
  const group = TOPICS.find((t) => t.id === topic)?.group;
  return group ? DISCREET_GROUP_WORDS[group] : '生活';
}

/** "咨询 3 · 11月28日 · 家庭事务": which one, when, and the broad kind only. */
export function discreetLabel(kind: '咨询' | '预约' | '消息', n: number, iso: string, topic?: TopicId | null): string {
  const parts = [`${kind} ${n}`, dateLabel(iso)];
  if (topic !== undefined) parts.push(discreetTopicWord(topic));
  return parts.join(' · ');
}

/**
 * Lists of her own records ask the server once per visit, so a change made on another
 * device, or the default turning on after her first question, shows here too.
 */
export function useDiscreetFromServer(): void {
  useEffect(() => {
    if (!readStoredUser()) return;
    meApi
      .me()
      .then((me) => {
        // An older server (or a test double) without preferences leaves the last known value.
        const discreet: unknown = me.preferences?.discreet;
        if (typeof discreet === 'boolean') saveDiscreet(discreet);
      })
      .catch(() => undefined);
  }, []);
}
