import {
  CHECKIN_OPENS_MINUTES_BEFORE,
  MAX_EVENT_HOURS,
  type CheckinCode,
  type EventCreateRequest,
  type EventDetail,
  type EventPage,
  type EventPatchRequest,
  type EventsQuery,
  type EventSummary,
  type MySignup,
  type MySignupPage,
  type OrganiserSignups,
  type SignupRequest,
} from '../../shared/events';
import { communityById, inScope, unitById } from '../../shared/org';
import { HOUR_MS, MINUTE_MS } from '../../shared/time';
import type { FieldIssue } from '../../shared/errors';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import { bumpStats } from '../platform/stats';
import type { UserRecord } from '../platform/users.store';
import { getVolunteer } from '../bookings/volunteers.store';
import { currentCheckinCode, isValidCheckinCode } from './checkin';
import {
  allUserSignups,
  cancelEventItem,
  deleteSignup,
  deleteSignupBeforeStart,
  getEvent,
  getSignup,
  listSignups,
  markCheckedIn,
  moveSignups,
  putEvent,
  putSignup,
  queryEvents,
  queryOrganiserEvents,
  queryUserSignups,
  releaseSeat,
  takeSeat,
  updateEvent,
  type EventRecord,
  type SignupRecord,
} from './events.store';
import { tellSignedUp } from './notices';
import { deleteYearTotal, serviceYearsOf } from './hours.store';

// --- views --------------------------------------------------------------------

export const toSummary = (e: EventRecord): EventSummary => ({
  id: e.id,
  title: e.title,
  kind: e.kind,
  topics: e.topics,
  start: e.start,
  end: e.end,
  venue: e.venue,
  city: e.city,
  district: e.district,
  community: e.community,
  communityName: communityById(e.community)?.name ?? null,
  capacity: e.capacity,
  seatsLeft: Math.max(0, e.capacity - e.taken),
  status: e.status,
  speakers: e.speakers,
});

const toMine = (s: SignupRecord): MySignup => ({ status: s.status, signedUpAt: s.signedUpAt, checkedInAt: s.checkedInAt });

/** The organiser, a speaker, or staff whose region holds the event. */
export function canManage(user: UserRecord | null, e: EventRecord): boolean {
  if (!user) return false;
  if (e.organiserId === user.id) return true;
  if (user.role === 'volunteer' && e.speakers.some((s) => s.id === user.id)) return true;
  const unit = user.role === 'staff' ? unitById(user.unitId) : undefined;
  return unit !== undefined && inScope(unit, e);
}

async function loadEvent(deps: Deps, eventId: string): Promise<EventRecord> {
  const e = await getEvent(deps, eventId);
  if (!e) throw new AppError('NOT_FOUND');
  return e;
}

async function managedEvent(deps: Deps, user: UserRecord, eventId: string): Promise<EventRecord> {
  const e = await loadEvent(deps, eventId);
  if (!canManage(user, e)) throw new AppError('FORBIDDEN');
  return e;
}

// --- publishing -----------------------------------------------------------------

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', [{ path, message }] satisfies FieldIssue[]);

type Placed = Pick<EventRecord, 'start' | 'end' | 'city' | 'district' | 'community'>;

/** Time and place rules shared by publish and edit. */
function checkTimeAndPlace(now: Date, e: Placed, startChanged: boolean) {
  const start = Date.parse(e.start);
  const end = Date.parse(e.end);
  if (startChanged && start <= now.getTime()) throw invalid('start', '开始时间要在现在以后');
  if (end <= start) throw invalid('end', '结束时间要晚于开始时间');
  if (end - start > MAX_EVENT_HOURS * HOUR_MS) throw invalid('end', `一场活动最长 ${MAX_EVENT_HOURS} 小时`);
  if (e.community) {
    const c = communityById(e.community);
    if (!c) throw invalid('community', '没有这个社区');
    if (c.city !== e.city || c.district !== e.district) throw invalid('community', '社区不在所选的市和区县里');
  }
}

/** Speakers must be approved volunteers; residents see them by their public name (陈律师). */
async function resolveSpeakers(deps: Deps, ids: string[]): Promise<EventRecord['speakers']> {
  const unique = [...new Set(ids)];
  const out: EventRecord['speakers'] = [];
  for (const id of unique) {
    const v = await getVolunteer(deps, id);
    if (!v || v.status !== 'approved') throw invalid('speakers', '主讲人必须是已通过审核的志愿者');
    out.push({ id, displayName: v.publicName });
  }
  return out;
}

