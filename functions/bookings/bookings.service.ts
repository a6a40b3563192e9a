import {
  IDEMPOTENCY_KEY_PATTERN,
  RESIDENT_CANCEL_CUTOFF_MINUTES,
  WOMEN_HOTLINE,
  type Booking,
  type BookingCreateRequest,
  type BookingPage,
  type CancelRequest,
  type CompleteRequest,
} from '../../shared/bookings';
import { MINUTE_MS } from '../../shared/time';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import { badCursor, decodeCursor, encodeCursor } from '../platform/cursor';
import { residentBookingsPk } from '../platform/keys';
import { logger } from '../platform/logger';
import { notify, type NotifyInput } from '../platform/notifications';
import { LIMITS, takeUserAllowance } from '../platform/limits';
import { bumpStats } from '../platform/stats';
import { recordService } from '../events/hours.service';
import { getUser, type UserRecord } from '../platform/users.store';
import {
  addHold,
  bookSlot,
  claimIdempotencyKey,
  closeBooking,
  completeIdempotencyKey,
  createHoldsItem,
  getHolds,
  queryResidentBookings,
  releaseIdempotencyKey,
  removeHold,
  residentSlotIds,
  stripResident,
  volunteerSlotIds,
  type CloseBooking,
} from './bookings.store';
import { freeInterval } from './slots.service';
import { deleteOpenSlot, getSlot, putOpenSlot, type EmbeddedBooking, type SlotRecord } from './slots.store';


export const TOO_LATE_FOR_RESIDENT = `离开始不到 2 小时，不能在线取消了。请在"我的预约"里联系志愿者，或拨打 ${WOMEN_HOTLINE} 妇女维权热线。`;

export function toBooking(deps: Pick<Deps, 'cipher'>, rec: SlotRecord): Booking {
  const b = rec.booking;
  if (!b || rec.state === 'open') throw new AppError('NOT_FOUND');
  return {
    id: rec.id,
    slotId: rec.id,
    start: rec.start,
    end: rec.end,
    mode: rec.mode,
    location: rec.location,
    volunteer: rec.volunteer,
    topic: b.topic,
    note: b.note ? deps.cipher.decrypt(b.note) : null,
    status: rec.state,
    createdAt: b.createdAt,
    cancelledBy: b.cancelledBy ?? null,
    cancelReason: b.cancelReason ? deps.cipher.decrypt(b.cancelReason) : null,
    outcome: b.outcome ?? null,
  };
}

/** Best effort: a failed notice must not undo or fail the booking change that caused it. */
async function tell(deps: Deps, userId: string, input: NotifyInput) {
  try {
    const user = await getUser(deps, userId);
    if (user) await notify(deps, user, input);
  } catch (e) {
    logger.warn('booking notice failed', { errorName: (e as Error).name });
  }
}

/**
 * Takes one of her 2 holds for this booking; true when this call added it (so a failed
 * booking must give it back). Holds whose start has passed no longer count as upcoming;
 * they are pruned (each with its own conditional remove) and the add retried.
 */
async function takeHold(deps: Deps, userId: string, bookingId: string, start: string): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const r = await addHold(deps, userId, bookingId, start);
    if (r === 'added') return true;
    if (r === 'held') return false;
    if (r === 'missing') {
      await createHoldsItem(deps, userId);
      continue;
    }
    const nowIso = deps.clock().toISOString();
    const passed = Object.entries(await getHolds(deps, userId)).filter(([, s]) => s <= nowIso);
    if (!passed.length) throw new AppError('BOOKING_LIMIT');
    for (const [id, s] of passed) await removeHold(deps, userId, id, s);
  }
  throw new AppError('BOOKING_LIMIT');
}

