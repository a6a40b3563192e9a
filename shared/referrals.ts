import * as z from 'zod';
import { idSchema, ids, isoDateTime, labels, mainlandMobile, optionalParam, pageOf, pageQuery, text, type Labelled } from './common';
import { COMMUNITIES } from './org';
import { HOUR_MS } from './time';

/**
 * Referral to the community women's federation (转介到社区): a volunteer (or she herself)
 * proposes, she decides what to share, a community worker of her community claims it,
 * records contacts and visits, and closes it. Ids travel on the wire; labels are shown.
 */

export const REFERRAL_REASONS = [
  { id: 'home-visit', label: '需要上门了解' },
  { id: 'mediation', label: '需要调解' },
  { id: 'legal-aid', label: '需要申请法律援助' },
  { id: 'shelter', label: '需要庇护' },
  { id: 'other', label: '其他' },
] as const satisfies Labelled<string>;
export type ReferralReason = (typeof REFERRAL_REASONS)[number]['id'];
export const REFERRAL_REASON_LABELS = labels(REFERRAL_REASONS);

export const VISIT_KINDS = [
  { id: 'phone', label: '电话' },
  { id: 'home', label: '上门' },
  { id: 'office', label: '到站' },
] as const satisfies Labelled<string>;
export type VisitKind = (typeof VISIT_KINDS)[number]['id'];
export const VISIT_KIND_LABELS = labels(VISIT_KINDS);

export const VISIT_RESULTS = [
  { id: 'reached', label: '联系上' },
  { id: 'not-reached', label: '没联系上' },
  { id: 'helped', label: '已帮助' },
  { id: 'needs-more', label: '还需跟进' },
] as const satisfies Labelled<string>;
export type VisitResult = (typeof VISIT_RESULTS)[number]['id'];
export const VISIT_RESULT_LABELS = labels(VISIT_RESULTS);

export const REFERRAL_OUTCOMES = [
  { id: 'resolved', label: '已解决' },
  { id: 'legal-aid', label: '转法律援助' },
  { id: 'mediation', label: '转调解' },
  { id: 'protection-order', label: '申请保护令' },
  { id: 'police', label: '已转公安' },
  { id: 'no-longer-needed', label: '她不需要了' },
] as const satisfies Labelled<string>;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number]['id'];
export const REFERRAL_OUTCOME_LABELS = labels(REFERRAL_OUTCOMES);

/**
 * proposed → (accepted → claimed → closed) | declined; withdrawn at any open step.
 * Labels are written for her; the worker's screens use their own wording.
 */
export const REFERRAL_STATUSES = [
  { id: 'proposed', label: '等您决定' },
  { id: 'declined', label: '您没有同意' },
  { id: 'accepted', label: '等待社区联系' },
  { id: 'claimed', label: '社区正在跟进' },
  { id: 'closed', label: '已结束' },
  { id: 'withdrawn', label: '已撤回' },
] as const satisfies Labelled<string>;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number]['id'];
export const REFERRAL_STATUS_LABELS = labels(REFERRAL_STATUSES);

/** An urgent referral must be contacted within 24 h of her consent, a normal one within 72 h. */
export const CONTACT_DEADLINE_MS = { urgent: 24 * HOUR_MS, normal: 72 * HOUR_MS } as const;
export const contactDeadline = (acceptedAt: string, urgent: boolean): string =>
  new Date(Date.parse(acceptedAt) + (urgent ? CONTACT_DEADLINE_MS.urgent : CONTACT_DEADLINE_MS.normal)).toISOString();

/** A visit or call counts as contact when she was reached. */
export const isContact = (result: VisitResult): boolean => result !== 'not-reached';

const communityId = z
  .string()
  .refine((id) => COMMUNITIES.some((c) => c.id === id), '请从列表里选择您的社区');

export const referralCreateRequest = z
  .strictObject({
    questionId: idSchema.optional(),
    bookingId: idSchema.optional(),
    reason: z.enum(ids(REFERRAL_REASONS)),
    urgent: z.boolean(),
  })
  .refine((r) => (r.questionId === undefined) !== (r.bookingId === undefined), {
    message: '请给出一个提问或一个预约',
    path: ['questionId'],
  });
export type ReferralCreateRequest = z.infer<typeof referralCreateRequest>;

export const referralAcceptRequest = z.strictObject({
  communityId,
  contactPhone: mainlandMobile.optional(),
  safeTimes: text(100).optional(),
  safeToCall: z.boolean(),
  shareQuestion: z.boolean().optional(),
});
export type ReferralAcceptRequest = z.infer<typeof referralAcceptRequest>;

export const emptyRequest = z.strictObject({});

export const visitRequest = z.strictObject({
  at: isoDateTime,
  kind: z.enum(ids(VISIT_KINDS)),
  result: z.enum(ids(VISIT_RESULTS)),
  note: text(1000).optional(),
  nextVisitAt: isoDateTime.optional(),
});
export type VisitRequest = z.infer<typeof visitRequest>;

export const closeRequest = z.strictObject({ outcome: z.enum(ids(REFERRAL_OUTCOMES)) });
export type CloseRequest = z.infer<typeof closeRequest>;

/** A staff list of one district (a district unit's staff may leave it out: their own). */
export const staffDistrictQuery = pageQuery.extend({ district: optionalParam(z.string().max(20)) });
export const staffReferralsQuery = staffDistrictQuery.extend({ overdue: optionalParam(z.enum(['true'])) });

