import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from './deps';
import { STATS_PK, statsDayKey } from './keys';
import { logger } from './logger';

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
] as const;
export type StatCounter = (typeof STAT_COUNTERS)[number];

/** Beijing-time calendar day of an instant, as YYYY-MM-DD. */
export const beijingDay = (d: Date): string => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Adds to today's counters with ADD (no read, no race). Statistics must never fail
 * the action they count, so a failure is logged and swallowed.
 */
export async function bumpStats(deps: Deps, counters: Partial<Record<StatCounter, number>>): Promise<void> {
  const entries = Object.entries(counters).filter(([, n]) => n);
  if (!entries.length) return;
  try {
    await deps.db.doc.send(
      new UpdateCommand({
        TableName: deps.db.table,
        Key: statsDayKey(beijingDay(deps.clock())),
        UpdateExpression: 'ADD ' + entries.map((_, i) => `#c${i} :v${i}`).join(', '),
        ExpressionAttributeNames: Object.fromEntries(entries.map(([k], i) => [`#c${i}`, k])),
        ExpressionAttributeValues: Object.fromEntries(entries.map(([, v], i) => [`:v${i}`, v])),
      }),
    );
  } catch (e) {
    logger.warn('stats update failed', { errorName: (e as Error).name });
  }
}

/** Sums the daily counters from `from` to `to` (inclusive Beijing days). */
export async function readStats(
  deps: Deps,
  from: string,
  to: string,
): Promise<{ totals: Record<StatCounter, number>; days: { day: string; counters: Record<StatCounter, number> }[] }> {
  const zero = () => Object.fromEntries(STAT_COUNTERS.map((c) => [c, 0])) as Record<StatCounter, number>;
  const totals = zero();
  const days: { day: string; counters: Record<StatCounter, number> }[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const r = await deps.db.doc.send(
      new QueryCommand({
        TableName: deps.db.table,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': STATS_PK,
          ':from': statsDayKey(from).SK,
          ':to': statsDayKey(to).SK,
        },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of r.Items ?? []) {
      const counters = zero();
      for (const c of STAT_COUNTERS) {
        const n = Number(item[c] ?? 0);
        counters[c] = n;
        totals[c] += n;
      }
      days.push({ day: String(item.SK).slice('DAY#'.length), counters });
    }
    start = r.LastEvaluatedKey;
  } while (start);
  return { totals, days };
}
