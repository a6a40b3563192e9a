import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { deleteKeys, queryAllKeys } from './batch';
import type { Role } from '../../shared/common';
import type { ConsentRecord } from '../../shared/auth';
import type { Deps } from './deps';
import { identityKey, userIdentitiesIndex, userIdentitiesPk, userKey, userPartition } from './keys';
import { isConditionFailed } from './errors';
import { updateExisting } from './items';

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
  /** Tokens carry the version they were made under; sign-out-everywhere bumps it. */
  tokenVersion?: number;
  /** What she chose herself; unset choices take their defaults (see auth.service.ts). */
  preferences?: { discreet?: boolean };
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
    tokenVersion: typeof Item.tokenVersion === 'number' ? Item.tokenVersion : 0,
    preferences: Item.preferences ?? {},
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
  /** Runs only when no account exists yet, before one is made (e.g. a sign-up limit that may throw). */
  beforeCreate?: () => Promise<void>,
): Promise<UserRecord> {
  const key = identityKey(provider, subject);
  const found = await db.doc.send(new GetCommand({ TableName: db.table, Key: key }));
  if (found.Item) {
    const user = await getUser({ db }, found.Item.userId);
    if (user) return user;
  }
  if (beforeCreate) await beforeCreate();
  await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...userKey(fresh.id), type: 'user', ...fresh } }));
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...key, ...userIdentitiesIndex(fresh.id, provider, subject), type: 'identity', userId: fresh.id },
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
  await updateExisting(db, userKey(userId), 'SET consents.#k = :c', { ':c': consent }, { '#k': consent.kind });
}

export async function setRole({ db }: UsersDeps, userId: string, role: Role): Promise<void> {
  await updateExisting(db, userKey(userId), 'SET #r = :r', { ':r': role }, { '#r': 'role' });
}

/** Sets her own choices. One map attribute, set whole: preferences has one field today. */
export async function setPreferences({ db }: UsersDeps, userId: string, prefs: { discreet: boolean }): Promise<void> {
  await updateExisting(db, userKey(userId), 'SET preferences = :p', { ':p': prefs });
}

/** Ends every token made before now: tokens carry the version, and a request checks it. */
export async function bumpTokenVersion({ db }: UsersDeps, userId: string): Promise<void> {
  await updateExisting(db, userKey(userId), 'ADD tokenVersion :one', { ':one': 1 });
}

/**
 * Erasure: her identity items (so the same WeChat account starts afresh) and every item
 * in her own partition — the profile with its consents, the inbox, her counters, booking
 * holds and idempotency records. The profile goes last of all, so a failure part way
 * leaves an account she can still sign in to and delete again.
 */
export async function eraseUserItems(deps: UsersDeps, user: Pick<UserRecord, 'id' | 'openid'>): Promise<void> {
  const idents = await queryAllKeys(deps, { index: 'GSI1', pk: userIdentitiesPk(user.id) });
  if (user.openid) idents.push(identityKey('wx', user.openid));
  await deleteKeys(deps, idents);
  const own = await queryAllKeys(deps, { pk: userPartition(user.id) });
  const profile = userKey(user.id);
  await deleteKeys(deps, own.filter((k) => k.SK !== profile.SK));
  await deleteKeys(deps, [profile]);
}
