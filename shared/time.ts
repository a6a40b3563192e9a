import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Pure date helpers. Instants are stored and sent as UTC ISO strings; people
 * think in Beijing time, so days and clock times are always taken in this zone.
 */
export const BEIJING_TZ = 'Asia/Shanghai';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const toMs = (t: string | Date | number): number => (t instanceof Date ? t.getTime() : typeof t === 'number' ? t : Date.parse(t));

export { beijingDayOf } from './beijing';

/** `HH:mm` in Beijing time. */
export const beijingClock = (t: string | Date | number): string => dayjs(toMs(t)).tz(BEIJING_TZ).format('HH:mm');

/** `11月29日 14:00` in Beijing time: how a time is written in a message to a person. */
export const beijingDateTime = (t: string | Date | number): string =>
  dayjs(toMs(t)).tz(BEIJING_TZ).format('M月D日 HH:mm');

/** The UTC instant when a Beijing calendar day (`YYYY-MM-DD`) begins. */
export const beijingDayStart = (day: string): Date => dayjs.tz(`${day} 00:00`, BEIJING_TZ).toDate();

/** On the quarter hour: minutes 0/15/30/45, no seconds or milliseconds. Beijing is UTC+8, so UTC agrees. */
export const isQuarterHour = (t: string | Date | number): boolean => toMs(t) % (15 * MINUTE_MS) === 0;

/** Whole minutes from `from` until `to` (negative when `to` is earlier). */
export const minutesBetween = (from: string | Date | number, to: string | Date | number): number =>
  (toMs(to) - toMs(from)) / MINUTE_MS;

export const addMinutes = (t: string | Date | number, minutes: number): Date => new Date(toMs(t) + minutes * MINUTE_MS);

/** Half-open intervals [aStart, aEnd) and [bStart, bEnd) share time; touching ends do not overlap. */
export const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number): boolean =>
  aStart < bEnd && bStart < aEnd;
