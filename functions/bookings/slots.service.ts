import {
  SLOT_MAX_DAYS_AHEAD,
  SLOT_MIN_LEAD_MINUTES,
  type OpenSlot,
  type OpenSlotPage,
  type SlotCreateInput,
  type SlotsQuery,
  type VolunteerSlot,
  type VolunteerSlotPage,
  type VolunteerSlotsQuery,
} from '../../shared/bookings';
import { DAY_MS, MINUTE_MS, isQuarterHour, overlaps } from '../../shared/time';
import type { FieldIssue } from '../../shared/errors';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import type { UserRecord } from '../platform/users.store';
import { approvedProfile, toPublicProfile } from './volunteers.service';
import {
  deleteOpenSlot,
  getSchedule,
  getSlot,
  putOpenSlot,
  queryOpenSlots,
  queryVolunteerSlots,
  writeSchedule,
  type OpenSlotRecord,
  type SlotRecord,
} from './slots.store';

const WEEK_MS = 7 * DAY_MS;
const SCHEDULE_ATTEMPTS = 25;

/** A short random pause so that writers who lost an optimistic race do not collide again at once. */
export const backoff = (attempt: number) =>
  new Promise((r) => setTimeout(r, Math.random() * Math.min(40, 4 * (attempt + 1))));

const invalid = (fields: FieldIssue[]) => new AppError('VALIDATION_FAILED', fields);

/** Checks the time rules for every weekly occurrence; returns the start instants (ms). */
export function occurrences(nowMs: number, startIso: string, repeatWeeks: number): number[] {
  const first = Date.parse(startIso);
  if (!isQuarterHour(first)) {
    throw invalid([{ path: 'start', message: '开始时间要选整点，或者 15 分、30 分、45 分' }]);
  }
  if (first < nowMs + SLOT_MIN_LEAD_MINUTES * MINUTE_MS) {
    throw invalid([{ path: 'start', message: '开始时间至少要在 2 小时以后' }]);
  }
  const starts = Array.from({ length: repeatWeeks }, (_, k) => first + k * WEEK_MS);
  const latest = nowMs + SLOT_MAX_DAYS_AHEAD * DAY_MS;
  const tooFar = starts.findIndex((s) => s > latest);
  if (tooFar >= 0) {
    throw invalid([
      {
        path: tooFar === 0 ? 'start' : 'repeatWeeks',
        message: `只能发布 ${SLOT_MAX_DAYS_AHEAD} 天以内的时间`,
      },
    ]);
  }
  return starts;
}

/**
 * Reserves the intervals in her schedule item. Overlap-freedom needs a check against all of
 * her slots, which no condition expression can express, and dynalite has no transactions; so
 * the whole set of her intervals lives in ONE item with a `version`, and a write succeeds only
 * if the version is still the one read (optimistic locking). A loser re-reads and re-checks
 * overlap, so two overlapping requests at once end with one slot and one 409 SLOT_OVERLAP.
 * One item per volunteer (not per Beijing day) because a weekly repeat spans many days and
 * must be all-or-nothing; 60 days of slots is a few KB, far below the 400 KB item limit.
 */
export async function reserveIntervals(deps: Deps, volunteerId: string, wanted: [number, number][]): Promise<void> {
  for (let attempt = 0; attempt < SCHEDULE_ATTEMPTS; attempt++) {
    const nowMs = deps.clock().getTime();
    const schedule = await getSchedule(deps, volunteerId);
    // Intervals that have ended can never overlap a new slot (which starts 2 h ahead).
    const kept = schedule.intervals.filter(([, e]) => e > nowMs);
    if (wanted.some(([s, e]) => kept.some(([ks, ke]) => overlaps(s, e, ks, ke)))) throw new AppError('SLOT_OVERLAP');
    if (await writeSchedule(deps, volunteerId, [...kept, ...wanted], schedule.version)) return;
    await backoff(attempt);
  }
  throw new AppError('VERSION_CONFLICT');
}

/** Takes one interval (by its start) out of her schedule, so the time can be offered again. */
export async function freeInterval(deps: Deps, volunteerId: string, startMs: number): Promise<void> {
  for (let attempt = 0; attempt < SCHEDULE_ATTEMPTS; attempt++) {
    const schedule = await getSchedule(deps, volunteerId);
    const kept = schedule.intervals.filter(([s]) => s !== startMs);
    if (kept.length === schedule.intervals.length) return;
    if (await writeSchedule(deps, volunteerId, kept, schedule.version)) return;
    await backoff(attempt);
  }
  throw new AppError('VERSION_CONFLICT');
}

