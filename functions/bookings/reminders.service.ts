import { SLOT_MODE_LABELS } from '../../shared/bookings';
import { HOUR_MS, beijingDateTime } from '../../shared/time';
import type { Deps } from '../platform/deps';
import { logger } from '../platform/logger';
import { notify } from '../platform/notifications';
import { getUser } from '../platform/users.store';
import { markReminded, queryBookedBetween } from './bookings.store';
import type { SlotRecord } from './slots.store';

/** The subscribe-message template for reminders (set per deployment; the default is a local stand-in). */
const templateId = () => process.env.WECHAT_TEMPLATE_BOOKING_REMINDER || 'booking-reminder';

/**
 * The text says when and how, nothing else: never the topic or her note, because a
 * phone can be seen by someone else at home.
 */
async function sendReminder(deps: Deps, slot: SlotRecord, which: 'reminded24' | 'reminded1') {
  const time = `${beijingDateTime(slot.start)}（北京时间）`;
  const mode = SLOT_MODE_LABELS[slot.mode];
  const soon = which === 'reminded1' ? '1 小时后' : '明天之前';
  const recipients = [
    { id: slot.booking?.residentId, body: `您预约的咨询将在 ${time}开始，方式：${mode}。`, link: '/packages/booking/pages/mine/index' },
    { id: slot.volunteerId, body: `您有一个预约将在 ${time}开始，方式：${mode}。`, link: '/packages/volunteer/pages/slots/index' },
  ];
  for (const r of recipients) {
    if (!r.id) continue;
    const user = await getUser(deps, r.id);
    if (!user) continue;
    await notify(deps, user, {
      kind: 'booking-reminder',
      title: which === 'reminded1' ? '预约快开始了' : '预约提醒',
      body: r.body,
      link: r.link,
      subscribe: {
        templateId: templateId(),
        data: { time1: { value: time }, thing2: { value: `法律咨询（${mode}）` }, thing3: { value: soon } },
      },
    });
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
