import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ServiceKind } from '../../shared/events';
import type { Page } from '../../shared/common';
import type { Deps } from '../platform/deps';
import { isConditionFailed } from '../platform/errors';
import { decodeCursorInto, encodeCursor } from '../platform/cursor';
import { allServiceEntriesPrefix, serviceEntriesPrefix, serviceEntryKey, serviceSourceKey, serviceYearKey, serviceYearPk } from '../platform/keys';
import { queryAll } from '../platform/paging';

type StoreDeps = Pick<Deps, 'db'>;

export interface ServiceEntryRecord {
  kind: ServiceKind;
  /** `event#<id>`, `booking#<id>`, `answer#<questionId>`: one entry per volunteer per source. */
  source: string;
  at: string;
  minutes: number;
  label: string;
}

export interface YearTotalRecord {
  volunteerId: string;
  displayName: string;
  totalMinutes: number;
  events: number;
  bookings: number;
  answers: number;
}

const COUNT_FIELD: Record<ServiceKind, 'events' | 'bookings' | 'answers'> = {
  event: 'events',
  booking: 'bookings',
  answer: 'answers',
};

/** Claims the source for this volunteer; false when it was counted before (a retry, a second answer). */
export async function claimServiceSource({ db }: StoreDeps, userId: string, source: string, at: string): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...serviceSourceKey(userId, source), type: 'service-source', at },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

export async function putServiceEntry({ db }: StoreDeps, userId: string, year: number, e: ServiceEntryRecord): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...serviceEntryKey(userId, year, e.at, e.source), type: 'service-entry', ...e },
    }),
  );
}

/** The year's totals for one volunteer: ADD only, so concurrent entries never lose a minute. */
export async function addToYearTotal(
  { db }: StoreDeps,
  userId: string,
  displayName: string,
  year: number,
  kind: ServiceKind,
  minutes: number,
): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: serviceYearKey(year, userId),
      UpdateExpression: 'SET volunteerId = :id, displayName = :name, #t = :type ADD totalMinutes :m, #c :one',
      ExpressionAttributeNames: { '#c': COUNT_FIELD[kind], '#t': 'type' },
      ExpressionAttributeValues: { ':id': userId, ':name': displayName, ':type': 'service-year', ':m': minutes, ':one': 1 },
    }),
  );
}

export async function getYearTotal({ db }: StoreDeps, userId: string, year: number): Promise<number> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: serviceYearKey(year, userId), ConsistentRead: true }));
  return Number(Item?.totalMinutes ?? 0);
}

/** Her entries of one year, newest first. */
export async function queryServiceEntries(
  { db }: StoreDeps,
  userId: string,
  year: number,
  limit: number,
  cursor?: string,
): Promise<Page<ServiceEntryRecord>> {
  const p = serviceEntriesPrefix(userId, year);
  const r = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sk)',
      ExpressionAttributeValues: { ':pk': p.PK, ':sk': p.SKPrefix },
      ScanIndexForward: false,
      Limit: limit,
      ExclusiveStartKey: decodeCursorInto(cursor, 'PK', p.PK),
    }),
  );
  return {
    items: (r.Items ?? []).map((i) => ({
      kind: i.kind as ServiceKind,
      source: i.source as string,
      at: i.at as string,
      minutes: Number(i.minutes),
      label: i.label as string,
    })),
    nextCursor: encodeCursor(r.LastEvaluatedKey),
  };
}

/** Every volunteer's totals for one year: one partition, read with Query. */
export async function queryYearTotals({ db }: StoreDeps, year: number): Promise<YearTotalRecord[]> {
  return (await queryAll(db, { partitionValue: serviceYearPk(year) })).map((i) => ({
    volunteerId: i.volunteerId as string,
    displayName: (i.displayName as string) ?? '',
    totalMinutes: Number(i.totalMinutes ?? 0),
    events: Number(i.events ?? 0),
    bookings: Number(i.bookings ?? 0),
    answers: Number(i.answers ?? 0),
  }));
}

/** The years she has service in (erasing her account), from her own entries. */
export async function serviceYearsOf({ db }: StoreDeps, userId: string): Promise<number[]> {
  const p = allServiceEntriesPrefix(userId);
  const items = await queryAll(db, { partitionValue: p.PK, sortCondition: 'begins_with(#sk, :sk)', values: { ':sk': p.SKPrefix } });
  const years = new Set(items.map((i) => Number(String(i.SK).split('#')[1])));
  return [...years].filter((y) => Number.isInteger(y));
}

export async function deleteYearTotal({ db }: StoreDeps, userId: string, year: number): Promise<void> {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: serviceYearKey(year, userId) }));
}
