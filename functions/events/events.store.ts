import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { EventKind, EventStatus, SignupStatus } from '../../shared/events';
import type { CityId } from '../../shared/jobs';
import type { TopicId } from '../../shared/topics';
import type { Page } from '../../shared/common';
import type { Deps } from '../platform/deps';
import { isConditionFailed } from '../platform/errors';
import { recordOf, type Item } from '../platform/items';
import {
  EVENTS_PK,
  eventKey,
  eventSignupKey,
  eventSignupsPrefix,
  eventsByCityIndex,
  eventsByCityPk,
  eventsByStartIndex,
  organiserEventsIndex,
  organiserEventsPk,
  userSignupsIndex,
  userSignupsPk,
} from '../platform/keys';
import { queryAll, queryFiltered, type FilteredQuery } from '../platform/paging';

type StoreDeps = Pick<Deps, 'db'>;

export interface EventRecord {
  id: string;
  title: string;
  kind: EventKind;
  topics: TopicId[];
  start: string;
  end: string;
  venue: string;
  city: CityId;
  district: string;
  community: string | null;
  capacity: number;
  /** Seats taken (sign-ups and walk-ins); never above capacity, by the conditional ADD. */
  taken: number;
  description: string;
  speakers: { id: string; displayName: string }[];
  organiserId: string;
  organiserName: string;
  status: EventStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  reminded24?: string;
  heldAt?: string;
  /** When it was cancelled; written by the cancel, for the record. */
  cancelledAt?: string;
}

export interface SignupRecord {
  eventId: string;
  userId: string;
  /** The event's start, copied so her list sorts by it and cancelling can be conditioned on it. */
  eventStart: string;
  /** Encrypted; only when she chose to give it. */
  name: string | null;
  status: SignupStatus;
  walkIn: boolean;
  signedUpAt: string;
  checkedInAt: string | null;
}

/** The defaults stand in for attributes that events and sign-ups written before them lack. */
export const fromEventItem = (i: Item): EventRecord =>
  recordOf<EventRecord>(i, { topics: [], community: null, taken: 0, speakers: [], organiserName: '', version: 1 });

const fromSignupItem = (i: Item): SignupRecord => recordOf<SignupRecord>(i, { name: null, walkIn: false, checkedInAt: null });

const indexesOf = (e: Pick<EventRecord, 'id' | 'start' | 'city' | 'organiserId'>) => ({
  ...eventsByStartIndex(e.start, e.id),
  ...eventsByCityIndex(e.city, e.start, e.id),
  ...organiserEventsIndex(e.organiserId, e.start, e.id),
});

export async function putEvent({ db }: StoreDeps, e: EventRecord): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...eventKey(e.id), type: 'event', ...e, ...indexesOf(e) },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
}

export async function getEvent({ db }: StoreDeps, eventId: string): Promise<EventRecord | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: eventKey(eventId), ConsistentRead: true }));
  return Item ? fromEventItem(Item) : null;
}

/**
 * Writes changed fields when the version is still the one she read; a capacity below the
 * seats already taken is refused in the same write. Returns null when the condition failed.
 */
export async function updateEvent(
  { db }: StoreDeps,
  current: EventRecord,
  changes: Partial<EventRecord>,
  now: string,
): Promise<EventRecord | null> {
  const next = { ...current, ...changes };
  const fields: Item = { ...changes, ...indexesOf(next), updatedAt: now };
  const names: Record<string, string> = { '#v': 'version', '#s': 'status' };
  const values: Item = { ':v': current.version, ':one': 1, ':published': 'published' };
  const sets = Object.entries(fields).map(([k, v], i) => {
    names[`#f${i}`] = k;
    values[`:f${i}`] = v;
    return `#f${i} = :f${i}`;
  });
  let condition = '#v = :v AND #s = :published';
  if (changes.capacity !== undefined) condition += ' AND taken <= :cap';
  if (changes.capacity !== undefined) values[':cap'] = changes.capacity;
  try {
    const r = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: eventKey(current.id),
        UpdateExpression: `SET ${sets.join(', ')} ADD #v :one`,
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return r.Attributes ? fromEventItem(r.Attributes) : null;
  } catch (e) {
    if (isConditionFailed(e)) return null;
    throw e;
  }
}

