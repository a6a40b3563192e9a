import { beijingDayOf } from '../../shared/time';
import type { Deps } from './deps';
import { STATS_PK, regionStatsPk } from './keys';
import { addToDay, queryDays } from './stats.store';
import { logger } from './logger';
import { REFERRAL_STAT_COUNTERS } from '../../shared/referrals';

/**
 * Minutes from asking to the first volunteer answer, as a histogram of upper bounds: each answer
 * ADDs one to its bucket, so median and 90th percentile over any range come from summed buckets,
 * with no per-question record. The last bucket holds everything longer.
 */
export const FIRST_ANSWER_BUCKETS = [
  5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1080, 1440, 2160, 2880, 4320, 7200, 10080, 20160,
] as const;
export type FirstAnswerBucket = (typeof FIRST_ANSWER_BUCKETS)[number];
export const firstAnswerBucketCounter = <B extends FirstAnswerBucket>(b: B) => `firstAnswer_le${b}` as const;
export const FIRST_ANSWER_OVER = 'firstAnswer_over' as const;

/** The bucket counter for one answer time. */
export function firstAnswerCounter(minutes: number): StatCounter {
  const b = FIRST_ANSWER_BUCKETS.find((x) => minutes <= x);
  return b === undefined ? FIRST_ANSWER_OVER : firstAnswerBucketCounter(b);
}

/** The counters the federation reads; names are stable ids, labelled by the client. */
export const STAT_COUNTERS = [
  'questionsAsked',
  'questionsUrgent',
  'questionsClaimed',
  'questionsClosed',
  'bookingsMade',
  'bookingsCancelled',
  'bookingsCompleted',
  'bookingsNoShow',
  'consultMinutes',
  'outcome_answered',
  'outcome_legal-aid',
  'outcome_mediation',
  'outcome_protection-order',
  'outcome_other',
  'intentionsRegistered',
  'volunteersApplied',
  'volunteersApproved',
  // console (jobs follow-up and Q&A timing); other features append their own below.
  'postingsPublished',
  'fairsHeld',
  'fairsHeld_online',
  'fairsHeld_offline',
  'fairsHeld_both',
  'fairsCancelled',
  'intentionsContacted',
  'intentionsInterviewing',
  'intentionsHired',
  'intentionsNotSuitable',
  'questionsAnswered',
  ...FIRST_ANSWER_BUCKETS.map(firstAnswerBucketCounter),
  FIRST_ANSWER_OVER,
  // events: held by kind (counted once the event has ended), sign-ups, check-ins, volunteer service minutes
  'eventsHeld_lecture',
  'eventsHeld_advice-day',
  'eventsHeld_women-council',
  'eventsHeld_parent-school',
  'eventsHeld_other',
  'eventSignups',
  'eventCheckins',
  'volunteerMinutes',
  // referrals (also counted per district, see functions/referrals)
  ...REFERRAL_STAT_COUNTERS,
] as const;
export type StatCounter = (typeof STAT_COUNTERS)[number];


/** Where a counted event happened; the province total is always counted too. */
export interface StatPlace {
  city?: string | null;
  district?: string | null;
}

export interface BumpOptions {
  place?: StatPlace;
  /** The day the event belongs to, when it is not today (a fair counts on the day it is held). */
  at?: Date;
}

/** The partitions one event adds to: the province, its city, its district. */
function statPartitions(place: StatPlace | undefined): string[] {
  const pks = [STATS_PK];
  if (place?.city) {
    pks.push(regionStatsPk(place.city));
    if (place.district) pks.push(regionStatsPk(place.city, place.district));
  }
  return pks;
}

/**
 * Adds to the day's counters with ADD (no read, no race), for the province and for the
 * event's city and district when given. Statistics must never fail the action they count,
 * so a failure is logged and swallowed.
 */
export async function bumpStats(
  deps: Deps,
  counters: Partial<Record<StatCounter, number>>,
  options: BumpOptions = {},
): Promise<void> {
  const entries = Object.entries(counters).filter(([, n]) => n);
  if (!entries.length) return;
  const day = beijingDayOf(options.at ?? deps.clock());
  try {
    await Promise.all(statPartitions(options.place).map((pk) => addToDay(deps, pk, day, entries)));
  } catch (e) {
    logger.warn('stats update failed', { errorName: (e as Error).name });
  }
}

export type StatRegion = { city?: undefined; district?: undefined } | { city: string; district?: string };

/** Sums the daily counters from `from` to `to` (inclusive Beijing days) of the province, a city or a district. */
export async function readStats(
  deps: Deps,
  from: string,
  to: string,
  region: StatRegion = {},
): Promise<{ totals: Record<StatCounter, number>; days: { day: string; counters: Record<StatCounter, number> }[] }> {
  const pk = region.city ? regionStatsPk(region.city, region.district) : STATS_PK;
  const zero = () => Object.fromEntries(STAT_COUNTERS.map((c) => [c, 0])) as Record<StatCounter, number>;
  const totals = zero();
  const days: { day: string; counters: Record<StatCounter, number> }[] = [];
  for (const { day, item } of await queryDays(deps, pk, from, to)) {
    const counters = zero();
    for (const c of STAT_COUNTERS) {
      const n = Number(item[c] ?? 0);
      counters[c] = n;
      totals[c] += n;
    }
    days.push({ day, counters });
  }
  return { totals, days };
}
