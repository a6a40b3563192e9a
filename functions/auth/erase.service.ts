import { eraseBookingsOf } from '../bookings/bookings.service';
import { eraseUserEvents } from '../events/events.service';
import { eraseIntentionsOf } from '../jobs/intentions.store';
import type { Deps } from '../platform/deps';
import { logger } from '../platform/logger';
import { eraseUserItems, type UserRecord } from '../platform/users.store';
import { eraseQuestionsOf } from '../qa/questions.store';
import { eraseUserReferrals } from '../referrals/referrals.service';

/**
 * DELETE /api/me — her right to erasure (PIPL art. 47): everything that is hers goes.
 *
 * One line per feature: each feature exports one `erase…Of(deps, userId)` from its store
 * (or service, when something must happen first, like cancelling an upcoming booking)
 * that removes or de-identifies her items there. A feature that stores anything of
 * hers adds its line to FEATURE_ERASERS below; what lies in her own partition (the inbox,
 * counters…) needs none: eraseUserItems removes that partition whole. Aggregate counters
 * (stats) stay: they hold no one.
 *
 * Order: features first, her own partition and identity last (users.store), so if a
 * step fails she can still sign in and ask again; every step is safe to repeat.
 */
const FEATURE_ERASERS: { name: string; erase: (deps: Deps, userId: string) => Promise<unknown> }[] = [
  { name: 'questions', erase: eraseQuestionsOf },
  { name: 'bookings', erase: eraseBookingsOf },
  { name: 'intentions', erase: eraseIntentionsOf },
  { name: 'events', erase: eraseUserEvents },
  { name: 'referrals', erase: eraseUserReferrals },
];

export async function eraseAccount(deps: Deps, user: UserRecord): Promise<void> {
  for (const feature of FEATURE_ERASERS) {
    await feature.erase(deps, user.id);
  }
  // Last: her whole partition (profile with consents, inbox, counters, holds, idempotency records) and identities.
  await eraseUserItems(deps, user);
  logger.info('account erased', { fn: 'auth', count: FEATURE_ERASERS.length });
}