export const referralStatsQuery = z.strictObject({
  from: z.iso.date(),
  to: z.iso.date(),
});

// --- responses -------------------------------------------------------------------------

export const communitySchema = z.object({ id: z.string(), name: z.string(), city: z.string(), district: z.string() });
export const communitiesResponse = z.object({ items: z.array(communitySchema) });

export const visitSchema = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.enum(ids(VISIT_KINDS)),
  result: z.enum(ids(VISIT_RESULTS)),
  /** Only to community workers of her community. */
  note: z.string().nullable(),
  nextVisitAt: z.string().nullable(),
});
export type Visit = z.infer<typeof visitSchema>;

/**
 * One referral as the caller may see it. `viewer` says which view it is; fields the
 * viewer may not see are null (never absent-with-meaning): the volunteer sees only the
 * status; staff see place, deadlines and counts; the worker sees what she chose to share.
 */
export const referralSchema = z.object({
  id: z.string(),
  viewer: z.enum(['resident', 'proposer', 'worker', 'staff']),
  status: z.enum(ids(REFERRAL_STATUSES)),
  reason: z.enum(ids(REFERRAL_REASONS)).nullable(),
  urgent: z.boolean().nullable(),
  proposedBy: z.enum(['volunteer', 'resident']),
  createdAt: z.string(),
  /** Her own question or booking; to her only. */
  questionId: z.string().nullable(),
  bookingId: z.string().nullable(),
  community: communitySchema.nullable(),
  acceptedAt: z.string().nullable(),
  /** The deadline now running: first contact, then the next follow-up; null when none. */
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  escalated: z.boolean(),
  claimed: z.boolean(),
  claimedByMe: z.boolean(),
  contactedAt: z.string().nullable(),
  visitCount: z.number(),
  outcome: z.enum(ids(REFERRAL_OUTCOMES)).nullable(),
  closedAt: z.string().nullable(),
  /** What she chose to share; to her and to workers of her community. */
  contact: z
    .object({ phone: z.string().nullable(), safeTimes: z.string().nullable(), safeToCall: z.boolean() })
    .nullable(),
  shareQuestion: z.boolean().nullable(),
  /** Her question, only when she ticked 允许查看我的提问 (to workers) — decrypted on read. */
  question: z.object({ title: z.string(), body: z.string() }).nullable(),
  visits: z.array(visitSchema).nullable(),
});
export type Referral = z.infer<typeof referralSchema>;
export const referralPage = pageOf(referralSchema);
export type ReferralPage = z.infer<typeof referralPage>;

/**
 * The referral counters, federation-wide (functions/platform/stats.ts) and per district.
 * A proposal has no district yet (she picks her community when she accepts), so
 * `referralsProposed` is counted federation-wide only.
 */
const REFERRAL_FLOW_COUNTERS = [
  'referralsProposed',
  'referralsAccepted',
  'referralsContacted',
  'referralsContactedInTime',
  'referralsOverdue',
  'referralVisits',
  'referralsWithdrawn',
] as const;
export type ReferralStatCounter = (typeof REFERRAL_FLOW_COUNTERS)[number] | `referralOutcome_${ReferralOutcome}`;
/** The flow counters, then one per outcome (a new outcome is counted without touching this list). */
export const REFERRAL_STAT_COUNTERS: readonly ReferralStatCounter[] = [
  ...REFERRAL_FLOW_COUNTERS,
  ...REFERRAL_OUTCOMES.map((o) => `referralOutcome_${o.id}` as const),
];

export const referralStatsResponse = z.object({
  items: z.array(
    z.object({
      city: z.string(),
      district: z.string(),
      counters: z.record(z.string(), z.number()),
    }),
  ),
});
export type ReferralStatsResponse = z.infer<typeof referralStatsResponse>;

/** Time left to a deadline in plain words: 还剩 5 小时 / 还剩 2 天 / 超时 3 小时. */
export function dueLabel(dueAt: string, now: number): string {
  const ms = Date.parse(dueAt) - now;
  const abs = Math.abs(ms);
  const amount =
    abs < HOUR_MS ? `${Math.max(1, Math.round(abs / 60_000))} 分钟` : abs < 48 * HOUR_MS ? `${Math.floor(abs / HOUR_MS)} 小时` : `${Math.floor(abs / (24 * HOUR_MS))} 天`;
  return ms >= 0 ? `还剩 ${amount}` : `超时 ${amount}`;
}

// --- community workers: she applies, district staff approve ------------------------------

export const workerApplyRequest = z.strictObject({
  communityId,
  /** The name staff know her by; stored encrypted. */
  name: text(20),
});
export type WorkerApplyRequest = z.infer<typeof workerApplyRequest>;

export const workerApproveRequest = z.strictObject({ communityId });
export const workerApplyResponse = z.object({ communityId: z.string(), status: z.literal('pending'), appliedAt: z.string() });
export const workerApproveResponse = z.object({ userId: z.string(), communityId: z.string() });

export const workerApplicationSchema = z.object({
  userId: z.string(),
  name: z.string(),
  community: communitySchema,
  appliedAt: z.string(),
});
export type WorkerApplication = z.infer<typeof workerApplicationSchema>;
export const workerApplicationPage = pageOf(workerApplicationSchema);
