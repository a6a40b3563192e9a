import { EVENT_REMINDER_HOURS } from '../../shared/events';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../shared/time';
import type { Deps } from '../platform/deps';
import { logger } from '../platform/logger';
import { bumpStats } from '../platform/stats';
import { claimEventMark, eventsStartingBetween } from './events.store';
import { recordService } from './hours.service';
import { tellSignedUp } from './notices';

/** An event is counted as held at most this long after its start (a sweep missed for a week still counts it). */
const HELD_LOOKBACK_MS = 7 * DAY_MS;

/**
 * Runs with the booking reminders (same schedule, functions/bookings/reminders.service.ts):
 * 1. the reminder 24 h before, once per event — claimed with a conditional update
 *    (`attribute_not_exists(reminded24)`), so two runs never send it twice;
 * 2. an event that has ended without being cancelled counts as held, once (`heldAt`):
 *    its speakers get its duration as service hours, and the statistics count it by kind.
 * Both read bounded start ranges of the events-by-start index, never a Scan.
 */
export async function runEventSweep(deps: Deps): Promise<{ reminded: number; held: number }> {
  const now = deps.clock();
  const nowMs = now.getTime();
  const nowIso = now.toISOString();
  let reminded = 0;
  let held = 0;
  const soon = await eventsStartingBetween(deps, new Date(nowMs + 1).toISOString(), new Date(nowMs + EVENT_REMINDER_HOURS * HOUR_MS).toISOString());
  for (const e of soon) {
    if (e.status !== 'published' || e.reminded24) continue;
    if (!(await claimEventMark(deps, e.id, 'reminded24', nowIso))) continue;
    reminded += await tellSignedUp(deps, e, 'event-reminder');
  }
  const recent = await eventsStartingBetween(deps, new Date(nowMs - HELD_LOOKBACK_MS).toISOString(), nowIso);
  for (const e of recent) {
    if (e.status !== 'published' || e.heldAt || Date.parse(e.end) > nowMs) continue;
    if (!(await claimEventMark(deps, e.id, 'heldAt', nowIso))) continue;
    held++;
    const minutes = Math.round((Date.parse(e.end) - Date.parse(e.start)) / MINUTE_MS);
    for (const s of e.speakers) {
      await recordService(deps, { volunteerId: s.id, kind: 'event', sourceId: e.id, at: e.end, minutes, label: e.title });
    }
    await bumpStats(deps, { [`eventsHeld_${e.kind}`]: 1 });
  }
  if (reminded || held) logger.info('event sweep', { fn: 'events', count: reminded + held });
  return { reminded, held };
}