async function book(deps: Deps, user: UserRecord, input: BookingCreateRequest): Promise<SlotRecord> {
  const slot = await getSlot(deps, input.slotId);
  if (!slot) throw new AppError('NOT_FOUND');
  if (slot.state !== 'open') throw new AppError('SLOT_TAKEN');
  const now = deps.clock();
  if (Date.parse(slot.start) <= now.getTime()) {
    throw new AppError('INVALID_STATE', undefined, '这个时间已经过了，请选别的时间');
  }
  const added = await takeHold(deps, user.id, slot.id, slot.start);
  const embedded: EmbeddedBooking = {
    residentId: user.id,
    residentName: user.displayName,
    topic: input.topic,
    note: input.note ? deps.cipher.encrypt(input.note) : null,
    createdAt: now.toISOString(),
  };
  const done = await bookSlot(deps, slot, embedded, now.toISOString());
  if (!done) {
    // Give the hold back only if this request took it and the slot did not go to her own
    // double tap (which found the hold already there and relies on it).
    if (added) {
      const current = await getSlot(deps, slot.id);
      if (current?.state !== 'booked' || current.booking?.residentId !== user.id) await removeHold(deps, user.id, slot.id);
    }
    throw new AppError('SLOT_TAKEN');
  }
  await bumpStats(deps, { bookingsMade: 1 }, { place: slot.volunteer });
  await tell(deps, slot.volunteerId, { template: 'booking-new', id: done.id, at: done.start, mode: done.mode });
  return done;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Books a slot. With an Idempotency-Key the key is claimed first with a conditional put;
 * a retry (or a duplicate in flight) gets the same booking back instead of SLOT_TAKEN.
 * A request that fails frees the key so that a retry really runs again.
 */
export async function createBooking(
  deps: Deps,
  user: UserRecord,
  input: BookingCreateRequest,
  idempotencyKey?: string,
): Promise<Booking> {
  if (user.role !== 'resident') throw new AppError('FORBIDDEN');
  if (idempotencyKey === undefined) return toBooking(deps, await book(deps, user, input));
  if (!IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'Idempotency-Key', message: '请求编号格式不对' }]);
  }
  for (let attempt = 0; attempt < 60; attempt++) {
    const existing = await claimIdempotencyKey(deps, user.id, idempotencyKey, input.slotId, deps.clock().toISOString());
    if (!existing) break;
    if (existing.slotId !== input.slotId) {
      throw new AppError('VALIDATION_FAILED', [{ path: 'Idempotency-Key', message: '这个请求编号已经用在别的预约上了' }]);
    }
    if (existing.bookingId) {
      const done = await getSlot(deps, existing.bookingId);
      if (done?.booking?.residentId === user.id) return toBooking(deps, done);
      throw new AppError('NOT_FOUND');
    }
    if (attempt === 59) throw new AppError('INVALID_STATE');
    await sleep(50);
  }
  try {
    const done = await book(deps, user, input);
    await completeIdempotencyKey(deps, user.id, idempotencyKey, done.id);
    return toBooking(deps, done);
  } catch (e) {
    await releaseIdempotencyKey(deps, user.id, idempotencyKey);
    throw e;
  }
}

interface MyBookingsCursor {
  p: 'upcoming' | 'past';
  at: string;
  k?: Record<string, unknown>;
}

function readCursor(userId: string, cursor: string | undefined, nowIso: string): MyBookingsCursor {
  const raw = decodeCursor(cursor);
  if (!raw) return { p: 'upcoming', at: nowIso };
  const bad = badCursor;
  const { p, at, k } = raw as { p?: unknown; at?: unknown; k?: unknown };
  if ((p !== 'upcoming' && p !== 'past') || typeof at !== 'string') throw bad();
  if (k !== undefined && (typeof k !== 'object' || k === null || (k as { GSI3PK?: unknown }).GSI3PK !== residentBookingsPk(userId))) {
    throw bad();
  }
  return { p, at, k: k as Record<string, unknown> | undefined };
}

/** Her bookings: upcoming first (soonest first), then past (latest first). */
export async function listMyBookings(deps: Deps, user: UserRecord, limit: number, cursor?: string): Promise<BookingPage> {
  const c = readCursor(user.id, cursor, deps.clock().toISOString());
  let phase: MyBookingsCursor['p'] | null = c.p;
  let key = c.k;
  const items: SlotRecord[] = [];
  while (phase && items.length < limit) {
    const r = await queryResidentBookings(deps, user.id, phase, c.at, limit - items.length, key);
    items.push(...r.items);
    key = r.lastKey;
    if (!key) phase = phase === 'upcoming' ? 'past' : null;
  }
  return {
    items: items.map((s) => toBooking(deps, s)),
    nextCursor: phase ? encodeCursor({ p: phase, at: c.at, ...(key ? { k: key } : {}) }) : null,
  };
}

