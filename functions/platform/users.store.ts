import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Role } from '../../shared/common';
import type { ConsentRecord } from '../../shared/auth';
import type { Deps } from './deps';
import { identityKey, userKey } from './keys';
import { isConditionFailed } from './errors';

export interface UserRecord {
  id: string;
  role: Role;
  displayName: string;
  createdAt: string;
  consents: Record<string, ConsentRecord>;
  /** WeChat openid, for subscribe messages; never returned by the API. */
  openid?: string;
  /** Staff: the federation unit (shared/org.ts) whose region she acts in. */
  unitId?: string;
  /** Community worker: the community (content/communities.json) she serves. */
  communityId?: string;
}

type UsersDeps = Pick<Deps, 'db'>;

export async function getUser({ db }: UsersDeps, userId: string): Promise<UserRecord | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: userKey(userId) }));
  if (!Item) return null;
  return {
    id: Item.id,
    role: Item.role,
    displayName: Item.displayName,
    createdAt: Item.createdAt,
    consents: Item.consents ?? {},
    openid: Item.openid,
    unitId: Item.unitId,
    communityId: Item.communityId,
  };
}

/**
 * Finds the user behind an outside identity or creates one. The identity item is
 * written with a conditional put, so two first logins at once still make one user.
 */
export async function findOrCreateByIdentity(
  { db }: UsersDeps,
  provider: 'wx' | 'local',
  subject: string,
  fresh: UserRecord,
): Promise<UserRecord> {
  const key = identityKey(provider, subject);
  const found = await db.doc.send(new GetCommand({ TableName: db.table, Key: key }));
  if (found.Item) {
    const user = await getUser({ db }, found.Item.userId);
    if (user) return user;
  }
  await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...userKey(fresh.id), type: 'user', ...fresh } }));
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...key, type: 'identity', userId: fresh.id },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return fresh;
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
    const again = await db.doc.send(new GetCommand({ TableName: db.table, Key: key, ConsistentRead: true }));
    const user = again.Item && (await getUser({ db }, again.Item.userId));
    if (!user) throw e;
    return user;
  }
}

export async function recordConsent({ db }: UsersDeps, userId: string, consent: ConsentRecord): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: userKey(userId),
      UpdateExpression: 'SET consents.#k = :c',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: { '#k': consent.kind },
      ExpressionAttributeValues: { ':c': consent },
    }),
  );
}

export async function setRole({ db }: UsersDeps, userId: string, role: Role): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: userKey(userId),
      UpdateExpression: 'SET #r = :r',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: { '#r': 'role' },
      ExpressionAttributeValues: { ':r': role },
    }),
  );
}
