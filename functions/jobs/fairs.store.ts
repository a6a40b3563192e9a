import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../shared/common';
import type { CityId, FairMode, JobFair } from '../../shared/jobs';
import type { Db } from '../platform/db';
import { FAIRS_PK, fairJobsPk, fairKey, fairsIndex } from '../platform/keys';
import { fromItem as jobFromItem, liveJob, type JobRecord } from './jobs.store';
import { allOf, queryFiltered, type Condition } from '../platform/paging';

export type FairRecord = JobFair;

type Item = Record<string, unknown>;

const fromItem = (i: Item): FairRecord => ({
  id: i.id as string,
  title: i.title as string,
  organiser: i.organiser as string,
  startAt: i.startAt as string,
  endAt: i.endAt as string,
  mode: i.mode as FairMode,
  venue: (i.venue as string | null | undefined) ?? null,
  city: i.city as CityId,
  description: i.description as string,
  womenSpecial: Boolean(i.womenSpecial),
});

export async function putFair(db: Db, fair: FairRecord): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...fairKey(fair.id), ...fairsIndex(fair.startAt, fair.id), type: 'fair', ...fair },
    }),
  );
}

export async function getFair(db: Db, fairId: string): Promise<FairRecord | null> {
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
export async function listFairs(db: Db, f: FairFilters, limit: number, cursor?: string): Promise<Page<FairRecord>> {
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
export async function listFairJobs(db: Db, fairId: string, nowIso: string, limit: number): Promise<JobRecord[]> {
  const page = await queryFiltered(
    db,
    { index: 'GSI3', partitionValue: fairJobsPk(fairId), forward: false, ...allOf(liveJob(nowIso)) },
    limit,
  );
  return page.items.map(jobFromItem);
}
