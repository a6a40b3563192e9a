import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { MAX_UPCOMING_BOOKINGS, type Outcome } from '../../shared/bookings';
import type { Deps } from '../platform/deps';
import { isConditionFailed } from '../platform/errors';
import {
  BOOKED_SLOTS_PK,
  bookingHoldsKey,
  bookingIdempotencyKey,
  residentBookingsIndex,
  residentBookingsPk,
  bookedSlotsIndex,
  slotKey,
  volunteerSlotsPk,
} from '../platform/keys';
import { fromSlotItem, type EmbeddedBooking, type SlotRecord } from './slots.store';
import { queryAll } from '../platform/paging';

type StoreDeps = Pick<Deps, 'db'>;

// --- the per-resident holds item (at most 2 upcoming bookings) ------------------

/**
 * Adds a hold for one booking. The holds item is a map {bookingId: start}; the write is
 * conditional on the map having fewer than 2 entries, so concurrent bookings by one
 * resident serialise on this one item and at most 2 succeed. 'added' means this call
 * added it; 'held' that it was there already (her own repeated request); 'missing' that
 * the item does not exist yet; 'full' that the limit is reached (maybe by passed holds).
 */
export async function addHold(
  { db }: StoreDeps,
  userId: string,
  bookingId: string,
  start: string,
): Promise<'added' | 'held' | 'full' | 'missing'> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: bookingHoldsKey(userId),
        UpdateExpression: 'SET holds.#b = :start',
        ConditionExpression: 'attribute_exists(holds) AND attribute_not_exists(holds.#b) AND size(holds) < :max',
        ExpressionAttributeNames: { '#b': bookingId },
        ExpressionAttributeValues: { ':start': start, ':max': MAX_UPCOMING_BOOKINGS },
      }),
    );
    return 'added';
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
  }
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: bookingHoldsKey(userId), ConsistentRead: true }));
  if (!Item) return 'missing';
  return (Item.holds as Record<string, string> | undefined)?.[bookingId] !== undefined ? 'held' : 'full';
}

export async function createHoldsItem({ db }: StoreDeps, userId: string): Promise<void> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...bookingHoldsKey(userId), type: 'booking-holds', holds: {} },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
  }
}

export async function getHolds({ db }: StoreDeps, userId: string): Promise<Record<string, string>> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: bookingHoldsKey(userId), ConsistentRead: true }));
  return (Item?.holds as Record<string, string> | undefined) ?? {};
}

/** Removes a hold; when `onlyIf` is given, only if it still holds that start (pruning a passed one). */
export async function removeHold({ db }: StoreDeps, userId: string, bookingId: string, onlyIf?: string): Promise<void> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: bookingHoldsKey(userId),
        UpdateExpression: 'REMOVE holds.#b',
        ConditionExpression: onlyIf ? 'holds.#b = :start' : 'attribute_exists(holds)',
        ExpressionAttributeNames: { '#b': bookingId },
        ExpressionAttributeValues: onlyIf ? { ':start': onlyIf } : undefined,
      }),
    );
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
  }
}

// --- idempotency --------------------------------------------------------------

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

export interface IdempotencyRecord {
  slotId: string;
  bookingId: string | null;
}

/** Claims the key for this request; returns null when it was free, else what it already holds. */
export async function claimIdempotencyKey(
  { db }: StoreDeps,
  userId: string,
  key: string,
  slotId: string,
  createdAt: string,
): Promise<IdempotencyRecord | null> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: {
          ...bookingIdempotencyKey(userId, key),
          type: 'idempotency',
          slotId,
          bookingId: null,
          createdAt,
          // Epoch seconds, the form DynamoDB TTL reads; a key is remembered for a day.
          expiresAt: Math.floor(Date.parse(createdAt) / 1000) + IDEMPOTENCY_TTL_SECONDS,
        },
        ConditionExpression: 'attribute_not_exists(PK) OR expiresAt < :now',
        ExpressionAttributeValues: { ':now': Math.floor(Date.parse(createdAt) / 1000) },
      }),
    );
    return null;
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
  }
  return getIdempotencyKey({ db }, userId, key);
}