/** published → cancelled, once. Returns null when it was not published. */
export async function cancelEventItem({ db }: StoreDeps, eventId: string, now: string): Promise<EventRecord | null> {
  try {
    const r = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: eventKey(eventId),
        UpdateExpression: 'SET #s = :cancelled, updatedAt = :now, cancelledAt = :now ADD version :one',
        ConditionExpression: '#s = :published',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':cancelled': 'cancelled', ':published': 'published', ':now': now, ':one': 1 },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return r.Attributes ? fromEventItem(r.Attributes) : null;
  } catch (e) {
    if (isConditionFailed(e)) return null;
    throw e;
  }
}

/**
 * Takes one seat: a single conditional ADD on the event item, refused when every seat is
 * taken, the event is not published, or `openUntil` (the start for sign-ups, the end for
 * walk-ins) has passed. This write alone is what keeps capacity from ever being exceeded.
 */
export async function takeSeat({ db }: StoreDeps, eventId: string, now: string, openUntil: 'start' | 'end'): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: eventKey(eventId),
        UpdateExpression: 'ADD taken :one',
        ConditionExpression: 'attribute_exists(PK) AND taken < #cap AND #s = :published AND #until > :now',
        ExpressionAttributeNames: { '#s': 'status', '#until': openUntil, '#cap': 'capacity' },
        ExpressionAttributeValues: { ':one': 1, ':published': 'published', ':now': now },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/** Gives a seat back (her cancellation, or an undo after ALREADY_SIGNED_UP); never below zero. */
export async function releaseSeat({ db }: StoreDeps, eventId: string): Promise<void> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: eventKey(eventId),
        UpdateExpression: 'ADD taken :minus',
        ConditionExpression: 'taken > :zero',
        ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
      }),
    );
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
  }
}

/** One sign-up per person per event: a conditional put on the key made of both ids. */
export async function putSignup({ db }: StoreDeps, s: SignupRecord): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...eventSignupKey(s.eventId, s.userId), type: 'event-signup', ...s, ...userSignupsIndex(s.userId, s.eventStart, s.eventId) },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

export async function getSignup({ db }: StoreDeps, eventId: string, userId: string): Promise<SignupRecord | null> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: eventSignupKey(eventId, userId), ConsistentRead: true }),
  );
  return Item ? fromSignupItem(Item) : null;
}

