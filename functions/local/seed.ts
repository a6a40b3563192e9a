import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../platform/deps';
import { identityKey, seedMarkerKey, userKey } from '../platform/keys';
import type { Role } from '../../shared/common';
import { seedJobs } from '../jobs/seed';
import { seedQa } from '../qa/seed';
import { seedBookings } from '../bookings/seed';

/** The demo accounts that `local:<handle>` signs in to. */
export const DEMO_ACCOUNTS: { handle: string; id: string; role: Role; displayName: string }[] = [
  { handle: 'resident', id: 'demo-resident', role: 'resident', displayName: '居民小林' },
  { handle: 'resident2', id: 'demo-resident2', role: 'resident', displayName: '居民小周' },
  { handle: 'volunteer', id: 'demo-volunteer', role: 'volunteer', displayName: '陈律师' },
  { handle: 'volunteer2', id: 'demo-volunteer2', role: 'volunteer', displayName: '王调解员' },
  { handle: 'staff', id: 'demo-staff', role: 'staff', displayName: '市妇联 李老师' },
];

export async function seedAccounts(deps: Deps): Promise<void> {
  const createdAt = deps.clock().toISOString();
  for (const a of DEMO_ACCOUNTS) {
    await deps.db.doc.send(
      new PutCommand({
        TableName: deps.db.table,
        Item: { ...userKey(a.id), type: 'user', id: a.id, role: a.role, displayName: a.displayName, createdAt, consents: {} },
      }),
    );
    await deps.db.doc.send(
      new PutCommand({ TableName: deps.db.table, Item: { ...identityKey('local', a.handle), type: 'identity', userId: a.id } }),
    );
  }
}

/** Demo data for a fresh local store; every feature adds its own seeder here. */
export async function seedAll(deps: Deps): Promise<void> {
  await seedAccounts(deps);
  await seedJobs(deps);
  await seedQa(deps);
  await seedBookings(deps);
}

const SEED_VERSION = 'v1';

/** Seeds demo data unless a finished seed is recorded; every seeder is safe to run again. */
export async function seedIfFresh(deps: Deps): Promise<boolean> {
  const key = seedMarkerKey(SEED_VERSION);
  const { Item } = await deps.db.doc.send(new GetCommand({ TableName: deps.db.table, Key: key, ConsistentRead: true }));
  if (Item) return false;
  await seedAll(deps);
  await deps.db.doc.send(new PutCommand({ TableName: deps.db.table, Item: { ...key, seededAt: deps.clock().toISOString() } }));
  return true;
}
