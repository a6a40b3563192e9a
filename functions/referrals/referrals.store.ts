import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../shared/common';
import type {
  ReferralOutcome,
  ReferralReason,
  ReferralStatus,
  VisitKind,
  VisitResult,
} from '../../shared/referrals';
import type { Deps } from '../platform/deps';
import { isConditionFailed } from '../platform/errors';
import {
  REFERRALS_DUE_PK,
  communityReferralsIndex,
  communityReferralsPk,
  districtOverdueKey,
  districtOverduePk,
  orgMemberKey,
  orgMembersPrefix,
  referralDueIndex,
  referralKey,
  referralSourceKey,
  referralVisitKey,
  referralVisitsPrefix,
  residentReferralsIndex,
  residentReferralsPk,
} from '../platform/keys';
import { queryAll, queryFiltered } from '../platform/paging';

/**
 * Referral items. Every state change is one conditional update of the referral item, so
 * two workers claiming at once, or a sweep racing a visit, cannot both win. The contact
 * phone and safe times are stored encrypted (the service encrypts); on withdrawal they
 * are REMOVEd from the item, not blanked.
 */
export interface ReferralRecord {
  id: string;
  status: ReferralStatus;
  residentId: string | null;
  proposerId: string;
  proposedBy: 'volunteer' | 'resident';
  questionId: string | null;
  bookingId: string | null;
  reason: ReferralReason | null;
  urgent: boolean | null;
  createdAt: string;
  communityId: string | null;
  city: string | null;
  district: string | null;
  /** Stored form (encrypted). */
  contactPhone: string | null;
  safeTimes: string | null;
  safeToCall: boolean | null;
  shareQuestion: boolean | null;
  acceptedAt: string | null;
  contactDueAt: string | null;
  dueAt: string | null;
  claimedBy: string | null;
  claimedAt: string | null;
  contactedAt: string | null;
  visitCount: number;
  escalatedDue: string | null;
  escalatedAt: string | null;
  outcome: ReferralOutcome | null;
  closedAt: string | null;
}

export interface VisitRecord {
  id: string;
  at: string;
  kind: VisitKind;
  result: VisitResult;
  /** Stored form (encrypted). */
  note: string | null;
  nextVisitAt: string | null;
  workerId: string;
}

type StoreDeps = Pick<Deps, 'db'>;
type Item = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const bool = (v: unknown): boolean | null => (typeof v === 'boolean' ? v : null);

export const toReferralRecord = (i: Item): ReferralRecord => ({
  id: String(i.id),
  status: i.status as ReferralStatus,
  residentId: str(i.residentId),
  proposerId: String(i.proposerId),
  proposedBy: i.proposedBy === 'resident' ? 'resident' : 'volunteer',
  questionId: str(i.questionId),
  bookingId: str(i.bookingId),
  reason: str(i.reason) as ReferralReason | null,
  urgent: bool(i.urgent),
  createdAt: String(i.createdAt),
  communityId: str(i.communityId),
  city: str(i.city),
  district: str(i.district),
  contactPhone: str(i.contactPhone),
  safeTimes: str(i.safeTimes),
  safeToCall: bool(i.safeToCall),
  shareQuestion: bool(i.shareQuestion),
  acceptedAt: str(i.acceptedAt),
  contactDueAt: str(i.contactDueAt),
  dueAt: str(i.dueAt),
  claimedBy: str(i.claimedBy),
  claimedAt: str(i.claimedAt),
  contactedAt: str(i.contactedAt),
  visitCount: Number(i.visitCount ?? 0),
  escalatedDue: str(i.escalatedDue),
  escalatedAt: str(i.escalatedAt),
  outcome: str(i.outcome) as ReferralOutcome | null,
  closedAt: str(i.closedAt),
});

const OPEN = { ':accepted': 'accepted', ':claimed': 'claimed' };

async function update(db: StoreDeps['db'], input: Omit<ConstructorParameters<typeof UpdateCommand>[0], 'TableName'>) {
  try {
    const r = await db.doc.send(new UpdateCommand({ TableName: db.table, ReturnValues: 'ALL_NEW', ...input }));
    return r.Attributes ? toReferralRecord(r.Attributes) : null;
  } catch (e) {
    if (isConditionFailed(e)) return null;
    throw e;
  }
}

export async function insertReferral({ db }: StoreDeps, rec: ReferralRecord): Promise<void> {
  const item: Item = { ...referralKey(rec.id), type: 'referral', ...rec };
  for (const [k, v] of Object.entries(item)) if (v === null) delete item[k];
  if (rec.residentId) Object.assign(item, residentReferralsIndex(rec.residentId, rec.createdAt, rec.id));
  await db.doc.send(new PutCommand({ TableName: db.table, Item: item, ConditionExpression: 'attribute_not_exists(PK)' }));
}

