import type { Page } from '../../shared/common';
import { COMMUNITIES, communityById, inScope, unitById, type Community, type FederationUnit } from '../../shared/org';
import {
  contactDeadline,
  isContact,
  type CloseRequest,
  type Referral,
  type ReferralAcceptRequest,
  type ReferralCreateRequest,
  type ReferralStatCounter,
  type ReferralStatsResponse,
  type VisitRequest,
  REFERRAL_STAT_COUNTERS,
} from '../../shared/referrals';
import { MINUTE_MS } from '../../shared/time';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import { logger } from '../platform/logger';
import { notify, type TemplateName } from '../platform/notifications';
import { bumpStats, readStats } from '../platform/stats';
import { getUser, type UserRecord } from '../platform/users.store';
import { getQuestion } from '../qa/questions.store';
import { getSlot } from '../bookings/slots.store';
import {
  acceptReferral,
  claimReferral,
  closeReferral,
  declineReferral,
  deleteOverdue,
  deleteVisits,
  forgetResident,
  getReferral,
  insertReferral,
  listByCommunity,
  listByResident,
  listMembers,
  listOverdueIds,
  listVisits,
  putVisit,
  recordVisit,
  releaseSource,
  takeSource,
  withdrawReferral,
  type ReferralRecord,
  type VisitRecord,
} from './referrals.store';

/**
 * The rules of a referral. Nothing about her reaches a worker before she accepts; then only
 * what she chose to share, and only to workers of the community she picked. Every state
 * change is one conditional write in the store; a refused write is re-read only to choose
 * the answer (404 when the caller may not see it, 409 when it is in another state).
 */

/** Org ids for membership lists: a federation unit's staff, a community's workers. */
export const unitOrg = (unitId: string) => `unit:${unitId}`;
export const communityOrg = (communityId: string) => `community:${communityId}`;

const OPEN_STATES = ['accepted', 'claimed'] as const;
const isOpen = (r: ReferralRecord) => (OPEN_STATES as readonly string[]).includes(r.status);

export const listCommunities = (): { items: Community[] } => ({ items: [...COMMUNITIES] });

// --- counting and telling ------------------------------------------------------------------

/** Province, city and district counters (bumpStats never fails the action it counts). */
export const countReferral = (
  deps: Deps,
  place: { city: string | null; district: string | null },
  counters: Partial<Record<ReferralStatCounter, number>>,
): Promise<void> => bumpStats(deps, counters, { place });

/** Fixed-template notices only, never a word she or anyone else wrote; best effort. */
export async function tell(deps: Deps, userIds: (string | null | undefined)[], template: TemplateName, id: string) {
  for (const userId of new Set(userIds)) {
    if (!userId) continue;
    try {
      const user = await getUser(deps, userId);
      if (user) await notify(deps, user, { template, id });
    } catch (e) {
      logger.warn('referral notice failed', { fn: 'referrals', errorName: (e as Error).name });
    }
  }
}

// --- views -------------------------------------------------------------------------------

type Viewer = Referral['viewer'];

function viewerOf(user: UserRecord, r: ReferralRecord): Viewer | null {
  if (r.residentId && user.id === r.residentId) return 'resident';
  const shared = r.status === 'accepted' || r.status === 'claimed' || r.status === 'closed';
  if (user.role === 'worker' && shared && user.communityId && user.communityId === r.communityId) return 'worker';
  if (user.role === 'staff' && shared && r.city && r.district) {
    const unit = unitById(user.unitId);
    if (unit && inScope(unit, { city: r.city, district: r.district })) return 'staff';
  }
  if (user.id === r.proposerId) return 'proposer';
  return null;
}