function checkRegion(user: UserRecord, place: Pick<EventRecord, 'city' | 'district'>) {
  if (user.role !== 'staff') return;
  const unit = unitById(user.unitId);
  if (!unit || !inScope(unit, place)) throw new AppError('FORBIDDEN', undefined, '这个地方不在您所在妇联的范围内');
}

/** Staff in their region, or an approved volunteer (who speaks herself unless she names others). */
export async function createEvent(deps: Deps, user: UserRecord, input: EventCreateRequest): Promise<EventDetail> {
  if (user.role !== 'staff' && user.role !== 'volunteer') throw new AppError('FORBIDDEN');
  if (user.role === 'volunteer' && (await getVolunteer(deps, user.id))?.status !== 'approved') throw new AppError('FORBIDDEN');
  const now = deps.clock();
  const place: Placed = { ...input, community: input.community ?? null };
  checkTimeAndPlace(now, place, true);
  checkRegion(user, place);
  const speakers = await resolveSpeakers(deps, input.speakers ?? (user.role === 'volunteer' ? [user.id] : []));
  const at = now.toISOString();
  const e: EventRecord = {
    id: deps.ids(),
    title: input.title,
    kind: input.kind,
    topics: [...new Set(input.topics)],
    start: new Date(input.start).toISOString(),
    end: new Date(input.end).toISOString(),
    venue: input.venue,
    city: input.city,
    district: input.district,
    community: input.community ?? null,
    capacity: input.capacity,
    taken: 0,
    description: input.description,
    speakers,
    organiserId: user.id,
    organiserName: user.displayName,
    status: 'published',
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  await putEvent(deps, e);
  return detailFor(deps, user, e);
}

/** Edit with the version she read; capacity never below the seats already taken. A new time or place is told to everyone signed up. */
export async function patchEvent(deps: Deps, user: UserRecord, eventId: string, input: EventPatchRequest): Promise<EventDetail> {
  const current = await managedEvent(deps, user, eventId);
  if (current.status === 'cancelled') throw new AppError('EVENT_CANCELLED');
  const { version, speakers, ...rest } = input;
  const changes: Partial<EventRecord> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (changes.start) changes.start = new Date(changes.start).toISOString();
  if (changes.end) changes.end = new Date(changes.end).toISOString();
  if (changes.topics) changes.topics = [...new Set(changes.topics)];
  if (speakers) changes.speakers = await resolveSpeakers(deps, speakers);
  const next = { ...current, ...changes };
  const now = deps.clock();
  if (Date.parse(current.start) <= now.getTime()) throw new AppError('EVENT_STARTED');
  checkTimeAndPlace(now, next, changes.start !== undefined && changes.start !== current.start);
  checkRegion(user, next);
  if (version !== current.version) throw new AppError('VERSION_CONFLICT');
  if (next.capacity < current.taken) throw invalid('capacity', `已有 ${current.taken} 人报名，名额不能少于这个数`);
  const done = await updateEvent(deps, current, changes, now.toISOString());
  if (!done) {
    const fresh = await loadEvent(deps, eventId);
    if (fresh.status === 'cancelled') throw new AppError('EVENT_CANCELLED');
    if (changes.capacity !== undefined && fresh.taken > changes.capacity) {
      throw invalid('capacity', `已有 ${fresh.taken} 人报名，名额不能少于这个数`);
    }
    throw new AppError('VERSION_CONFLICT');
  }
  if (done.start !== current.start) await moveSignups(deps, done.id, done.start);
  const moved = (['start', 'end', 'venue', 'city', 'district', 'community'] as const).some((k) => done[k] !== current[k]);
  if (moved) await tellSignedUp(deps, done, 'event-changed');
  return detailFor(deps, user, done);
}

/** Cancels once and tells everyone signed up, with the fixed template only. */
export async function cancelEvent(deps: Deps, user: UserRecord, eventId: string): Promise<EventDetail> {
  const current = await managedEvent(deps, user, eventId);
  if (Date.parse(current.end) <= deps.clock().getTime()) throw new AppError('INVALID_STATE', undefined, '活动已经结束了');
  const done = await cancelEventItem(deps, eventId, deps.clock().toISOString());
  if (!done) throw new AppError('EVENT_CANCELLED');
  await tellSignedUp(deps, done, 'event-cancelled');
  return detailFor(deps, user, done);
}

// --- reading --------------------------------------------------------------------

export async function listEvents(deps: Deps, q: EventsQuery): Promise<EventPage> {
  const from = q.from ? new Date(q.from).toISOString() : deps.clock().toISOString();
  const page = await queryEvents(deps, { city: q.city, from, topic: q.topic }, q.limit, q.cursor);
  return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
}

async function detailFor(deps: Deps, caller: UserRecord | null, e: EventRecord): Promise<EventDetail> {
  const mine = caller ? await getSignup(deps, e.id, caller.id) : null;
  return {
    ...toSummary(e),
    description: e.description,
    organiserName: e.organiserName,
    version: e.version,
    mine: mine ? toMine(mine) : null,
    canManage: canManage(caller, e),
  };
}

export async function getEventDetail(deps: Deps, caller: UserRecord | null, eventId: string): Promise<EventDetail> {
  return detailFor(deps, caller, await loadEvent(deps, eventId));
}

/** Events she organises or that her region's staff publish, from today on. */
export async function listOrganised(deps: Deps, user: UserRecord, limit: number, cursor?: string): Promise<EventPage> {
  const from = new Date(deps.clock().getTime() - 24 * HOUR_MS).toISOString();
  const page = await queryOrganiserEvents(deps, user.id, from, limit, cursor);
  return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
}

// --- sign-up --------------------------------------------------------------------

/** After a refused seat, the reason a person can act on. */
async function whySeatRefused(deps: Deps, eventId: string, until: 'start' | 'end'): Promise<AppError> {
  const e = await loadEvent(deps, eventId);
  if (e.status === 'cancelled') return new AppError('EVENT_CANCELLED');
  if (Date.parse(e[until]) <= deps.clock().getTime()) return new AppError(until === 'start' ? 'EVENT_STARTED' : 'CHECKIN_CLOSED');
  return new AppError('EVENT_FULL');
}

/**
 * A seat is taken first (one conditional ADD on the event: the capacity invariant), then
 * her sign-up is put on the key made of both ids (the one-per-person invariant). If she
 * was already signed up, the seat this request took is given back.
 */
export async function signUp(deps: Deps, user: UserRecord, eventId: string, input: SignupRequest): Promise<EventDetail> {
  const e = await loadEvent(deps, eventId);
  const now = deps.clock();
  if (await getSignup(deps, eventId, user.id)) throw new AppError('ALREADY_SIGNED_UP');
  if (!(await takeSeat(deps, eventId, now.toISOString(), 'start'))) {
    // Her own double tap may hold the seats for a moment: being signed up is the better answer.
    if (await getSignup(deps, eventId, user.id)) throw new AppError('ALREADY_SIGNED_UP');
    throw await whySeatRefused(deps, eventId, 'start');
  }
  const put = await putSignup(deps, {
    eventId,
    userId: user.id,
    eventStart: e.start,
    name: input.name ? deps.cipher.encrypt(input.name) : null,
    status: 'signed-up',
    walkIn: false,
    signedUpAt: now.toISOString(),
    checkedInAt: null,
  });
  if (!put) {
    await releaseSeat(deps, eventId);
    throw new AppError('ALREADY_SIGNED_UP');
  }
  await bumpStats(deps, { eventSignups: 1 });
  return getEventDetail(deps, user, eventId);
}

/** She withdraws until the event starts; the seat is free at once. */
export async function withdraw(deps: Deps, user: UserRecord, eventId: string): Promise<EventDetail> {
  const now = deps.clock().toISOString();
  if (await deleteSignupBeforeStart(deps, eventId, user.id, now)) {
    await releaseSeat(deps, eventId);
    return getEventDetail(deps, user, eventId);
  }
  const s = await getSignup(deps, eventId, user.id);
  if (!s) throw new AppError('NOT_FOUND');
  if (s.status === 'checked-in') throw new AppError('INVALID_STATE', undefined, '您已经签到了');
  throw new AppError('EVENT_STARTED');
}

export async function listMySignups(deps: Deps, user: UserRecord, limit: number, cursor?: string): Promise<MySignupPage> {
  // Events of the last week stay in her list so a check-in or a cancellation is still visible.
  const from = new Date(deps.clock().getTime() - 7 * 24 * HOUR_MS).toISOString();
  const page = await queryUserSignups(deps, user.id, from, limit, cursor);
  const items = [];
  for (const s of page.items) {
    const e = await getEvent(deps, s.eventId);
    if (e) items.push({ event: toSummary(e), signup: toMine(s) });
  }
  return { items, nextCursor: page.nextCursor };
}

/** Numbers, states and only the names people chose to give. */
export async function signupsFor(deps: Deps, user: UserRecord, eventId: string): Promise<OrganiserSignups> {
  const e = await managedEvent(deps, user, eventId);
  const list = (await listSignups(deps, eventId)).sort((a, b) => a.signedUpAt.localeCompare(b.signedUpAt));
  return {
    capacity: e.capacity,
    taken: e.taken,
    checkedIn: list.filter((s) => s.status === 'checked-in').length,
    items: list.map((s, i) => ({
      n: i + 1,
      name: s.name ? deps.cipher.decrypt(s.name) : null,
      status: s.status,
      walkIn: s.walkIn,
      signedUpAt: s.signedUpAt,
      checkedInAt: s.checkedInAt,
    })),
  };
}

// --- check-in -------------------------------------------------------------------

export async function checkinCodeFor(deps: Deps, user: UserRecord, eventId: string): Promise<CheckinCode> {
  const e = await managedEvent(deps, user, eventId);
  if (e.status === 'cancelled') throw new AppError('EVENT_CANCELLED');
  return currentCheckinCode(deps.config, e.id, deps.clock());
}

/**
 * With the code on the organiser's screen she becomes 已签到. Without a sign-up she is a
 * walk-in and takes a seat (the same conditional ADD) while any remain.
 */
export async function checkIn(deps: Deps, user: UserRecord, eventId: string, code: string): Promise<MySignup> {
  const e = await loadEvent(deps, eventId);
  const now = deps.clock();
  if (e.status === 'cancelled') throw new AppError('EVENT_CANCELLED');
  if (!isValidCheckinCode(deps.config, eventId, code, now)) throw new AppError('CHECKIN_CODE_INVALID');
  const opens = Date.parse(e.start) - CHECKIN_OPENS_MINUTES_BEFORE * MINUTE_MS;
  if (now.getTime() < opens || now.getTime() >= Date.parse(e.end)) throw new AppError('CHECKIN_CLOSED');
  const nowIso = now.toISOString();
  const existing = await getSignup(deps, eventId, user.id);
  if (!existing) {
    if (!(await takeSeat(deps, eventId, nowIso, 'end'))) throw await whySeatRefused(deps, eventId, 'end');
    const walkIn: SignupRecord = {
      eventId,
      userId: user.id,
      eventStart: e.start,
      name: null,
      status: 'checked-in',
      walkIn: true,
      signedUpAt: nowIso,
      checkedInAt: nowIso,
    };
    if (await putSignup(deps, walkIn)) {
      await bumpStats(deps, { eventCheckins: 1 });
      return toMine(walkIn);
    }
    // Her own other request got there first; this seat is not needed.
    await releaseSeat(deps, eventId);
  }
  if (await markCheckedIn(deps, eventId, user.id, nowIso)) await bumpStats(deps, { eventCheckins: 1 });
  const s = await getSignup(deps, eventId, user.id);
  if (!s) throw new AppError('INVALID_STATE');
  return toMine(s);
}

// --- her account ----------------------------------------------------------------

/**
 * Deletes every sign-up of hers (DELETE /api/me). A seat of an event that has not ended is
 * given back, so deleting her account frees her place. Her service entries live in her own
 * partition, which the account eraser removes after this.
 */
export async function eraseUserEvents(deps: Deps, userId: string): Promise<void> {
  // A volunteer's yearly totals sit in the federation's year partition, not hers: remove them too.
  for (const year of await serviceYearsOf(deps, userId)) await deleteYearTotal(deps, userId, year);
  const now = deps.clock().getTime();
  for (const s of await allUserSignups(deps, userId)) {
    if (!(await deleteSignup(deps, s.eventId, userId))) continue;
    const e = await getEvent(deps, s.eventId);
    if (e && Date.parse(e.end) > now) await releaseSeat(deps, s.eventId);
  }
}