export async function getReferral({ db }: StoreDeps, id: string): Promise<ReferralRecord | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: referralKey(id), ConsistentRead: true }));
  return Item && Item.type === 'referral' ? toReferralRecord(Item) : null;
}

export interface AcceptFields {
  communityId: string;
  city: string;
  district: string;
  contactPhone: string | null;
  safeTimes: string | null;
  safeToCall: boolean;
  shareQuestion: boolean;
  acceptedAt: string;
  contactDueAt: string;
  urgent: boolean;
}

/** proposed → accepted, by her only; from here her community's workers see what she shared. */
export function acceptReferral({ db }: StoreDeps, id: string, residentId: string, f: AcceptFields) {
  const sets = [
    '#s = :accepted',
    'communityId = :c',
    'city = :city',
    'district = :d',
    'safeToCall = :stc',
    'shareQuestion = :sq',
    'acceptedAt = :at',
    'contactDueAt = :due',
    'dueAt = :due',
    'updatedAt = :at',
    'GSI2PK = :g2pk',
    'GSI2SK = :g2sk',
    'GSI3PK = :g3pk',
    'GSI3SK = :g3sk',
  ];
  const values: Item = {
    ':accepted': 'accepted',
    ':proposed': 'proposed',
    ':me': residentId,
    ':c': f.communityId,
    ':city': f.city,
    ':d': f.district,
    ':stc': f.safeToCall,
    ':sq': f.shareQuestion,
    ':at': f.acceptedAt,
    ':due': f.contactDueAt,
    ':g2pk': communityReferralsPk(f.communityId),
    ':g2sk': communityReferralsIndex(f.communityId, f.urgent, f.contactDueAt, id).GSI2SK,
    ':g3pk': REFERRALS_DUE_PK,
    ':g3sk': referralDueIndex(f.contactDueAt, id).GSI3SK,
  };
  if (f.contactPhone) {
    sets.push('contactPhone = :phone');
    values[':phone'] = f.contactPhone;
  }
  if (f.safeTimes) {
    sets.push('safeTimes = :times');
    values[':times'] = f.safeTimes;
  }
  return update(db, {
    Key: referralKey(id),
    UpdateExpression: `SET ${sets.join(', ')}`,
    ConditionExpression: '#s = :proposed AND residentId = :me',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: values,
  });
}

export const declineReferral = ({ db }: StoreDeps, id: string, residentId: string, now: string) =>
  update(db, {
    Key: referralKey(id),
    UpdateExpression: 'SET #s = :declined, updatedAt = :now, closedAt = :now',
    ConditionExpression: '#s = :proposed AND residentId = :me',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':declined': 'declined', ':proposed': 'proposed', ':me': residentId, ':now': now },
  });

/** What a withdrawn referral forgets: everything about her and her situation. */
const FORGET = [
  'contactPhone',
  'safeTimes',
  'safeToCall',
  'shareQuestion',
  'questionId',
  'bookingId',
  'reason',
  'urgent',
  'GSI2PK',
  'GSI2SK',
  'GSI3PK',
  'GSI3SK',
];

/**
 * Withdrawal at any open step: the referral closes and keeps only the fact that a case
 * existed (id, place, dates, counts). Returns the record as it was, for the clean-up.
 */
export async function withdrawReferral({ db }: StoreDeps, id: string, residentId: string, now: string) {
  try {
    const r = await db.doc.send(
      new UpdateCommand({
        TableName: db.table,
        Key: referralKey(id),
        UpdateExpression: `SET #s = :withdrawn, updatedAt = :now, closedAt = :now REMOVE ${FORGET.join(', ')}`,
        ConditionExpression: 'residentId = :me AND #s IN (:proposed, :accepted, :claimed)',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':withdrawn': 'withdrawn', ':proposed': 'proposed', ':me': residentId, ':now': now, ...OPEN },
        ReturnValues: 'ALL_OLD',
      }),
    );
    return r.Attributes ? toReferralRecord(r.Attributes) : null;
  } catch (e) {
    if (isConditionFailed(e)) return null;
    throw e;
  }
}

/** Erasure of her account: the withdrawn remnant no longer names her either. */
export const forgetResident = ({ db }: StoreDeps, id: string, residentId: string) =>
  update(db, {
    Key: referralKey(id),
    UpdateExpression: `REMOVE residentId, GSI1PK, GSI1SK, ${FORGET.join(', ')}`,
    ConditionExpression: 'residentId = :me',
    ExpressionAttributeValues: { ':me': residentId },
  });