async function view(
  deps: Deps,
  user: UserRecord,
  r: ReferralRecord,
  viewer: Viewer,
  detail: boolean,
): Promise<Referral> {
  const now = deps.clock().toISOString();
  const open = isOpen(r);
  const seesShared = viewer === 'resident' || viewer === 'worker';
  const seesPlace = viewer !== 'proposer';
  const dec = (s: string | null) => (s ? deps.cipher.decrypt(s) : null);
  let visits: Referral['visits'] = null;
  if (detail && seesShared) {
    const all = await listVisits(deps, r.id);
    visits = all.map((v) => ({
      id: v.id,
      at: v.at,
      kind: v.kind,
      result: v.result,
      note: viewer === 'worker' ? dec(v.note) : null,
      nextVisitAt: v.nextVisitAt,
    }));
  }
  let question: Referral['question'] = null;
  if (detail && viewer === 'worker' && r.shareQuestion && r.questionId) {
    const q = await getQuestion(deps, r.questionId);
    if (q) question = { title: q.title, body: q.body };
  }
  const community = seesPlace ? (communityById(r.communityId) ?? null) : null;
  return {
    id: r.id,
    viewer,
    status: r.status,
    reason: r.reason,
    urgent: r.urgent,
    proposedBy: r.proposedBy,
    createdAt: r.createdAt,
    questionId: viewer === 'resident' ? r.questionId : null,
    bookingId: viewer === 'resident' ? r.bookingId : null,
    community: community ? { ...community } : null,
    acceptedAt: seesPlace ? r.acceptedAt : null,
    dueAt: seesPlace && open ? r.dueAt : null,
    overdue: seesPlace && open && r.dueAt !== null && r.dueAt < now,
    escalated: seesPlace && open && r.escalatedDue !== null && r.escalatedDue === r.dueAt,
    claimed: r.claimedBy !== null,
    claimedByMe: r.claimedBy === user.id,
    contactedAt: seesPlace ? r.contactedAt : null,
    visitCount: seesPlace ? r.visitCount : 0,
    outcome: seesPlace ? r.outcome : null,
    closedAt: r.closedAt,
    contact:
      seesShared && detail && open && r.safeToCall !== null
        ? { phone: dec(r.contactPhone), safeTimes: dec(r.safeTimes), safeToCall: r.safeToCall }
        : null,
    shareQuestion: seesShared ? r.shareQuestion : null,
    question,
    visits,
  };
}

async function visible(deps: Deps, user: UserRecord, id: string): Promise<{ r: ReferralRecord; viewer: Viewer }> {
  const r = await getReferral(deps, id);
  const viewer = r && viewerOf(user, r);
  if (!r || !viewer) throw new AppError('NOT_FOUND');
  return { r, viewer };
}

export async function getOne(deps: Deps, user: UserRecord, id: string): Promise<Referral> {
  const { r, viewer } = await visible(deps, user, id);
  return view(deps, user, r, viewer, true);
}

// --- proposing and consent ------------------------------------------------------------------

/** Who she is, from a question or booking the caller may propose for; 404 otherwise. */
async function sourceOf(
  deps: Deps,
  user: UserRecord,
  input: ReferralCreateRequest,
): Promise<{ residentId: string; proposedBy: 'volunteer' | 'resident' }> {
  if (input.questionId) {
    const q = await getQuestion(deps, input.questionId);
    if (!q) throw new AppError('NOT_FOUND');
    if (q.askerId === user.id) return { residentId: q.askerId, proposedBy: 'resident' };
    if (user.role === 'volunteer' && q.claimedBy === user.id && q.status === 'claimed') {
      return { residentId: q.askerId, proposedBy: 'volunteer' };
    }
    throw new AppError('NOT_FOUND');
  }
  const slot = input.bookingId ? await getSlot(deps, input.bookingId) : null;
  const b = slot?.booking;
  if (!slot || !b || user.role !== 'volunteer' || slot.volunteerId !== user.id) throw new AppError('NOT_FOUND');
  if (slot.state !== 'booked' && slot.state !== 'completed') throw new AppError('INVALID_STATE');
  return { residentId: b.residentId, proposedBy: 'volunteer' };
}

