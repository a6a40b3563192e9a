import type { Deps } from '../platform/deps';
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../shared/common';
import type { IntentionStatus } from '../../shared/jobs';
import { isConditionFailed } from '../platform/errors';
import { recordOf, type Item } from '../platform/items';
import {
  intentionByIdIndex,
  intentionByIdPk,
  intentionKey,
  intentionsOfJobPrefix,
  userIntentionsIndex,
  userIntentionsPk,
} from '../platform/keys';
import { queryFiltered } from '../platform/paging';
import { deleteKeys, queryAllKeys } from '../platform/batch';

type StoreDeps = Pick<Deps, 'db'>;

/** An intention as stored: name, phone and message are cipher text. */
export interface IntentionRecord {
  id: string;
  jobId: string;
  userId: string;
  jobTitle: string;
  employerName: string;
  nameEnc: string;
  phoneEnc: string;
  messageEnc: string | null;
  createdAt: string;
  /** Staff follow-up; an intention registered before statuses existed reads as pending. */
  status: IntentionStatus;
  /** Staff's own note, cipher text; never shown to her. */
  noteEnc: string | null;
  statusChangedAt: string | null;
}

/** Intentions registered before statuses and notes existed lack them. */
const fromItem = (i: Item): IntentionRecord =>
  recordOf<IntentionRecord>(i, { messageEnc: null, status: 'pending', noteEnc: null, statusChangedAt: null });

/**
 * One intention per person per job: the item's key is made of both ids and the
 * put only succeeds when no such item exists. Returns false when she already has one.
 */
export async function insertIntention({ db }: StoreDeps, r: IntentionRecord): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...intentionKey(r.jobId, r.userId),
          ...userIntentionsIndex(r.userId, r.createdAt),
          ...intentionByIdIndex(r.id),
          type: 'intention',
          ...r,
        },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/** Her intentions, newest first. */
export async function listUserIntentions(
  { db }: StoreDeps,
  userId: string,
  limit: number,
  cursor?: string,
): Promise<Page<IntentionRecord>> {
  const page = await queryFiltered(db, { index: 'GSI1', partitionValue: userIntentionsPk(userId), forward: false }, limit, cursor);
  return { items: page.items.map(fromItem), nextCursor: page.nextCursor };
}

/** Everyone's intentions for one posting (staff follow-up). */
export async function listJobIntentions(
  { db }: StoreDeps,
  jobId: string,
  limit: number,
  cursor?: string,
): Promise<Page<IntentionRecord>> {
  const p = intentionsOfJobPrefix(jobId);
  const page = await queryFiltered(
    db,
    { partitionValue: p.PK, sortCondition: 'begins_with(#sk, :prefix)', values: { ':prefix': p.SKPrefix }, forward: true },
    limit,
    cursor,
  );
  return { items: page.items.map(fromItem), nextCursor: page.nextCursor };
}

export async function findIntention({ db }: StoreDeps, intentionId: string): Promise<IntentionRecord | null> {
  const r = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': intentionByIdPk(intentionId) },
      Limit: 1,
    }),
  );
  const item = r.Items?.[0];
  return item && item.type === 'intention' ? fromItem(item) : null;
}

/** Deletes her intention if it is still the same one; returns false if it was already gone. */
export async function deleteIntention({ db }: StoreDeps, r: Pick<IntentionRecord, 'id' | 'jobId' | 'userId'>): Promise<boolean> {
  try {
    await db.doc.send(
      new DeleteCommand({
        TableName: db.table,
        Key: intentionKey(r.jobId, r.userId),
        ConditionExpression: '#id = :id',
        ExpressionAttributeNames: { '#id': 'id' },
        ExpressionAttributeValues: { ':id': r.id },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/**
 * Moves the intention from the status staff saw to the next one (one conditional update, so two
 * staff members cannot both record a step); a note, when given, replaces the old one.
 * Returns the stored intention, or null when it changed or went in between.
 */
export async function updateIntentionStatus(
  { db }: StoreDeps,
  r: Pick<IntentionRecord, 'id' | 'jobId' | 'userId' | 'status'>,
  next: IntentionStatus,
  noteEnc: string | undefined,
  at: string,
): Promise<IntentionRecord | null> {
  const pendingMayBeMissing = r.status === 'pending' ? ' OR attribute_not_exists(#s)' : '';
  try {
    const res = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: intentionKey(r.jobId, r.userId),
        UpdateExpression: 'SET #s = :next, statusChangedAt = :at' + (noteEnc === undefined ? '' : ', noteEnc = :note'),
        ConditionExpression: `#id = :id AND (#s = :from${pendingMayBeMissing})`,
        ExpressionAttributeNames: { '#s': 'status', '#id': 'id' },
        ExpressionAttributeValues: {
          ':next': next,
          ':at': at,
          ':id': r.id,
          ':from': r.status,
          ...(noteEnc === undefined ? {} : { ':note': noteEnc }),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return fromItem(res.Attributes ?? {});
  } catch (e) {
    if (isConditionFailed(e)) return null;
    throw e;
  }
}

/**
 * Erasure (DELETE /api/me, functions/auth/erase.service.ts): every intention she
 * registered, with her name, phone and message. Job-level aggregate counts stay.
 */
export async function eraseIntentionsOf({ db }: StoreDeps, userId: string): Promise<number> {
  const keys = await queryAllKeys({ db }, { index: 'GSI1', pk: userIntentionsPk(userId) });
  await deleteKeys({ db }, keys);
  return keys.length;
}