/** The exclusive claim: only while accepted and only by a worker of her community. */
export const claimReferral = ({ db }: StoreDeps, id: string, communityId: string, workerId: string, now: string) =>
  update(db, {
    Key: referralKey(id),
    UpdateExpression: 'SET #s = :claimed, claimedBy = :me, claimedAt = :now, updatedAt = :now',
    ConditionExpression: '#s = :accepted AND communityId = :c',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ...OPEN, ':c': communityId, ':me': workerId, ':now': now },
  });

export interface VisitUpdate {
  /** visitCount as read: the optimistic lock for the deadline arithmetic. */
  expectedCount: number;
  contactedAt: string | null;
  dueAt: string | null;
  /** False when this deadline was already escalated: it must not enter the sweep again. */
  reindexDue: boolean;
  urgent: boolean;
  communityId: string;
  now: string;
}

/** Counts a visit and moves the deadline: first contact, then the next follow-up (or none). */
export function recordVisit({ db }: StoreDeps, id: string, workerId: string, u: VisitUpdate) {
  const sets = ['visitCount = :n1', 'updatedAt = :now', 'GSI2SK = :g2sk', 'lastVisitAt = :now'];
  const removes: string[] = [];
  const values: Item = {
    ':claimed': 'claimed',
    ':me': workerId,
    ':n': u.expectedCount,
    ':n1': u.expectedCount + 1,
    ':now': u.now,
    ':g2sk': communityReferralsIndex(u.communityId, u.urgent, u.dueAt, id).GSI2SK,
  };
  if (u.contactedAt) {
    sets.push('contactedAt = :contacted');
    values[':contacted'] = u.contactedAt;
  }
  if (u.dueAt) {
    sets.push('dueAt = :due');
    values[':due'] = u.dueAt;
    if (u.reindexDue) {
      sets.push('GSI3PK = :g3pk', 'GSI3SK = :g3sk');
      values[':g3pk'] = REFERRALS_DUE_PK;
      values[':g3sk'] = referralDueIndex(u.dueAt, id).GSI3SK;
    }
  } else {
    removes.push('dueAt', 'GSI3PK', 'GSI3SK');
  }
  return update(db, {
    Key: referralKey(id),
    UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
    ConditionExpression: '#s = :claimed AND claimedBy = :me AND visitCount = :n',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: values,
  });
}

export async function putVisit({ db }: StoreDeps, referralId: string, v: VisitRecord): Promise<void> {
  const item: Item = { ...referralVisitKey(referralId, v.at, v.id), type: 'referral-visit', referralId, ...v };
  for (const [k, val] of Object.entries(item)) if (val === null) delete item[k];
  await db.doc.send(new PutCommand({ TableName: db.table, Item: item }));
}

export async function listVisits({ db }: StoreDeps, referralId: string): Promise<VisitRecord[]> {
  const p = referralVisitsPrefix(referralId);
  const items = await queryAll(db, { partitionValue: p.PK, sortCondition: 'begins_with(#sk, :v)', values: { ':v': p.SKPrefix } });
  return items.map((i) => ({
    id: String(i.id),
    at: String(i.at),
    kind: i.kind as VisitKind,
    result: i.result as VisitResult,
    note: str(i.note),
    nextVisitAt: str(i.nextVisitAt),
    workerId: String(i.workerId),
  }));
}

export async function deleteVisits({ db }: StoreDeps, referralId: string): Promise<void> {
  const p = referralVisitsPrefix(referralId);
  const items = await queryAll(db, { partitionValue: p.PK, sortCondition: 'begins_with(#sk, :v)', values: { ':v': p.SKPrefix } });
  for (const i of items) {
    await db.doc.send(new DeleteCommand({ TableName: db.table, Key: { PK: i.PK, SK: i.SK } }));
  }
}

/** Closing forgets how to reach her: the case is done, the phone is no longer needed. */
export const closeReferral = ({ db }: StoreDeps, id: string, workerId: string, outcome: ReferralOutcome, now: string) =>
  update(db, {
    Key: referralKey(id),
    UpdateExpression:
      'SET #s = :closed, outcome = :o, closedAt = :now, updatedAt = :now REMOVE contactPhone, safeTimes, dueAt, GSI2PK, GSI2SK, GSI3PK, GSI3SK',
    ConditionExpression: '#s = :claimed AND claimedBy = :me',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ':closed': 'closed', ':claimed': 'claimed', ':o': outcome, ':me': workerId, ':now': now },
  });

// --- the deadline sweep --------------------------------------------------------------

/** Referrals whose running deadline is before `nowIso` and not yet escalated. */
export async function queryDue({ db }: StoreDeps, nowIso: string): Promise<ReferralRecord[]> {
  const items = await queryAll(db, {
    index: 'GSI3',
    partitionValue: REFERRALS_DUE_PK,
    sortCondition: '#sk < :now',
    values: { ':now': nowIso },
  });
  return items.map(toReferralRecord);
}

