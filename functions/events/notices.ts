import type { Deps } from '../platform/deps';
import { logger } from '../platform/logger';
import { notify } from '../platform/notifications';
import { getUser } from '../platform/users.store';
import { listSignups, type EventRecord } from './events.store';

/**
 * Tells everyone signed up, with a fixed template: the time and a link, never the event's
 * title or venue (a title such as 反家暴讲座 on a shared phone says too much). Each notice is
 * best effort: one failure must not stop the others or undo the change that caused them.
 */
export async function tellSignedUp(deps: Deps, e: EventRecord, template: 'event-cancelled' | 'event-reminder' | 'event-changed'): Promise<number> {
  let sent = 0;
  for (const s of await listSignups(deps, e.id)) {
    if (template !== 'event-cancelled' && s.status !== 'signed-up') continue;
    try {
      const user = await getUser(deps, s.userId);
      if (!user) continue;
      await notify(deps, user, { template, id: e.id, at: e.start });
      sent++;
    } catch (err) {
      logger.warn('event notice failed', { fn: 'events', errorName: (err as Error).name });
    }
  }
  return sent;
}