/** Deletes her sign-up while it is not checked in and the event has not started. */
export async function deleteSignupBeforeStart({ db }: StoreDeps, eventId: string, userId: string, now: string): Promise<boolean> {
  try {
    await db.doc.send(
      new DeleteCommand({
        TableName: db.table,
        Key: eventSignupKey(eventId, userId),
        ConditionExpression: 'attribute_exists(PK) AND #s = :signed AND eventStart > :now',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':signed': 'signed-up', ':now': now },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/** Any sign-up of hers, whatever its state (erasing her account). */
export async function deleteSignup({ db }: StoreDeps, eventId: string, userId: string): Promise<boolean> {
  try {
    await db.doc.send(
      new DeleteCommand({ TableName: db.table, Key: eventSignupKey(eventId, userId), ConditionExpression: 'attribute_exists(PK)' }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/** signed-up → checked-in, once. */
export async function markCheckedIn({ db }: StoreDeps, eventId: string, userId: string, now: string): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: eventSignupKey(eventId, userId),
        UpdateExpression: 'SET #s = :in, checkedInAt = :now',
        ConditionExpression: '#s = :signed',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':in': 'checked-in', ':signed': 'signed-up', ':now': now },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/** Moves the copied start on every sign-up after the event's time changed. */
export async function moveSignups({ db }: StoreDeps, eventId: string, start: string): Promise<void> {
  for (const s of await listSignups({ db }, eventId)) {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: eventSignupKey(eventId, s.userId),
        UpdateExpression: 'SET eventStart = :start, GSI1SK = :sk',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':start': start, ':sk': userSignupsIndex(s.userId, start, eventId).GSI1SK },
      }),
    ).catch((e: unknown) => {
      if (!isConditionFailed(e)) throw e;
    });
  }
}

/** Every sign-up of one event, in its own partition (at most the capacity, ≤ 1000). */
export async function listSignups({ db }: StoreDeps, eventId: string): Promise<SignupRecord[]> {
  const p = eventSignupsPrefix(eventId);
  const items = await queryAll(db, {
    partitionValue: p.PK,
    sortCondition: 'begins_with(#sk, :sk)',
    values: { ':sk': p.SKPrefix },
    consistent: true,
  });
  return items.map(fromSignupItem);
}

/** Public lists: all events or one city's, by start from `from`, optionally of one topic. */
export async function queryEvents(
  { db }: StoreDeps,
  q: { city?: string; from: string; topic?: string },
  limit: number,
  cursor?: string,
): Promise<Page<EventRecord>> {
  const base: FilteredQuery = q.city
    ? { index: 'GSI2', partitionValue: eventsByCityPk(q.city), forward: true, sortCondition: '#sk >= :from', values: { ':from': q.from } }
    : { index: 'GSI1', partitionValue: EVENTS_PK, forward: true, sortCondition: '#sk >= :from', values: { ':from': q.from } };
  const query: FilteredQuery = q.topic
    ? { ...base, filter: 'contains(topics, :topic)', values: { ...base.values, ':topic': q.topic } }
    : base;
  const page = await queryFiltered(db, query, limit, cursor);
  return { items: page.items.map(fromEventItem), nextCursor: page.nextCursor };
}

/** Events she organises, by start from `from`. */
export async function queryOrganiserEvents(
  { db }: StoreDeps,
  userId: string,
  from: string,
  limit: number,
  cursor?: string,
): Promise<Page<EventRecord>> {
  const page = await queryFiltered(
    db,
    { index: 'GSI3', partitionValue: organiserEventsPk(userId), forward: true, sortCondition: '#sk >= :from', values: { ':from': from } },
    limit,
    cursor,
  );
  return { items: page.items.map(fromEventItem), nextCursor: page.nextCursor };
}

/** Her sign-ups, soonest event first (from `from`), paged. */
export async function queryUserSignups(
  { db }: StoreDeps,
  userId: string,
  from: string,
  limit: number,
  cursor?: string,
): Promise<Page<SignupRecord>> {
  const page = await queryFiltered(
    db,
    { index: 'GSI1', partitionValue: userSignupsPk(userId), forward: true, sortCondition: '#sk >= :from', values: { ':from': from } },
    limit,
    cursor,
  );
  return { items: page.items.map(fromSignupItem), nextCursor: page.nextCursor };
}

/** Every sign-up of hers (erasing her account). */
export async function allUserSignups({ db }: StoreDeps, userId: string): Promise<SignupRecord[]> {
  const out: SignupRecord[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await queryUserSignups({ db }, userId, '0', 50, cursor);
    out.push(...page.items);
    if (!page.nextCursor) return out;
    cursor = page.nextCursor;
  }
}

/** Events starting in [from, to) — the reminder and hours sweep; a bounded range of one GSI partition. */
export async function eventsStartingBetween({ db }: StoreDeps, from: string, to: string): Promise<EventRecord[]> {
  const items = await queryAll(db, {
    index: 'GSI1',
    partitionValue: EVENTS_PK,
    sortCondition: '#sk BETWEEN :from AND :to',
    values: { ':from': from, ':to': to },
  });
  return items.map(fromEventItem);
}

/** Claims a once-only mark on the event (`reminded24`, `heldAt`); false when it was already set. */
export async function claimEventMark({ db }: StoreDeps, eventId: string, mark: 'reminded24' | 'heldAt', now: string): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: eventKey(eventId),
        UpdateExpression: 'SET #m = :now',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#m) AND #s = :published',
        ExpressionAttributeNames: { '#m': mark, '#s': 'status' },
        ExpressionAttributeValues: { ':now': now, ':published': 'published' },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}
