import type { Role } from '../../shared/common';
import {
  CITY_LABELS,
  FAIR_MODE_LABELS,
  SALARY_UNIT_LABELS,
  type CityId,
  type FairMode,
  type SalaryUnit,
} from '../../shared/jobs.labels';
import { beijingWall } from '../../shared/beijing';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export interface SalaryLike {
  min: number;
  max: number;
  unit: SalaryUnit;
}

/** "3500-5500 元/月", "200 元/天"; 0-0 means the employer will talk about it. */
export function salaryLabel(s: SalaryLike): string {
  if (s.max <= 0) return '工资面议';
  const amount = s.min === s.max || s.min <= 0 ? `${s.max}` : `${s.min}-${s.max}`;
  return `${amount} ${SALARY_UNIT_LABELS[s.unit]}`;
}

/** "南昌 · 东湖区" */
export function placeLabel(city: CityId, district?: string | null): string {
  const c = CITY_LABELS[city] ?? city;
  return district ? `${c} · ${district}` : c;
}

export function fairModeLabel(mode: FairMode): string {
  return FAIR_MODE_LABELS[mode] ?? mode;
}

/**
 * Beijing wall-clock fields of an instant. Plain Date arithmetic instead of dayjs: this file
 * loads with the weapp main package, where every kilobyte counts (README, perf).
 */
function beijing(iso: string) {
  const d = beijingWall(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    month: () => d.getUTCMonth(),
    date: () => d.getUTCDate(),
    day: () => d.getUTCDay(),
    format: (pattern: 'HH:mm' | 'YYYY-MM-DD') =>
      pattern === 'HH:mm'
        ? `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
        : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
  };
}

/** "12月5日 周六 09:00" in Beijing time. */
export function dateTimeLabel(iso: string): string {
  const d = beijing(iso);
  return `${d.month() + 1}月${d.date()}日 ${WEEKDAYS[d.day()]} ${d.format('HH:mm')}`;
}

/** "12月5日" in Beijing time. */
export function dateLabel(iso: string): string {
  const d = beijing(iso);
  return `${d.month() + 1}月${d.date()}日`;
}

/** "12月5日 周六 09:00-12:00", or both ends in full when the fair spans days. */
export function timeRangeLabel(startIso: string, endIso: string): string {
  const start = beijing(startIso);
  const end = beijing(endIso);
  if (start.format('YYYY-MM-DD') === end.format('YYYY-MM-DD')) {
    return `${dateTimeLabel(startIso)}-${end.format('HH:mm')}`;
  }
  return `${dateTimeLabel(startIso)} 至 ${dateTimeLabel(endIso)}`;
}

const ROLE_LABELS: Record<Role, string> = { resident: '居民', volunteer: '志愿者', staff: '妇联工作人员', worker: '社区妇联工作者' };
export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/** Show only the last four digits of a phone number on screens others may see. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : phone;
}
