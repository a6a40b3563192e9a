/**
 * Beijing wall-clock arithmetic with no dependency, so the weapp main package can use it too.
 * China keeps UTC+8 all year (no daylight saving), so a fixed offset is exact.
 */
export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;

const toMs = (t: string | Date | number): number => (t instanceof Date ? t.getTime() : typeof t === 'number' ? t : Date.parse(t));

/** A Date whose UTC fields (getUTCHours, getUTCDate, …) read Beijing wall-clock time. */
export const beijingWall = (t: string | Date | number): Date => new Date(toMs(t) + BEIJING_OFFSET_MS);

/**
 * The Beijing calendar day of an instant, `YYYY-MM-DD` (a 00:30 Beijing slot is on its own day).
 * The one day helper of client and functions.
 */
export const beijingDayOf = (t: string | Date | number): string => beijingWall(t).toISOString().slice(0, 10);

/** The Beijing date and clock time of an instant, as date and time pickers show them. */
export function beijingParts(t: string | Date | number): { day: string; clock: string } {
  const iso = beijingWall(t).toISOString();
  return { day: iso.slice(0, 10), clock: iso.slice(11, 16) };
}