/**
 * Escalates one missed deadline, once: the update takes the referral out of the due index
 * on the condition that this exact deadline is still the one in it. Null when another run
 * (or a visit that moved the deadline) got there first.
 */
export const markEscalated = ({ db }: StoreDeps, r: ReferralRecord, now: string) =>
  update(db, {
    Key: referralKey(r.id),
    UpdateExpression: 'SET escalatedDue = :due, escalatedAt = :now, updatedAt = :now REMOVE GSI3PK, GSI3SK',
    ConditionExpression: 'GSI3SK = :g3sk AND dueAt = :due AND #s IN (:accepted, :claimed)',
    ExpressionAttributeNames: { '#s': 'status' },
    ExpressionAttributeValues: { ...OPEN, ':due': r.dueAt, ':now': now, ':g3sk': referralDueIndex(r.dueAt ?? '', r.id).GSI3SK },
  });

// --- the district's overdue list ---------------------------------------------------------

export async function putOverdue({ db }: StoreDeps, r: ReferralRecord, at: string): Promise<void> {
  if (!r.city || !r.district) return;
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...districtOverdueKey(r.city, r.district, r.id), type: 'referral-overdue', referralId: r.id, escalatedAt: at },
    }),
  );
}

export async function deleteOverdue({ db }: StoreDeps, r: Pick<ReferralRecord, 'id' | 'city' | 'district'>): Promise<void> {
  if (!r.city || !r.district) return;
  await db.doc.send(new DeleteCommand({ TableName: db.table, Key: districtOverdueKey(r.city, r.district, r.id) }));
}

export async function listOverdueIds({ db }: StoreDeps, city: string, district: string, limit: number, cursor?: string) {
  const page = await queryFiltered(db, { partitionValue: districtOverduePk(city, district), forward: false }, limit, cursor);
  return { ids: page.items.map((i) => String(i.referralId)), nextCursor: page.nextCursor };
}

// --- lists -------------------------------------------------------------------------------

export async function listByResident({ db }: StoreDeps, residentId: string, limit: number, cursor?: string): Promise<Page<ReferralRecord>> {
  const page = await queryFiltered(db, { index: 'GSI1', partitionValue: residentReferralsPk(residentId), forward: false }, limit, cursor);
  return { items: page.items.map(toReferralRecord), nextCursor: page.nextCursor };
}

export async function listByCommunity({ db }: StoreDeps, communityId: string, limit: number, cursor?: string): Promise<Page<ReferralRecord>> {
  const page = await queryFiltered(db, { index: 'GSI2', partitionValue: communityReferralsPk(communityId), forward: true }, limit, cursor);
  return { items: page.items.map(toReferralRecord), nextCursor: page.nextCursor };
}

// --- one open referral per question or booking --------------------------------------------

const sourceKey = (r: Pick<ReferralRecord, 'questionId' | 'bookingId'>) =>
  r.questionId ? referralSourceKey('question', r.questionId) : r.bookingId ? referralSourceKey('booking', r.bookingId) : null;

/** Takes the source for this referral; false when another referral of it is still open. */
export async function takeSource({ db }: StoreDeps, r: Pick<ReferralRecord, 'id' | 'questionId' | 'bookingId'>): Promise<boolean> {
  const key = sourceKey(r);
  if (!key) return true;
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.table,
        Item: { ...key, type: 'referral-source', referralId: r.id },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  } catch (e) {
    if (isConditionFailed(e)) return false;
    throw e;
  }
}

/** Frees the source when this referral ends (declined, withdrawn, closed), so a new one may start. */
export async function releaseSource({ db }: StoreDeps, r: Pick<ReferralRecord, 'id' | 'questionId' | 'bookingId'>): Promise<void> {
  const key = sourceKey(r);
  if (!key) return;
  try {
    await db.doc.send(
      new DeleteCommand({ TableName: db.table, Key: key, ConditionExpression: 'referralId = :id', ExpressionAttributeValues: { ':id': r.id } }),
    );
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
  }
}

// --- org membership (who to tell) ----------------------------------------------------------

export async function putMember({ db }: StoreDeps, orgId: string, userId: string): Promise<void> {
  await db.doc.send(new PutCommand({ TableName: db.table, Item: { ...orgMemberKey(orgId, userId), type: 'org-member', orgId, userId } }));
}

export async function listMembers({ db }: StoreDeps, orgId: string): Promise<string[]> {
  const p = orgMembersPrefix(orgId);
  const items = await queryAll(db, { partitionValue: p.PK, sortCondition: 'begins_with(#sk, :m)', values: { ':m': p.SKPrefix } });
  return items.map((i) => String(i.userId));
}
