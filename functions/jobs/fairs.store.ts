import type { Deps } from '../platform/deps';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../shared/common';
import { jobFair, type CityId, type FairMode, type JobFair } from '../../shared/jobs';
import { isConditionFailed } from '../platform/errors';
import type { Item } from '../platform/items';
import { FAIRS_PK, fairJobsPk, fairKey, fairsIndex } from '../platform/keys';
import { fromItem as jobFromItem, liveJob, type JobRecord } from './jobs.store';
import { allOf, queryFiltered, type Condition } from '../platform/paging';

type StoreDeps = Pick<Deps, 'db'>;

export type FairRecord = JobFair;
/** Seeds and fixtures may leave out what a new fair starts with. */
export type FairInput = Omit<FairRecord, 'status' | 'version'> & Partial<Pick<FairRecord, 'status' | 'version'>>;

/**
 * A fair is stored as the API shows it, so its item is read through the API's schema, which also
 * leaves the keys behind. Fairs written before status, version or 女性专场 existed lack them.
 */
const fromItem = (i: Item): FairRecord =>
  jobFair.parse({ venue: null, status: 'scheduled', version: 1, ...i, womenSpecial: Boolean(i.womenSpecial) });

/** Only a scheduled fair is listed publicly; cancelling drops the index entry. */
const fairItem = (fair: FairRecord): Item => ({
  ...fairKey(fair.id),
  ...(fair.status === 'scheduled' ? fairsIndex(fair.startAt, fair.id) : {}),
  type: 'fair',
  ...fair,
});

/** Writes a fair as given (seeds and tests); staff create through insertFair. */
export async function putFair({ db }: StoreDeps, input: FairInput): Promise<void> {
  const fair: FairRecord = { status: 'scheduled', version: 1, ...input };
  await db.doc.send(new PutCommand({ TableName: db.table, Item: fairItem(fair) }));
}

export async function insertFair({ db }: StoreDeps, fair: FairRecord): Promise<void> {
  await db.doc.send(
    new PutCommand({ TableName: db.table, Item: fairItem(fair), ConditionExpression: 'attribute_not_exists(PK)' }),
  );
}

/**
 * Replaces the fair when the stored version is still the one the change was based on and it
 * is not cancelled; returns false when someone else changed it first.
 */
export async function replaceFair({ db }: StoreDeps, before: FairRecord, after: FairRecord): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: fairItem(after),
        ConditionExpression: 'attribute_exists(PK) AND (#v = :v OR attribute_not_exists(#v)) AND (#s = :scheduled OR attribute_not_exists(#s))',
        ExpressionAttributeNames: { '#v': 'version', '#s': 'status' },
        ExpressionAttributeValues: { ':v': before.version, ':scheduled': 'scheduled' },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/** Scheduled → cancelled, once: returns the cancelled fair, or null when it was not scheduled. */
export async function cancelFairItem({ db }: StoreDeps, fairId: string): Promise<FairRecord | null> {
  try {
    const r = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: fairKey(fairId),
        UpdateExpression: 'SET #s = :cancelled ADD #v :one REMOVE GSI1PK, GSI1SK',
        ConditionExpression: 'attribute_exists(PK) AND #type = :fair AND (#s = :scheduled OR attribute_not_exists(#s))',
        ExpressionAttributeNames: { '#s': 'status', '#v': 'version', '#type': 'type' },
        ExpressionAttributeValues: { ':cancelled': 'cancelled', ':scheduled': 'scheduled', ':one': 1, ':fair': 'fair' },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return fromItem(r.Attributes ?? {});
  } catch (e) {
    if (isConditionFailed(e)) return null;
    throw e;
  }
}

export async function getFair({ db }: StoreDeps, fairId: string): Promise<FairRecord | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: fairKey(fairId) }));
  return Item && Item.type === 'fair' ? fromItem(Item) : null;
}

export interface FairFilters {
  city?: CityId;
  mode?: FairMode;
  /** Fairs that have not ended before this instant. */
  from: string;
}

/** Fairs by start time, earliest first, skipping those that ended before `from`. */
export async function listFairs({ db }: StoreDeps, f: FairFilters, limit: number, cursor?: string): Promise<Page<FairRecord>> {
  const conds: Condition[] = [{ expr: '#endAt >= :from', names: { '#endAt': 'endAt' }, values: { ':from': f.from } }];
  if (f.city) conds.push({ expr: '#city = :city', names: { '#city': 'city' }, values: { ':city': f.city } });
  if (f.mode) conds.push({ expr: '#mode = :mode', names: { '#mode': 'mode' }, values: { ':mode': f.mode } });
  const page = await queryFiltered(
    db,
    { index: 'GSI1', partitionValue: FAIRS_PK, forward: true, ...allOf(conds) },
    limit,
    cursor,
  );
  return { items: page.items.map(fromItem), nextCursor: page.nextCursor };
}

/** The fair's open, unexpired postings, newest first. */
export async function listFairJobs({ db }: StoreDeps, fairId: string, nowIso: string, limit: number): Promise<JobRecord[]> {
  const page = await queryFiltered(
    db,
    { index: 'GSI3', partitionValue: fairJobsPk(fairId), forward: false, ...allOf(liveJob(nowIso)) },
    limit,
  );
  return page.items.map(jobFromItem);
}

/** Every posting still attached to the fair (open ones carry the fair index), a page at a time. */
export async function listAttachedJobs({ db }: StoreDeps, fairId: string, limit: number, cursor?: string): Promise<Page<JobRecord>> {
  const page = await queryFiltered(db, { index: 'GSI3', partitionValue: fairJobsPk(fairId), forward: false }, limit, cursor);
  return { items: page.items.map(jobFromItem), nextCursor: page.nextCursor };
}
