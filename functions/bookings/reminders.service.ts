import { HOUR_MS } from '../../shared/time';
import type { Deps } from '../platform/deps';
import { logger } from '../platform/logger';
import { runReferralEscalation } from '../referrals/escalation';
import { notify } from '../platform/notifications';
import { getUser } from '../platform/users.store';
import { markReminded, queryBookedBetween } from './bookings.store';
import type { SlotRecord } from './slots.store';
import { runEventSweep } from '../events/sweep.service';

/**
 * The text says when and how, nothing else: never the topic or her note, because a
 * phone can be seen by someone else at home (fixed templates in platform/notifications.ts).
 */
async function sendReminder(deps: Deps, slot: SlotRecord, which: 'reminded24' | 'reminded1') {
  const soon = which === 'reminded1' ? '1h' : '24h';
  const recipients = [
    { id: slot.booking?.residentId, template: `booking-reminder-${soon}` as const },
    { id: slot.volunteerId, template: `volunteer-reminder-${soon}` as const },
  ];
  for (const r of recipients) {
    if (!r.id) continue;
    const user = await getUser(deps, r.id);
    if (!user) continue;
    await notify(deps, user, { template: r.template, id: slot.id, at: slot.start, mode: slot.mode });
  }
}

/**
 * Sends the 24-hour and 1-hour reminders for bookings starting within the next 24 h,
 * found through the booked-slots index (no Scan). Each reminder is claimed first with a
 * conditional update on the booking (`attribute_not_exists(reminded24)` then SET), so a
 * second run, or two runs at once, never sends it twice. A booking inside the 1-hour
 * window gets only the 1-hour reminder. Claim-then-send means at most once: if sending
 * fails after the claim, that reminder is not retried.
 */
export async function runReminders(deps: Deps): Promise<{ sent: number }> {
  const now = deps.clock();
  const nowMs = now.getTime();
  const due = await queryBookedBetween(deps, new Date(nowMs + 1).toISOString(), new Date(nowMs + 24 * HOUR_MS).toISOString());
  let sent = 0;
  for (const slot of due) {
    if (slot.state !== 'booked') continue;
    const which = Date.parse(slot.start) - nowMs <= HOUR_MS ? 'reminded1' : 'reminded24';
    if (slot[which]) continue;
    if (!(await markReminded(deps, slot.id, which, now.toISOString()))) continue;
    try {
      await sendReminder(deps, slot, which);
      sent++;
    } catch (e) {
      logger.warn('reminder failed', { fn: 'reminders', errorName: (e as Error).name });
    }
  }
  logger.info('reminders run', { fn: 'reminders', count: sent });
  await runReferralEscalation(deps);
  await runEventSweep(deps);
  return { sent };
}

/**
 * The local stand-in for the EventBridge schedule: runs reminders every `intervalMs`,
 * never two runs of this loop at once (and the conditional claims cover other processes).
 */
export function startReminderLoop(deps: Deps, intervalMs = 60_000): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runReminders(deps)
      .catch((e) => logger.error('reminders run failed', { fn: 'reminders', errorName: (e as Error).name }))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