export async function getIdempotencyKey({ db }: StoreDeps, userId: string, key: string): Promise<IdempotencyRecord | null> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: bookingIdempotencyKey(userId, key), ConsistentRead: true }),
  );
  return Item ? { slotId: Item.slotId as string, bookingId: (Item.bookingId as string | null) ?? null } : null;
}

export async function completeIdempotencyKey({ db }: StoreDeps, userId: string, key: string, bookingId: string) {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: bookingIdempotencyKey(userId, key),
      UpdateExpression: 'SET bookingId = :b',
      ExpressionAttributeValues: { ':b': bookingId },
    }),
  );
}

/** The request failed without a booking: free the key so a retry runs again. */
export async function releaseIdempotencyKey({ db }: StoreDeps, userId: string, key: string) {
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: bookingIdempotencyKey(userId, key) }));
}

// --- booking state changes on the slot item ----------------------------------

/**
 * THE invariant of one booking per slot: a single conditional update of the slot item,
 * open → booked, with the booking inside it, moved from the open index to the booked
 * index (for reminders) and indexed under the resident. Returns null when it was not open.
 */
export async function bookSlot(
  { db }: StoreDeps,
  slot: SlotRecord,
  booking: EmbeddedBooking,
  nowIso: string,
): Promise<SlotRecord | null> {
  const booked = bookedSlotsIndex(slot.start, slot.id);
  const resident = residentBookingsIndex(booking.residentId, slot.start, slot.id);
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: slotKey(slot.id),
        UpdateExpression:
          'SET #st = :booked, booking = :b, GSI1PK = :g1pk, GSI1SK = :g1sk, GSI3PK = :g3pk, GSI3SK = :g3sk REMOVE expiresAt, GSI5PK, GSI5SK',
        ConditionExpression: '#st = :open AND #start > :now',
        ExpressionAttributeNames: { '#st': 'state', '#start': 'start' },
        ExpressionAttributeValues: {
          ':booked': 'booked',
          ':open': 'open',
          ':now': nowIso,
          ':b': booking,
          ':g1pk': booked.GSI1PK,
          ':g1sk': booked.GSI1SK,
          ':g3pk': resident.GSI3PK,
          ':g3sk': resident.GSI3SK,
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? fromSlotItem(Attributes) : null;
  } catch (e) {
    if (isConditionFailed(e)) return null;
    throw e;
  }
}

export interface CloseBooking {
  state: 'cancelled' | 'completed' | 'no-show';
  closedAt: string;
  cancelledBy?: 'resident' | 'volunteer';
  cancelReason?: string | null;
  outcome?: Outcome;
  minutes?: number;
}

/**
 * booked → cancelled | completed | no-show, only while still booked (and, when given, only
 * if the start is at/after `startNotAfter` or before `startAfter`), leaving the reminder index.
 */
export async function closeBooking(
  { db }: StoreDeps,
  slotId: string,
  change: CloseBooking,
  timeCondition?: { startAtOrBefore?: string; startAtOrAfter?: string },
): Promise<SlotRecord | null> {
  const sets = ['#st = :to', 'booking.closedAt = :at'];
  const values: Record<string, unknown> = { ':to': change.state, ':at': change.closedAt, ':booked': 'booked' };
  const add = (field: string, value: unknown) => {
    sets.push(`booking.${field} = :${field}`);
    values[`:${field}`] = value;
  };
  if (change.cancelledBy) add('cancelledBy', change.cancelledBy);
  if (change.cancelReason !== undefined) add('cancelReason', change.cancelReason);
  if (change.outcome) add('outcome', change.outcome);
  if (change.minutes !== undefined) add('minutes', change.minutes);
  const conditions = ['#st = :booked'];
  if (timeCondition?.startAtOrBefore) {
    conditions.push('#start <= :latest');
    values[':latest'] = timeCondition.startAtOrBefore;
  }
  if (timeCondition?.startAtOrAfter) {
    conditions.push('#start >= :earliest');
    values[':earliest'] = timeCondition.startAtOrAfter;
  }
  try {
    const { Attributes } = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: slotKey(slotId),
        UpdateExpression: `SET ${sets.join(', ')} REMOVE GSI1PK, GSI1SK`,
        ConditionExpression: conditions.join(' AND '),
        ExpressionAttributeNames: { '#st': 'state', '#start': 'start' },
        ExpressionAttributeValues: values,
        ReturnValues: 'ALL_NEW',
      }),
    );
    return Attributes ? fromSlotItem(Attributes) : null;
  } catch (e) {
    if (isConditionFailed(e)) return null;
    throw e;
  }
}

