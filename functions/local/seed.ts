import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../platform/deps';
import { identityKey, seedMarkerKey, userIdentitiesIndex, userKey } from '../platform/keys';
import { z } from 'zod';
import { idSchema, roleSchema } from '../../shared/common';
import { communityById, unitById } from '../../shared/org';
import { seedJobs } from '../jobs/seed';
import { seedQa } from '../qa/seed';
import { seedBookings } from '../bookings/seed';
import { seedEvents } from '../events/seed';
import { seedReferrals } from '../referrals/seed';
import accountsJson from './demo-accounts.json';

/** The demo accounts that `local:<handle>` signs in to (demo-accounts.json); staff name a unit, workers a community. */
const demoAccount = z.strictObject({
  handle: idSchema,
  id: idSchema,
  role: roleSchema,
  displayName: z.string(),
  unitId: z.string().refine((id) => unitById(id) !== undefined, '没有这个妇联').optional(),
  communityId: z.string().refine((id) => communityById(id) !== undefined, '没有这个社区').optional(),
});
export const DEMO_ACCOUNTS = z.array(demoAccount).parse(accountsJson);

export async function seedAccounts(deps: Deps): Promise<void> {
  const createdAt = deps.clock().toISOString();
  for (const { handle, ...a } of DEMO_ACCOUNTS) {
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
