import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Deps } from '../platform/deps';
import { identityKey, seedMarkerKey, userIdentitiesIndex, userKey } from '../platform/keys';
import type { Role } from '../../shared/common';
import { seedJobs } from '../jobs/seed';
import { seedQa } from '../qa/seed';
import { seedBookings } from '../bookings/seed';
import { seedEvents } from '../events/seed';
import { seedReferrals } from '../referrals/seed';

/** The demo accounts that `local:<handle>` signs in to. */
export const DEMO_ACCOUNTS: {
  handle: string;
  id: string;
  role: Role;
  displayName: string;
  unitId?: string;
  communityId?: string;
}[] = [
  { handle: 'resident', id: 'demo-resident', role: 'resident', displayName: '居民小林' },
  { handle: 'resident2', id: 'demo-resident2', role: 'resident', displayName: '居民小周' },
  { handle: 'volunteer', id: 'demo-volunteer', role: 'volunteer', displayName: '陈律师' },
  { handle: 'volunteer2', id: 'demo-volunteer2', role: 'volunteer', displayName: '王调解员' },
  { handle: 'staff', id: 'demo-staff', role: 'staff', displayName: '省妇联 李老师', unitId: 'jiangxi' },
  { handle: 'staff-nanchang', id: 'demo-staff-nanchang', role: 'staff', displayName: '南昌市妇联 周老师', unitId: 'nanchang' },
  { handle: 'staff-donghu', id: 'demo-staff-donghu', role: 'staff', displayName: '东湖区妇联 吴老师', unitId: 'nanchang-donghu' },
  { handle: 'worker', id: 'demo-worker', role: 'worker', displayName: '滨江社区 刘姐', communityId: 'nc-donghu-1' },
  { handle: 'worker2', id: 'demo-worker2', role: 'worker', displayName: '顺化门社区 赵姐', communityId: 'nc-qingshanhu-2' },
];

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