// --- listings -----------------------------------------------------------------

/** A resident's bookings with start ≥ `from` ascending, or < `from` descending. */
export async function queryResidentBookings(
  { db }: StoreDeps,
  userId: string,
  part: 'upcoming' | 'past',
  from: string,
  limit: number,
  startKey?: Record<string, unknown>,
): Promise<{ items: SlotRecord[]; lastKey?: Record<string, unknown> }> {
  const r = await db.doc.send(
    new QueryCommand({
      TableName: db.table,
      IndexName: 'GSI3',
      KeyConditionExpression: part === 'upcoming' ? 'GSI3PK = :pk AND GSI3SK >= :from' : 'GSI3PK = :pk AND GSI3SK < :from',
      ExpressionAttributeValues: { ':pk': residentBookingsPk(userId), ':from': from },
      ScanIndexForward: part === 'upcoming',
      Limit: limit,
      ExclusiveStartKey: startKey,
    }),
  );
  return { items: (r.Items ?? []).map(fromSlotItem), lastKey: r.LastEvaluatedKey };
}

/** Booked slots starting in [from, to] from the booked index: what reminders look at. */
export async function queryBookedBetween({ db }: StoreDeps, from: string, to: string): Promise<SlotRecord[]> {
  const items = await queryAll(db, {
    index: 'GSI1',
    partitionValue: BOOKED_SLOTS_PK,
    sortCondition: '#sk BETWEEN :from AND :to',
    values: { ':from': from, ':to': `${to}~` },
  });
  return items.map(fromSlotItem);
}

/**
 * Marks one reminder as sent, only if it was not sent before and the booking still stands.
 * Returns false when another run got there first: the caller then sends nothing.
 */
export async function markReminded({ db }: StoreDeps, slotId: string, which: 'reminded24' | 'reminded1', at: string): Promise<boolean> {
  const also = which === 'reminded1' ? ', reminded24 = if_not_exists(reminded24, :at)' : '';
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: slotKey(slotId),
        UpdateExpression: `SET #w = :at${also}`,
        ConditionExpression: 'attribute_not_exists(#w) AND #st = :booked',
        ExpressionAttributeNames: { '#w': which, '#st': 'state' },
        ExpressionAttributeValues: { ':at': at, ':booked': 'booked' },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

// --- erasure (DELETE /api/me) ----------------------------------------------------

/** Ids of every booking she ever made (her GSI3 entries), for erasure. */
export const residentSlotIds = (deps: StoreDeps, userId: string) => slotIdsIn(deps, 'GSI3', residentBookingsPk(userId));

/** Ids of every slot she published as a volunteer (her GSI2 entries), for erasure. */
export const volunteerSlotIds = (deps: StoreDeps, userId: string) => slotIdsIn(deps, 'GSI2', volunteerSlotsPk(userId));

async function slotIdsIn({ db }: StoreDeps, index: 'GSI2' | 'GSI3', pk: string): Promise<string[]> {
  return (await queryAll(db, { index, partitionValue: pk })).map((i) => i.id as string);
}

/**
 * Leaves the booking on the volunteer's slot (her hours and the aggregate figures
 * depend on it) but takes out everything of the resident: her id, name, note, any
 * reason, and her index entry. Only while the booking is still hers.
 */
export async function stripResident({ db }: StoreDeps, slotId: string, userId: string): Promise<void> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: slotKey(slotId),
        UpdateExpression: 'SET booking.residentId = :gone, booking.residentName = :goneName REMOVE GSI3PK, GSI3SK, booking.note, booking.cancelReason',
        ConditionExpression: 'booking.residentId = :uid',
        ExpressionAttributeValues: { ':gone': 'erased', ':goneName': '已注销', ':uid': userId },
      }),
    );
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
  }
}