/** Loads a booking for a party to it; anyone else gets 404, as if it did not exist. */
async function bookingFor(deps: Deps, user: UserRecord, bookingId: string) {
  const slot = await getSlot(deps, bookingId);
  const b = slot?.booking;
  if (!slot || !b || slot.state === 'open') throw new AppError('NOT_FOUND');
  // Her own booking stays hers whatever her role now (a resident who became a volunteer).
  const asResident = b.residentId === user.id;
  const asVolunteer = slot.volunteerId === user.id && user.role === 'volunteer';
  if (!asResident && !asVolunteer) throw new AppError('NOT_FOUND');
  return { slot, booking: b, asResident };
}

/** After a cancellation the same time is offered again as a new open slot (new id). */
async function reopen(deps: Deps, slot: SlotRecord) {
  await putOpenSlot(deps, {
    ...slot,
    id: deps.ids(),
    state: 'open',
    booking: null,
    createdAt: deps.clock().toISOString(),
    reminded1: undefined,
    reminded24: undefined,
  });
}

/**
 * The resident may cancel until 2 h before the start, and her slot reopens. The volunteer
 * may cancel until the start with a reason; `reopen: true` offers the time again (she
 * cancels for the resident), otherwise the time is closed because she cannot make it.
 */
export async function cancelBooking(deps: Deps, user: UserRecord, bookingId: string, input: CancelRequest): Promise<Booking> {
  const { slot, booking, asResident } = await bookingFor(deps, user, bookingId);
  if (slot.state !== 'booked') throw new AppError('INVALID_STATE');
  const now = deps.clock();
  const startMs = Date.parse(slot.start);
  if (!asResident && !input.reason) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'reason', message: '请写明取消的原因，我们会告诉居民' }]);
  }
  const earliestStart = asResident ? now.getTime() + RESIDENT_CANCEL_CUTOFF_MINUTES * MINUTE_MS : now.getTime() + 1;
  const tooLate = () =>
    asResident ? new AppError('TOO_LATE', undefined, TOO_LATE_FOR_RESIDENT) : new AppError('TOO_LATE', undefined, '预约已经开始了，不能再取消');
  if (startMs < earliestStart) throw tooLate();
  // Book/cancel churn holds slots from others: at most 4 of her cancellations in 7 days.
  if (asResident) await takeUserAllowance(deps, user.id, LIMITS.cancellationsPerWeek);
  const change: CloseBooking = {
    state: 'cancelled',
    closedAt: now.toISOString(),
    cancelledBy: asResident ? 'resident' : 'volunteer',
    cancelReason: input.reason ? deps.cipher.encrypt(input.reason) : null,
  };
  const done = await closeBooking(deps, slot.id, change, { startAtOrAfter: new Date(earliestStart).toISOString() });
  if (!done) {
    const current = await getSlot(deps, slot.id);
    throw current?.state === 'booked' ? tooLate() : new AppError('INVALID_STATE');
  }
  await removeHold(deps, booking.residentId, slot.id);
  await bumpStats(deps, { bookingsCancelled: 1 }, { place: slot.volunteer });
  if (asResident || input.reopen === true) await reopen(deps, slot);
  else await freeInterval(deps, slot.volunteerId, startMs);
  // Fixed templates only: the volunteer's reason is shown on her booking, never in a notice.
  if (asResident) await tell(deps, slot.volunteerId, { template: 'booking-cancelled-by-resident', id: slot.id, at: slot.start, mode: slot.mode });
  else await tell(deps, booking.residentId, { template: 'booking-changed', id: slot.id });
  return toBooking(deps, done);
}

