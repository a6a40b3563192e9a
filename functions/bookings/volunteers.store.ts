import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Profession, VolunteerStatus } from '../../shared/bookings';
import type { CityId } from '../../shared/jobs';
import type { TopicId } from '../../shared/topics';
import type { Page } from '../../shared/common';
import type { Deps } from '../platform/deps';
import { queryFiltered } from '../platform/paging';
import { isConditionFailed } from '../platform/errors';
import { recordOf, type Item } from '../platform/items';
import { volunteerKey, volunteersByStatusIndex, volunteersByStatusPk } from '../platform/keys';

type StoreDeps = Pick<Deps, 'db'>;

/** The stored application; `licenceNo` is the encrypted form. */
export interface VolunteerRecord {
  userId: string;
  status: VolunteerStatus;
  realName: string;
  /** Surname + title, e.g. 陈律师: what residents see. */
  publicName: string;
  profession: Profession;
  licenceNo: string;
  organisation: string;
  specialities: TopicId[];
  city: CityId;
  district: string;
  bio: string | null;
  appliedAt: string;
  decidedAt: string | null;
  rejectReason: string | null;
}

const fromItem = (i: Item): VolunteerRecord =>
  recordOf<VolunteerRecord>(i, { specialities: [], bio: null, decidedAt: null, rejectReason: null });

export async function getVolunteer({ db }: StoreDeps, userId: string): Promise<VolunteerRecord | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: volunteerKey(userId), ConsistentRead: true }));
  return Item ? fromItem(Item) : null;
}

/**
 * Writes a pending application unless one is pending or approved: a rejected
 * applicant may apply again, and two applications at once make exactly one.
 * Returns false when the condition refused it.
 */
export async function putApplication({ db }: StoreDeps, rec: VolunteerRecord): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...volunteerKey(rec.userId),
          ...volunteersByStatusIndex(rec.status, rec.appliedAt, rec.userId),
          type: 'volunteer',
          ...rec,
        },
        ConditionExpression: 'attribute_not_exists(PK) OR #s = :rejected',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':rejected': 'rejected' },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/** Moves an application from one status to another only if it is still in `from`. */
export async function decide(
  { db }: StoreDeps,
  rec: VolunteerRecord,
  from: VolunteerStatus,
  to: VolunteerStatus,
  decidedAt: string,
  rejectReason: string | null,
): Promise<VolunteerRecord | null> {
  try {
    const idx = volunteersByStatusIndex(to, rec.appliedAt, rec.userId);
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: volunteerKey(rec.userId),
        UpdateExpression: 'SET #s = :to, decidedAt = :at, rejectReason = :r, GSI1PK = :pk, GSI1SK = :sk',
        ConditionExpression: '#s = :from',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: {
          ':to': to,
          ':from': from,
          ':at': decidedAt,
          ':r': rejectReason,
          ':pk': idx.GSI1PK,
          ':sk': idx.GSI1SK,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? fromItem(Attributes) : null;
  } catch (e) {
    if (isConditionFailed(e)) return null;
    throw e;
  }
}

export async function listByStatus(
  { db }: StoreDeps,
  status: VolunteerStatus,
  limit: number,
  cursor?: string,
): Promise<Page<VolunteerRecord>> {
  const page = await queryFiltered(db, { index: 'GSI1', partitionValue: volunteersByStatusPk(status), forward: true }, limit, cursor);
  return { items: page.items.map(fromItem), nextCursor: page.nextCursor };
}
