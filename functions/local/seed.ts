import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../platform/deps';
import { identityKey, seedMarkerKey, userIdentitiesIndex, userKey } from '../platform/keys';
import { communityById, unitById } from '../../shared/org';
import { seedJobs } from '../jobs/seed';
import { seedQa } from '../qa/seed';
import { seedBookings } from '../bookings/seed';
import { seedEvents } from '../events/seed';
import { seedReferrals } from '../referrals/seed';
import { DEMO_ACCOUNTS } from '../../shared/demo-accounts';

export { DEMO_ACCOUNTS };

export async function seedAccounts(deps: Deps): Promise<void> {
  const createdAt = deps.clock().toISOString();
  for (const { handle, id, role, displayName, unitId, communityId } of DEMO_ACCOUNTS) {
    // Staff name a unit, workers a community: both must exist, or the seed would make an account that sees nothing.
    if ((unitId && !unitById(unitId)) || (communityId && !communityById(communityId))) throw new Error(`demo account ${handle}: no such unit or community`);
    const a = { id, role, displayName, ...(unitId ? { unitId } : {}), ...(communityId ? { communityId } : {}) };
    await deps.db.doc.send(
      new PutCommand({
        TableName: deps.db.table,
        Item: { ...userKey(a.id), type: 'user', ...a, createdAt, consents: {} },
      }),
    );
    await deps.db.doc.send(
      new PutCommand({ TableName: deps.db.table, Item: { ...identityKey('local', handle), ...userIdentitiesIndex(a.id, 'local', handle), type: 'identity', userId: a.id } }),
    );
  }
}

/** Demo data for a fresh local store; every feature adds its own seeder here. */
export async function seedAll(deps: Deps): Promise<void> {
  await seedAccounts(deps);
  await seedJobs(deps);
  await seedQa(deps);
  await seedBookings(deps);
  // After the bookings seed: events name its approved volunteers as speakers.
  await seedEvents(deps);
  await seedReferrals(deps, DEMO_ACCOUNTS);
}

// Bumped when a round adds demo data (v2: org units, communities, events, referrals), so an old .data seeds again.
const SEED_VERSION = 'v2';

/** Seeds demo data unless a finished seed is recorded; every seeder is safe to run again. */
export async function seedIfFresh(deps: Deps): Promise<boolean> {
  const key = seedMarkerKey(SEED_VERSION);
  const { Item } = await deps.db.doc.send(new GetCommand({ TableName: deps.db.table, Key: key, ConsistentRead: true }));
  if (Item) return false;
  await seedAll(deps);
  await deps.db.doc.send(new PutCommand({ TableName: deps.db.table, Item: { ...key, seededAt: deps.clock().toISOString() } }));
  return true;
}