export async function propose(deps: Deps, user: UserRecord, input: ReferralCreateRequest): Promise<Referral> {
  const { residentId, proposedBy } = await sourceOf(deps, user, input);
  const rec: ReferralRecord = {
    id: deps.ids(),
    status: 'proposed',
    residentId,
    proposerId: user.id,
    proposedBy,
    questionId: input.questionId ?? null,
    bookingId: input.bookingId ?? null,
    reason: input.reason,
    urgent: input.urgent,
    createdAt: deps.clock().toISOString(),
    communityId: null,
    city: null,
    district: null,
    contactPhone: null,
    safeTimes: null,
    safeToCall: null,
    shareQuestion: null,
    acceptedAt: null,
    contactDueAt: null,
    dueAt: null,
    claimedBy: null,
    claimedAt: null,
    contactedAt: null,
    visitCount: 0,
    escalatedDue: null,
    escalatedAt: null,
    outcome: null,
    closedAt: null,
  };
  if (!(await takeSource(deps, rec))) throw new AppError('REFERRAL_OPEN');
  await insertReferral(deps, rec);
  await countReferral(deps, rec, { referralsProposed: 1 });
  if (proposedBy === 'volunteer') await tell(deps, [residentId], 'referral-proposed', rec.id);
  return view(deps, user, rec, proposedBy === 'resident' ? 'resident' : 'proposer', false);
}

/** After a refused conditional write: 404 if the caller may not see it, else 409. */
async function refusal(deps: Deps, user: UserRecord, id: string): Promise<AppError> {
  await visible(deps, user, id);
  return new AppError('INVALID_STATE');
}

async function ownProposal(deps: Deps, user: UserRecord, id: string): Promise<ReferralRecord> {
  const r = await getReferral(deps, id);
  if (!r || r.residentId !== user.id) throw new AppError('NOT_FOUND');
  return r;
}

export async function accept(deps: Deps, user: UserRecord, id: string, input: ReferralAcceptRequest): Promise<Referral> {
  const r = await ownProposal(deps, user, id);
  const community = communityById(input.communityId);
  if (!community) throw new AppError('VALIDATION_FAILED', [{ path: 'communityId', message: '请从列表里选择您的社区' }]);
  const acceptedAt = deps.clock().toISOString();
  const urgent = r.urgent === true;
  const done = await acceptReferral(deps, id, user.id, {
    communityId: community.id,
    city: community.city,
    district: community.district,
    contactPhone: input.contactPhone ? deps.cipher.encrypt(input.contactPhone) : null,
    safeTimes: input.safeTimes ? deps.cipher.encrypt(input.safeTimes) : null,
    safeToCall: input.safeToCall,
    // Only a question has text to share; a booking's note stays between her and the volunteer.
    shareQuestion: Boolean(input.shareQuestion && r.questionId),
    acceptedAt,
    contactDueAt: contactDeadline(acceptedAt, urgent),
    urgent,
  });
  if (!done) throw new AppError('INVALID_STATE');
  await countReferral(deps, done, { referralsAccepted: 1 });
  const workers = await listMembers(deps, communityOrg(community.id));
  await tell(deps, [done.proposedBy === 'volunteer' ? done.proposerId : null, ...workers], 'referral-update', id);
  return view(deps, user, done, 'resident', true);
}

export async function decline(deps: Deps, user: UserRecord, id: string): Promise<Referral> {
  await ownProposal(deps, user, id);
  const done = await declineReferral(deps, id, user.id, deps.clock().toISOString());
  if (!done) throw new AppError('INVALID_STATE');
  await releaseSource(deps, done);
  if (done.proposedBy === 'volunteer') await tell(deps, [done.proposerId], 'referral-update', id);
  return view(deps, user, done, 'resident', false);
}

/** Her consent ends: the referral closes, her details and the visit notes are deleted. */
export async function withdraw(deps: Deps, user: UserRecord, id: string): Promise<Referral> {
  await ownProposal(deps, user, id);
  const before = await withdrawReferral(deps, id, user.id, deps.clock().toISOString());
  if (!before) throw new AppError('INVALID_STATE');
  await releaseSource(deps, before);
  await deleteVisits(deps, id);
  await deleteOverdue(deps, before);
  if (before.status !== 'proposed') await countReferral(deps, before, { referralsWithdrawn: 1 });
  await tell(deps, [before.claimedBy], 'referral-update', id);
  const after = await getReferral(deps, id);
  if (!after) throw new AppError('NOT_FOUND');
  return view(deps, user, after, 'resident', false);
}

