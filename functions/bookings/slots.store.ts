import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { BookingStatus, Outcome, SlotLocation, SlotMode, VolunteerPublicProfile } from '../../shared/bookings';
import type { TopicId } from '../../shared/topics';
import type { Page } from '../../shared/common';
import type { Deps } from '../platform/deps';
import { allOf, queryFiltered, type Condition } from '../platform/paging';
import { isConditionFailed } from '../platform/errors';
import { moveIndexEntries } from '../platform/migrate';
import { OPEN_SLOT_ATTRIBUTES } from '../platform/table';
import {
  LEGACY_OPEN_SLOTS,
  OPEN_SLOTS_PK,
  openSlotsIndex,
  slotKey,
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

/** A new open slot: listed by start for everyone (list-view GSI5) and for her (GSI2). */
export async function putOpenSlot({ db }: StoreDeps, slot: SlotRecord): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: {
        ...slotKey(slot.id),
        ...openSlotsIndex(slot.start, slot.id),
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

/** What the open-slots list reads of a slot: exactly the fields an item of its page shows. */
export type OpenSlotRecord = Pick<SlotRecord, (typeof OPEN_SLOT_ATTRIBUTES)[number]>;

const fromOpenSlotItem = (i: Record<string, unknown>): OpenSlotRecord => {
  const { id, start, end, durationMinutes, mode, location, volunteer } = fromSlotItem(i);
  return { id, start, end, durationMinutes, mode, location, volunteer };
};

/**
 * Open slots starting in [from, to] by start time, from the list-view index (GSI5: the list's
 * fields only, and only open slots are in it: booking takes the entry out). Without a filter a
 * page of N reads N + 1 items; mode, city and topic are a filter on the same Query.
 */
export async function queryOpenSlots(
  { db }: StoreDeps,
  from: string,
  to: string,
  filter: OpenSlotFilter,
  limit: number,
  cursor?: string,
): Promise<Page<OpenSlotRecord>> {
  const conds: Condition[] = [];
  if (filter.mode) conds.push({ expr: '#mode = :mode', names: { '#mode': 'mode' }, values: { ':mode': filter.mode } });
  if (filter.city) conds.push({ expr: 'volunteer.city = :city', values: { ':city': filter.city } });
  if (filter.topic) conds.push({ expr: 'contains(volunteer.specialities, :topic)', values: { ':topic': filter.topic } });
  const where = allOf(conds);
  const page = await queryFiltered(
    db,
    {
      index: 'GSI5',
      partitionValue: OPEN_SLOTS_PK,
      sortCondition: '#sk BETWEEN :from AND :to',
      forward: true,
      ...where,
      values: { ...where.values, ':from': from, ':to': `${to}~` },
      project: OPEN_SLOT_ATTRIBUTES,
    },
    limit,
    cursor,
  );
  return { items: page.items.map(fromOpenSlotItem), nextCursor: page.nextCursor };
}

/**
 * Once, after a deployed table gained GSI5 (scripts/move-list-views.ts): moves open slots'
 * entries from GSI1 to GSI5. Booking moves a slot's GSI1 entry to the booked partition, so
 * what is still under the open one is open; the state is checked in the same write anyway.
 */
export const moveOpenSlotsToListView = (deps: StoreDeps) =>
  moveIndexEntries(deps, LEGACY_OPEN_SLOTS, (i) => ({
    keys: i.state === 'open' ? openSlotsIndex(String(i.start), String(i.id)) : null,
    readFrom: { state: i.state },
  }));

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
