import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { SLOT_MODE_LABELS, type SlotMode } from '../../shared/bookings';
import { BEIJING_TZ, DAY_MS, beijingClock, beijingDayOf, beijingDayStart } from '../../shared/time';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Pure helpers for the appointment screens. Every day and clock time is a Beijing one
 * (shared/time.ts); `now` is always passed in so the logic can be tested with a pinned clock.
 */

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

export interface StripDay {
  /** Beijing calendar day, `YYYY-MM-DD`. */
  day: string;
  /** 今天 / 明天 / 周三 */
  name: string;
  /** 11/30 */
  date: string;
}

function weekdayOf(day: string): string {
  return WEEKDAYS[dayjs.tz(`${day} 12:00`, BEIJING_TZ).day()];
}

/** The Beijing day `offset` days after the day of `now`. Noon keeps the step clear of midnight. */
export function addBeijingDays(day: string, offset: number): string {
  return beijingDayOf(beijingDayStart(day).getTime() + offset * DAY_MS + 12 * 60 * 60 * 1000);
}

/** `count` Beijing days starting with today, labelled 今天, 明天, then the weekday. */
export function dateStrip(now: Date | number, count: number): StripDay[] {
  const today = beijingDayOf(now);
  return Array.from({ length: count }, (_, i) => {
    const day = addBeijingDays(today, i);
    const [, m, d] = day.split('-').map(Number);
    return { day, name: i === 0 ? '今天' : i === 1 ? '明天' : weekdayOf(day), date: `${m}/${d}` };
  });
}

/** The UTC instants where a Beijing day begins and ends (the end is the next day's start minus 1 ms). */
export function dayRange(day: string): { from: string; to: string } {
  const start = beijingDayStart(day).getTime();
  const next = beijingDayStart(addBeijingDays(day, 1)).getTime();
  return { from: new Date(start).toISOString(), to: new Date(next - 1).toISOString() };
}

/** "11月30日 周一" for a Beijing day. */
export function dayTitle(day: string): string {
  const [, m, d] = day.split('-').map(Number);
  return `${m}月${d}日 ${weekdayOf(day)}`;
}

/** "09:30-10:15" in Beijing time. */
export function clockRange(start: string, end: string): string {
  return `${beijingClock(start)}-${beijingClock(end)}`;
}

/** "11月30日 周一 09:30-10:15": how an appointment time is written for her. */
export function appointmentTime(start: string, end: string): string {
  return `${dayTitle(beijingDayOf(start))} ${clockRange(start, end)}`;
}

export function modeLabel(mode: SlotMode): string {
  return SLOT_MODE_LABELS[mode] ?? mode;
}

/** What happens at the appointment, in words for the resident. */
export function modeHint(mode: SlotMode): string {
  if (mode === 'phone') return '到时间志愿者会打电话给您，请留意来电。';
  if (mode === 'video') return '到时间志愿者会发起微信视频通话，请找一个安静、安全的地方。';
  return '请按时到上面写的地点，找志愿者当面咨询。';
}

/** Hours a volunteer may start a slot at (Beijing time). */
export const SLOT_HOURS = Array.from({ length: 15 }, (_, i) => i + 7);
export const QUARTER_MINUTES = [0, 15, 30, 45] as const;

/** Every quarter-hour clock time from `firstHour`:00 to `lastHour`:45, as `HH:mm`. */
export function quarterHourOptions(firstHour = 7, lastHour = 21): string[] {
  const out: string[] = [];
  for (let h = firstHour; h <= lastHour; h++) {
    for (const m of QUARTER_MINUTES) out.push(`${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  }
  return out;
}

/** The UTC ISO instant of a Beijing day and clock time (`HH:mm`). */
export function beijingInstant(day: string, clock: string): string {
  return dayjs.tz(`${day} ${clock}`, BEIJING_TZ).toDate().toISOString();
}

/** Splits bookings into those still to come (soonest first) and the rest (latest first). */
export function splitUpcoming<T extends { start: string; status: string }>(
  items: readonly T[],
  now: Date | number,
): { upcoming: T[]; past: T[] } {
  const nowMs = typeof now === 'number' ? now : now.getTime();
  const upcoming = items
    .filter((b) => b.status === 'booked' && Date.parse(b.start) > nowMs)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const past = items
    .filter((b) => !upcoming.includes(b))
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  return { upcoming, past };
}

/** Groups items by the Beijing day of their start, days in order, items by start. */
export function groupByDay<T extends { start: string }>(items: readonly T[]): { day: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const groups: { day: string; items: T[] }[] = [];
  for (const item of sorted) {
    const day = beijingDayOf(item.start);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

/** What a volunteer may do with a booking now: cancel before the start, finish it after. */
export function volunteerActions(b: { start: string; status: string }, now: Date | number): 'cancel' | 'finish' | 'none' {
  if (b.status !== 'booked') return 'none';
  const nowMs = typeof now === 'number' ? now : now.getTime();
  return Date.parse(b.start) > nowMs ? 'cancel' : 'finish';
}

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A fresh Idempotency-Key (24 characters of A-Z a-z 0-9). `random` returns numbers in
 * [0, 1); the default prefers the platform's crypto source when there is one.
 */
export function newIdempotencyKey(random: () => number = defaultRandom): string {
  let key = '';
  for (let i = 0; i < 24; i++) key += KEY_ALPHABET[Math.floor(random() * KEY_ALPHABET.length) % KEY_ALPHABET.length];
  return key;
}

function defaultRandom(): number {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c?.getRandomValues) return c.getRandomValues(new Uint32Array(1))[0] / 2 ** 32;
  return Math.random();
}

/** The last `days` Beijing days up to today, both ends included (the staff stats default). */
export function lastDays(now: Date | number, days: number): { from: string; to: string } {
  const to = beijingDayOf(now);
  return { from: addBeijingDays(to, -(days - 1)), to };
}