/** DELETE /api/me: every referral of hers is withdrawn and no longer names her. */
export async function eraseUserReferrals(deps: Deps, userId: string): Promise<void> {
  const now = deps.clock().toISOString();
  // Each pass takes the referrals it handles out of her index; the bound only guards a bug.
  for (let pass = 0; pass < 1000; pass++) {
    const page = await listByResident(deps, userId, 50);
    if (!page.items.length) return;
    for (const r of page.items) {
      const before = isOpen(r) || r.status === 'proposed' ? await withdrawReferral(deps, r.id, userId, now) : null;
      if (before) await releaseSource(deps, before);
      await deleteVisits(deps, r.id);
      await deleteOverdue(deps, r);
      if (before) await tell(deps, [before.claimedBy], 'referral-update', r.id);
      await forgetResident(deps, r.id, userId);
    }
  }
}

// --- the community worker ---------------------------------------------------------------------

function requireCommunity(user: UserRecord): string {
  if (user.role !== 'worker' || !user.communityId) throw new AppError('FORBIDDEN');
  return user.communityId;
}

export async function claim(deps: Deps, user: UserRecord, id: string): Promise<Referral> {
  const communityId = requireCommunity(user);
  const done = await claimReferral(deps, id, communityId, user.id, deps.clock().toISOString());
  if (!done) {
    const { r } = await visible(deps, user, id);
    throw new AppError(r.status === 'claimed' ? 'REFERRAL_CLAIMED' : 'INVALID_STATE');
  }
  await tell(deps, [done.residentId], 'referral-update', id);
  return view(deps, user, done, 'worker', true);
}

/** A visit may be recorded a little ahead of the server clock (phones drift), never later. */
const CLOCK_SLACK_MS = 5 * MINUTE_MS;

export async function addVisit(deps: Deps, user: UserRecord, id: string, input: VisitRequest): Promise<Referral> {
  requireCommunity(user);
  const { r } = await visible(deps, user, id);
  if (r.status !== 'claimed' || r.claimedBy !== user.id) throw new AppError('INVALID_STATE');
  const now = deps.clock();
  const at = new Date(input.at).toISOString();
  if (Date.parse(at) > now.getTime() + CLOCK_SLACK_MS || (r.acceptedAt && at < r.acceptedAt)) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'at', message: '时间要在她同意之后、现在之前' }]);
  }
  const next = input.nextVisitAt ? new Date(input.nextVisitAt).toISOString() : null;
  if (next && Date.parse(next) <= now.getTime()) {
    throw new AppError('VALIDATION_FAILED', [{ path: 'nextVisitAt', message: '下次回访要在以后' }]);
  }
  const firstContact = !r.contactedAt && isContact(input.result);
  const contactedAt = r.contactedAt ?? (firstContact ? at : null);
  // Until she is reached the contact deadline keeps running; after that, the next follow-up.
  const dueAt = contactedAt ? next : r.contactDueAt;
  const done = await recordVisit(deps, id, user.id, {
    expectedCount: r.visitCount,
    contactedAt,
    dueAt,
    // A deadline already escalated stays out of the sweep: it escalates once.
    reindexDue: dueAt !== null && dueAt !== r.escalatedDue,
    urgent: r.urgent === true,
    communityId: r.communityId ?? '',
    now: now.toISOString(),
  });
  if (!done) throw await refusal(deps, user, id);
  const visit: VisitRecord = {
    id: deps.ids(),
    at,
    kind: input.kind,
    result: input.result,
    note: input.note ? deps.cipher.encrypt(input.note) : null,
    nextVisitAt: next,
    workerId: user.id,
  };
  await putVisit(deps, id, visit);
  if (r.escalatedDue && r.escalatedDue === r.dueAt && dueAt !== r.dueAt) await deleteOverdue(deps, r);
  await countReferral(deps, r, {
    referralVisits: 1,
    referralsContacted: firstContact ? 1 : 0,
    referralsContactedInTime: firstContact && r.contactDueAt && at <= r.contactDueAt ? 1 : 0,
  });
  return view(deps, user, done, 'worker', true);
}