/** What every view of a slot starts with: when, how long, how and where (`slotTimes`). */
const slotTimesOf = (rec: Pick<SlotRecord, 'id' | 'start' | 'end' | 'durationMinutes' | 'mode' | 'location'>) => ({
  id: rec.id,
  start: rec.start,
  end: rec.end,
  durationMinutes: rec.durationMinutes,
  mode: rec.mode,
  location: rec.location,
});

export function toVolunteerSlot(deps: Pick<Deps, 'cipher'>, rec: SlotRecord): VolunteerSlot {
  const b = rec.booking;
  return {
    ...slotTimesOf(rec),
    status: rec.state === 'open' ? 'open' : 'booked',
    booking:
      b && rec.state !== 'open'
        ? {
            id: rec.id,
            status: rec.state,
            resident: { displayName: b.residentName },
            topic: b.topic,
            note: b.note ? deps.cipher.decrypt(b.note) : null,
            createdAt: b.createdAt,
            outcome: b.outcome ?? null,
          }
        : null,
  };
}

export const toOpenSlot = (rec: OpenSlotRecord): OpenSlot => ({ ...slotTimesOf(rec), volunteer: rec.volunteer });

export async function createSlots(
  deps: Deps,
  user: UserRecord,
  input: SlotCreateInput,
): Promise<{ items: VolunteerSlot[] }> {
  const profile = await approvedProfile(deps, user.id);
  if (!profile) throw new AppError('FORBIDDEN');
  const now = deps.clock();
  const starts = occurrences(now.getTime(), input.start, input.repeatWeeks);
  const durationMs = input.durationMinutes * MINUTE_MS;
  await reserveIntervals(
    deps,
    user.id,
    starts.map((s) => [s, s + durationMs]),
  );
  const slots: SlotRecord[] = starts.map((s) => ({
    id: deps.ids(),
    volunteerId: user.id,
    volunteer: toPublicProfile(profile),
    start: new Date(s).toISOString(),
    end: new Date(s + durationMs).toISOString(),
    durationMinutes: input.durationMinutes,
    mode: input.mode,
    location: input.mode === 'in-person' ? (input.location ?? null) : null,
    state: 'open',
    createdAt: now.toISOString(),
    booking: null,
  }));
  for (const slot of slots) await putOpenSlot(deps, slot);
  return { items: slots.map((s) => toVolunteerSlot(deps, s)) };
}

export async function deleteSlot(deps: Deps, user: UserRecord, slotId: string): Promise<void> {
  const slot = await getSlot(deps, slotId);
  if (!slot || slot.volunteerId !== user.id || slot.state === 'cancelled') throw new AppError('NOT_FOUND');
  if (slot.state !== 'open' || !(await deleteOpenSlot(deps, slotId, user.id))) {
    const now = await getSlot(deps, slotId);
    throw new AppError(now ? 'SLOT_BOOKED' : 'NOT_FOUND');
  }
  await freeInterval(deps, user.id, Date.parse(slot.start));
}

export async function listVolunteerSlots(deps: Deps, user: UserRecord, q: VolunteerSlotsQuery): Promise<VolunteerSlotPage> {
  const nowMs = deps.clock().getTime();
  const from = q.from ? new Date(q.from).toISOString() : new Date(nowMs - DAY_MS).toISOString();
  const to = q.to ? new Date(q.to).toISOString() : new Date(nowMs + (SLOT_MAX_DAYS_AHEAD + 1) * DAY_MS).toISOString();
  if (to < from) return { items: [], nextCursor: null };
  const page = await queryVolunteerSlots(deps, user.id, from, to, q.limit, q.cursor);
  return { items: page.items.map((s) => toVolunteerSlot(deps, s)), nextCursor: page.nextCursor };
}

/** Open slots that have not started, soonest first; by default the next 14 days. */
export async function listOpenSlots(deps: Deps, q: SlotsQuery): Promise<OpenSlotPage> {
  const nowMs = deps.clock().getTime();
  const fromMs = Math.max(q.from ? Date.parse(q.from) : nowMs, nowMs + 1);
  const toMs = q.to ? Date.parse(q.to) : nowMs + 14 * DAY_MS;
  if (toMs < fromMs) return { items: [], nextCursor: null };
  const page = await queryOpenSlots(
    deps,
    new Date(fromMs).toISOString(),
    new Date(toMs).toISOString(),
    { mode: q.mode, city: q.city, topic: q.topic },
    q.limit,
    q.cursor,
  );
  return { items: page.items.map(toOpenSlot), nextCursor: page.nextCursor };
}