/** complete / no-show: only her volunteer, only once the start time has come. */
export async function finishBooking(
  deps: Deps,
  user: UserRecord,
  bookingId: string,
  result: { kind: 'completed'; input: CompleteRequest } | { kind: 'no-show' },
): Promise<Booking> {
  const { slot, booking, asResident } = await bookingFor(deps, user, bookingId);
  if (asResident) throw new AppError('FORBIDDEN');
  if (slot.state !== 'booked') throw new AppError('INVALID_STATE');
  const now = deps.clock();
  if (Date.parse(slot.start) > now.getTime()) throw new AppError('TOO_EARLY');
  const change: CloseBooking =
    result.kind === 'completed'
      ? { state: 'completed', closedAt: now.toISOString(), outcome: result.input.outcome, minutes: result.input.minutes }
      : { state: 'no-show', closedAt: now.toISOString() };
  const done = await closeBooking(deps, slot.id, change, { startAtOrBefore: now.toISOString() });
  if (!done) throw new AppError('INVALID_STATE');
  await removeHold(deps, booking.residentId, slot.id);
  await bumpStats(
    deps,
    result.kind === 'completed'
      ? { bookingsCompleted: 1, consultMinutes: result.input.minutes, [`outcome_${result.input.outcome}`]: 1 }
      : { bookingsNoShow: 1 },
    // Counted in the volunteer's city (where the consultation is offered).
    { place: slot.volunteer },
  );
  if (result.kind === 'completed') {
    await recordService(deps, { volunteerId: slot.volunteerId, kind: 'booking', sourceId: slot.id, at: now.toISOString(), minutes: result.input.minutes });
  }
  return toBooking(deps, done);
}

/**
 * Erasure (DELETE /api/me, functions/auth/erase.service.ts). Her upcoming bookings are
 * cancelled first — no 2-hour cutoff, she is leaving — so the time reopens and the
 * volunteer gets the fixed 'booking-cancelled-by-resident' notice, no detail. Then every
 * booking of hers keeps only what the volunteer's record needs (stripResident).
 */
export async function eraseBookingsOf(deps: Deps, userId: string): Promise<number> {
  const ids = await residentSlotIds(deps, userId);
  for (const id of ids) {
    const slot = await getSlot(deps, id);
    if (!slot || slot.booking?.residentId !== userId) continue;
    const now = deps.clock();
    if (slot.state === 'booked' && Date.parse(slot.start) > now.getTime()) {
      const change: CloseBooking = { state: 'cancelled', closedAt: now.toISOString(), cancelledBy: 'resident', cancelReason: null };
      const done = await closeBooking(deps, slot.id, change, { startAtOrAfter: new Date(now.getTime() + 1).toISOString() });
      if (done) {
        await bumpStats(deps, { bookingsCancelled: 1 }, { place: slot.volunteer });
        await reopen(deps, slot);
        await tell(deps, slot.volunteerId, { template: 'booking-cancelled-by-resident', id: slot.id, at: slot.start, mode: slot.mode });
      }
    }
    await stripResident(deps, slot.id, userId);
  }
  return ids.length + (await eraseVolunteerSlots(deps, userId));
}

/**
 * If she volunteered: her open times go (nobody should book someone who has left), and an
 * upcoming booking with her is cancelled for the resident, who gets the fixed
 * 'booking-changed' notice. Held bookings stay as the residents' records.
 */
async function eraseVolunteerSlots(deps: Deps, userId: string): Promise<number> {
  const ids = await volunteerSlotIds(deps, userId);
  for (const id of ids) {
    const slot = await getSlot(deps, id);
    if (!slot || slot.volunteerId !== userId) continue;
    if (slot.state === 'open') {
      await deleteOpenSlot(deps, slot.id, userId);
      continue;
    }
    const now = deps.clock();
    const residentId = slot.booking?.residentId;
    if (slot.state !== 'booked' || !residentId || Date.parse(slot.start) <= now.getTime()) continue;
    const change: CloseBooking = { state: 'cancelled', closedAt: now.toISOString(), cancelledBy: 'volunteer', cancelReason: null };
    if (await closeBooking(deps, slot.id, change, { startAtOrAfter: new Date(now.getTime() + 1).toISOString() })) {
      await removeHold(deps, residentId, slot.id);
      await bumpStats(deps, { bookingsCancelled: 1 }, { place: slot.volunteer });
      await tell(deps, residentId, { template: 'booking-changed', id: slot.id });
    }
  }
  return ids.length;
}