export async function close(deps: Deps, user: UserRecord, id: string, input: CloseRequest): Promise<Referral> {
  requireCommunity(user);
  const done = await closeReferral(deps, id, user.id, input.outcome, deps.clock().toISOString());
  if (!done) throw await refusal(deps, user, id);
  await releaseSource(deps, done);
  await deleteOverdue(deps, done);
  await countReferral(deps, done, { [`referralOutcome_${input.outcome}`]: 1 } as Partial<Record<ReferralStatCounter, number>>);
  await tell(deps, [done.residentId], 'referral-update', id);
  return view(deps, user, done, 'worker', true);
}

// --- lists ------------------------------------------------------------------------------------

export async function listMine(deps: Deps, user: UserRecord, limit: number, cursor?: string): Promise<Page<Referral>> {
  const page = await listByResident(deps, user.id, limit, cursor);
  return { items: await Promise.all(page.items.map((r) => view(deps, user, r, 'resident', false))), nextCursor: page.nextCursor };
}

/** Her community's open referrals, urgent first then by the deadline running. */
export async function listCommunity(deps: Deps, user: UserRecord, limit: number, cursor?: string): Promise<Page<Referral>> {
  const communityId = requireCommunity(user);
  const page = await listByCommunity(deps, communityId, limit, cursor);
  return { items: await Promise.all(page.items.map((r) => view(deps, user, r, 'worker', false))), nextCursor: page.nextCursor };
}

/** The districts a staff member's unit covers (districts are the Chinese names communities carry). */
function districtsInScope(unit: FederationUnit): { city: string; district: string }[] {
  const seen = new Map<string, { city: string; district: string }>();
  for (const c of COMMUNITIES) {
    if (inScope(unit, { city: c.city, district: c.district })) seen.set(`${c.city}#${c.district}`, { city: c.city, district: c.district });
  }
  return [...seen.values()];
}

/** Her federation unit; anyone else (or staff without a known unit) is refused. */
export function staffUnit(user: UserRecord): FederationUnit {
  const unit = user.role === 'staff' ? unitById(user.unitId) : undefined;
  if (!unit) throw new AppError('FORBIDDEN');
  return unit;
}

/** The district a staff list is about: her own district unit's, or one her city/province unit names. */
export function staffPlace(user: UserRecord, district?: string): { city: string; district: string } {
  const unit = staffUnit(user);
  const wanted = district ?? (unit.level === 'district' ? unit.district : undefined);
  const place = districtsInScope(unit).find((p) => p.district === wanted);
  if (!place) throw new AppError('VALIDATION_FAILED', [{ path: 'district', message: '请选择您负责的区县' }]);
  return place;
}

/** Escalated referrals of one district: a district's own staff, or a city/province unit naming the district. */
export async function listOverdue(
  deps: Deps,
  user: UserRecord,
  q: { district?: string; limit: number; cursor?: string },
): Promise<Page<Referral>> {
  const place = staffPlace(user, q.district);
  const page = await listOverdueIds(deps, place.city, place.district, q.limit, q.cursor);
  const items: Referral[] = [];
  for (const id of page.ids) {
    const r = await getReferral(deps, id);
    if (r) items.push(await view(deps, user, r, 'staff', false));
  }
  return { items, nextCursor: page.nextCursor };
}

export async function districtStats(deps: Deps, user: UserRecord, from: string, to: string): Promise<ReferralStatsResponse> {
  if (from > to) throw new AppError('VALIDATION_FAILED', [{ path: 'from', message: '开始日期要早于结束日期' }]);
  const unit = staffUnit(user);
  const items: ReferralStatsResponse['items'] = [];
  for (const place of districtsInScope(unit)) {
    const { totals } = await readStats(deps, from, to, place);
    items.push({ ...place, counters: Object.fromEntries(REFERRAL_STAT_COUNTERS.map((c) => [c, totals[c]])) });
  }
  return { items };
}
