import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { BookingStatus, Outcome, SlotLocation, SlotMode, VolunteerPublicProfile } from '../../shared/bookings';
import type { TopicId } from '../../shared/topics';
import type { Page } from '../../shared/common';
import type { Deps } from '../platform/deps';
import { encodeCursor } from '../platform/cursor';
import { queryFiltered } from '../platform/paging';
import { decodeCursorInto } from '../platform/cursor';
import { isConditionFailed } from '../platform/errors';
import {
  OPEN_SLOTS_PK,
  slotKey,
  slotsByStartIndex,
  volunteerScheduleKey,
  volunteerSlotsIndex,
  volunteerSlotsPk,
} from '../platform/keys';

type StoreDeps = Pick<Deps, 'db'>;

/** open → booked → (cancelled | completed | no-show). A slot item that left `open` is a booking record. */
export type SlotState = 'open' | BookingStatus;

/** The booking a slot holds once booked; the note and reasons are stored encrypted. */
export interface EmbeddedBooking {
  residentId: string;
  residentName: string;
  topic: TopicId;
  note: string | null;
  createdAt: string;
  cancelledBy?: 'resident' | 'volunteer';
  cancelReason?: string | null;
  outcome?: Outcome;
  minutes?: number;
  closedAt?: string;
}

export interface SlotRecord {
  id: string;
  volunteerId: string;
  /** A snapshot of her public profile when the slot was made, so listing needs no lookups. */
  volunteer: VolunteerPublicProfile;
  start: string;
  end: string;
  durationMinutes: number;
  mode: SlotMode;
  location: SlotLocation | null;
  state: SlotState;
  createdAt: string;
  booking: EmbeddedBooking | null;
  reminded24?: string;
  reminded1?: string;
}

export const fromSlotItem = (i: Record<string, unknown>): SlotRecord => ({
  id: i.id as string,
  volunteerId: i.volunteerId as string,
  volunteer: i.volunteer as VolunteerPublicProfile,
  start: i.start as string,
  end: i.end as string,
  durationMinutes: i.durationMinutes as number,
  mode: i.mode as SlotMode,
  location: (i.location as SlotLocation | null) ?? null,
  state: i.state as SlotState,
  createdAt: i.createdAt as string,
  booking: (i.booking as EmbeddedBooking | null) ?? null,
  reminded24: i.reminded24 as string | undefined,
  reminded1: i.reminded1 as string | undefined,
});

export async function getSlot({ db }: StoreDeps, slotId: string): Promise<SlotRecord | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: slotKey(slotId), ConsistentRead: true }));
  return Item ? fromSlotItem(Item) : null;
}

/** A new open slot: listed by start for everyone (GSI1) and for her (GSI2). */
export async function putOpenSlot({ db }: StoreDeps, slot: SlotRecord): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...slotKey(slot.id),
        ...slotsByStartIndex(OPEN_SLOTS_PK, slot.start, slot.id),
        ...volunteerSlotsIndex(slot.volunteerId, slot.start, slot.id),
        type: 'slot',
        ...slot,
        // An open slot nobody booked is of no use a month after it ended (DynamoDB TTL, epoch
        // seconds); booking it removes this, so booking records stay.
        expiresAt: Math.floor(Date.parse(slot.end) / 1000) + 30 * 24 * 3600,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
}

/** Deletes her slot only while it is open; false when it is booked (or not hers, or gone). */
export async function deleteOpenSlot({ db }: StoreDeps, slotId: string, volunteerId: string): Promise<boolean> {
  try {
    await db.doc.send(
      new DeleteCommand({
        TableName: db.table,
        Key: slotKey(slotId),
        ConditionExpression: '#st = :open AND volunteerId = :v',
        ExpressionAttributeNames: { '#st': 'state' },
        ExpressionAttributeValues: { ':open': 'open', ':v': volunteerId },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

// --- the schedule item ------------------------------------------------------

/** Her slot intervals as [startMs, endMs) pairs, with the version read. */
export interface Schedule {
  intervals: [number, number][];
  version: number;
}

export async function getSchedule({ db }: StoreDeps, volunteerId: string): Promise<Schedule> {
  const { Item } = await db.doc.send(
    new GetCommand({ TableName: db.table, Key: volunteerScheduleKey(volunteerId), ConsistentRead: true }),
  );
  return Item ? { intervals: (Item.intervals as [number, number][]) ?? [], version: Item.version as number } : { intervals: [], version: 0 };
}

/** Writes her intervals if nobody changed them since `expectedVersion` was read; false on a conflict. */
export async function writeSchedule(
  { db }: StoreDeps,
  volunteerId: string,
  intervals: [number, number][],
  expectedVersion: number,
): Promise<boolean> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...volunteerScheduleKey(volunteerId), type: 'schedule', intervals, version: expectedVersion + 1 },
        ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(PK)' : 'version = :v',
        ExpressionAttributeValues: expectedVersion === 0 ? undefined : { ':v': expectedVersion },
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

// --- listings ---------------------------------------------------------------

export interface OpenSlotFilter {
  mode?: SlotMode;
  city?: string;
  topic?: string;
}

/**
 * Open slots starting in [from, to] by start time from the sparse GSI1 partition. Filters
 * run on the server side of the Query; the loop tops a page up so filters do not leave
 * it short, and the cursor is the last key read.
 */
export async function queryOpenSlots(
  { db }: StoreDeps,
  from: string,
  to: string,
  filter: OpenSlotFilter,
  limit: number,
  cursor?: string,
): Promise<Page<SlotRecord>> {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = { ':pk': OPEN_SLOTS_PK, ':from': from, ':to': `${to}~`, ':open': 'open' };
  const filters = ['#st = :open'];
  names['#st'] = 'state';
  if (filter.mode) {
    filters.push('#mode = :mode');
    names['#mode'] = 'mode';
    values[':mode'] = filter.mode;
  }
  if (filter.city) {
    filters.push('volunteer.city = :city');
    values[':city'] = filter.city;
  }
  if (filter.topic) {
    filters.push('contains(volunteer.specialities, :topic)');
    values[':topic'] = filter.topic;
  }
  const items: SlotRecord[] = [];
  let startKey = decodeCursorInto(cursor, 'GSI1PK', OPEN_SLOTS_PK);
  for (let round = 0; round < 10; round++) {
    const r = await db.doc.send(
      new QueryCommand({
        TableName: db.table,
        IndexName: 'GSI1',
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
        FilterExpression: filters.join(' AND '),
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        Limit: limit - items.length,
        ExclusiveStartKey: startKey,
      }),
    );
    items.push(...(r.Items ?? []).map(fromSlotItem));
    startKey = r.LastEvaluatedKey;
    if (!startKey || items.length >= limit) break;
  }
  return { items, nextCursor: encodeCursor(startKey) };
}

/** Her slots by start in [from, to], without the records of cancelled bookings. */
export async function queryVolunteerSlots(
  { db }: StoreDeps,
  volunteerId: string,
  from: string,
  to: string,
  limit: number,
  cursor?: string,
): Promise<Page<SlotRecord>> {
  const page = await queryFiltered(
    db,
    {
      index: 'GSI2',
      partitionValue: volunteerSlotsPk(volunteerId),
      sortCondition: '#sk BETWEEN :from AND :to',
      forward: true,
      filter: '#st <> :cancelled',
      names: { '#st': 'state' },
      values: { ':from': from, ':to': `${to}~`, ':cancelled': 'cancelled' },
    },
    limit,
    cursor,
  );
  return { items: page.items.map(fromSlotItem), nextCursor: page.nextCursor };
}
