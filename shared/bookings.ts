import * as z from 'zod';
import { idSchema, isoDateTime, pageOf, pageQuery, ids, labels, optionalParam, text } from './common';
import { citySchema } from './jobs';
import { topicIdSchema } from './topics';

/**
 * Appointments with volunteer lawyers (预约律师): volunteer applications, availability
 * slots and bookings. Enumerations travel as lower-case English ids; the Chinese labels
 * here are what the client shows. All instants are UTC ISO strings; show them in Beijing
 * time with shared/time.ts.
 */

// --- rules (the server enforces them with its own clock; the client uses them for hints) ---

/** A slot must start at least this long after it is published. */
export const SLOT_MIN_LEAD_MINUTES = 120;
/** A slot may be published at most this many days ahead (every weekly repeat too). */
export const SLOT_MAX_DAYS_AHEAD = 60;
/** A resident may cancel online until this long before the start. */
export const RESIDENT_CANCEL_CUTOFF_MINUTES = 120;
/** How many upcoming bookings one resident may hold at once. */
export const MAX_UPCOMING_BOOKINGS = 2;
export const SLOT_DURATIONS = [30, 45, 60] as const;
export const MAX_REPEAT_WEEKS = 8;
/** The national women's rights hotline, shown when online cancelling is too late. */
export const WOMEN_HOTLINE = '12338';

// --- enumerations -----------------------------------------------------------

/** `title` is how she is addressed when it is shorter than the profession's name. */
export const PROFESSIONS = [
  { id: 'lawyer', label: '律师' },
  { id: 'judge', label: '法官' },
  { id: 'prosecutor', label: '检察官' },
  { id: 'mediator', label: '人民调解员', title: '调解员' },
  { id: 'legal-worker', label: '法律工作者' },
  { id: 'counsellor', label: '心理咨询师', title: '咨询师' },
] as const;
export type Profession = (typeof PROFESSIONS)[number]['id'];
export const professionSchema = z.enum(ids(PROFESSIONS));
export const PROFESSION_LABELS = labels(PROFESSIONS);
/** How a volunteer is addressed: surname + title, e.g. 陈律师, 王调解员. */
export const PROFESSION_TITLES = Object.fromEntries(
  PROFESSIONS.map((p) => [p.id, 'title' in p ? p.title : p.label]),
) as Record<Profession, string>;

export const VOLUNTEER_STATUSES = [
  { id: 'pending', label: '审核中' },
  { id: 'approved', label: '已通过' },
  { id: 'rejected', label: '未通过' },
] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number]['id'];
export const volunteerStatusSchema = z.enum(ids(VOLUNTEER_STATUSES));
export const VOLUNTEER_STATUS_LABELS = labels(VOLUNTEER_STATUSES);

export const SLOT_MODES = [
  { id: 'in-person', label: '当面' },
  { id: 'phone', label: '电话' },
  { id: 'video', label: '视频' },
] as const;
export type SlotMode = (typeof SLOT_MODES)[number]['id'];
export const slotModeSchema = z.enum(ids(SLOT_MODES));
export const SLOT_MODE_LABELS = labels(SLOT_MODES);

export const BOOKING_STATUSES = [
  { id: 'booked', label: '已预约' },
  { id: 'cancelled', label: '已取消' },
  { id: 'completed', label: '已完成' },
  { id: 'no-show', label: '未到场' },
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number]['id'];
export const bookingStatusSchema = z.enum(ids(BOOKING_STATUSES));
export const BOOKING_STATUS_LABELS = labels(BOOKING_STATUSES);

export const OUTCOMES = [
  { id: 'answered', label: '已解答' },
  { id: 'legal-aid', label: '转法律援助' },
  { id: 'mediation', label: '转调解' },
  { id: 'protection-order', label: '协助申请保护令' },
  { id: 'other', label: '其他' },
] as const;
export type Outcome = (typeof OUTCOMES)[number]['id'];
export const outcomeSchema = z.enum(ids(OUTCOMES));
export const OUTCOME_LABELS = labels(OUTCOMES);

// --- volunteers -------------------------------------------------------------

export const volunteerApplyRequest = z.strictObject({
  realName: text(20, 2),
  profession: professionSchema,
  /** 执业证号 / 工作证号. Encrypted at rest; shown only to staff who verify it. */
  licenceNo: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{4,30}$/, '证件号码只能是 4 到 30 位数字或字母'),
  organisation: text(60),
  specialities: z
    .array(topicIdSchema)
    .min(1, '至少选一个擅长的方面')
    .max(10, '最多选 10 个')
    .refine((t) => new Set(t).size === t.length, '不能重复选择'),
  city: citySchema,
  district: text(20),
  bio: text(300).optional(),
});
export type VolunteerApplyRequest = z.infer<typeof volunteerApplyRequest>;

/** What anyone may see about a volunteer: never the licence number, phone or full name. */
export const volunteerPublicProfile = z.object({
  id: z.string(),
  /** Surname + title, e.g. 陈律师. */
  displayName: z.string(),
  profession: professionSchema,
  organisation: z.string(),
  specialities: z.array(topicIdSchema),
  city: citySchema,
});
export type VolunteerPublicProfile = z.infer<typeof volunteerPublicProfile>;

/** Her own application (GET /api/me/volunteer, POST /api/volunteers/apply). */
export const volunteerApplication = z.object({
  userId: z.string(),
  status: volunteerStatusSchema,
  realName: z.string(),
  profession: professionSchema,
  /** Only the last 4 characters, e.g. `****1234`. */
  licenceNoMasked: z.string(),
  organisation: z.string(),
  specialities: z.array(topicIdSchema),
  city: citySchema,
  district: z.string(),
  bio: z.string().nullable(),
  appliedAt: z.string(),
  decidedAt: z.string().nullable(),
  /** Why staff said no; shown to her so she can fix it and apply again. */
  rejectReason: z.string().nullable(),
});
export type VolunteerApplication = z.infer<typeof volunteerApplication>;

/**
 * GET /api/me/volunteer always answers 200: her application, or `{status: null}` when she
 * has never applied (a 404 would look like an error on her "我的" page).
 */
export const myVolunteerResponse = z.union([volunteerApplication, z.object({ status: z.null() })]);
export type MyVolunteerResponse = z.infer<typeof myVolunteerResponse>;

/** What staff see to verify an applicant: the full licence number. */
export const adminVolunteer = volunteerApplication.omit({ licenceNoMasked: true }).extend({ licenceNo: z.string() });
export type AdminVolunteer = z.infer<typeof adminVolunteer>;
export const adminVolunteerPage = pageOf(adminVolunteer);
export type AdminVolunteerPage = z.infer<typeof adminVolunteerPage>;

export const adminVolunteersQuery = pageQuery.extend({
  status: volunteerStatusSchema.default('pending'),
});
export type AdminVolunteersQuery = z.infer<typeof adminVolunteersQuery>;

export const volunteerRejectRequest = z.strictObject({ reason: text(200) });
export type VolunteerRejectRequest = z.infer<typeof volunteerRejectRequest>;

// --- slots ------------------------------------------------------------------

export const slotLocation = z.strictObject({
  /** The place, e.g. 东湖区妇女之家 or a 服务点. */
  name: text(40),
  address: text(80),
});
export type SlotLocation = z.infer<typeof slotLocation>;

/**
 * POST /api/volunteer/slots. `repeatWeeks` is how many weeks in a row the slot is offered
 * (1 = only this once; at most 8), all created in one request. The server also checks:
 * start on the quarter hour, at least 2 h from now, at most 60 days ahead (every repeat),
 * no overlap with her other slots (409 SLOT_OVERLAP).
 */
export const slotCreateRequest = z
  .strictObject({
    start: isoDateTime,
    durationMinutes: z.union([z.literal(30), z.literal(45), z.literal(60)]),
    mode: slotModeSchema,
    location: slotLocation.optional(),
    repeatWeeks: z.number().int().min(1).max(MAX_REPEAT_WEEKS).default(1),
  })
  .refine((s) => s.mode !== 'in-person' || s.location !== undefined, {
    message: '当面咨询要填写地点',
    path: ['location'],
  })
  .refine((s) => s.mode === 'in-person' || s.location === undefined, {
    message: '电话和视频咨询不用填写地点',
    path: ['location'],
  });
export type SlotCreateRequest = z.input<typeof slotCreateRequest>;
/** What the server works with after parsing (repeatWeeks filled in). */
export type SlotCreateInput = z.output<typeof slotCreateRequest>;

/** The booking on a slot as its volunteer sees it: the resident's shown name only. */
export const volunteerSlotBooking = z.object({
  id: z.string(),
  status: bookingStatusSchema,
  resident: z.object({ displayName: z.string() }),
  topic: topicIdSchema,
  note: z.string().nullable(),
  createdAt: z.string(),
  outcome: outcomeSchema.nullable(),
});
export type VolunteerSlotBooking = z.infer<typeof volunteerSlotBooking>;

/** What every view of a slot shows: when, how long, how, where. */
const slotTimes = z.object({
  id: z.string(),
  start: z.string(),
  end: z.string(),
  durationMinutes: z.number().int(),
  mode: slotModeSchema,
  location: slotLocation.nullable(),
});

/** One of her own slots. `status` is `booked` while a booking holds it (also after it ends). */
export const volunteerSlot = slotTimes.extend({
  status: z.enum(['open', 'booked']),
  booking: volunteerSlotBooking.nullable(),
});
export type VolunteerSlot = z.infer<typeof volunteerSlot>;
/** POST /api/volunteer/slots answers 201 with every slot it created (one per repeated week). */
export const slotCreateResponse = z.object({ items: z.array(volunteerSlot) });
export type SlotCreateResponse = z.infer<typeof slotCreateResponse>;
export const volunteerSlotPage = pageOf(volunteerSlot);
export type VolunteerSlotPage = z.infer<typeof volunteerSlotPage>;

/** Slots starting between `from` and `to`; each list has its own defaults. */
const startWindow = { from: optionalParam(isoDateTime), to: optionalParam(isoDateTime) };

/** `from`/`to` default to the last day and the next 60 days. */
export const volunteerSlotsQuery = pageQuery.extend(startWindow);
export type VolunteerSlotsQuery = z.infer<typeof volunteerSlotsQuery>;

/** An open slot anyone may book, with the volunteer's public profile. */
export const openSlot = slotTimes.extend({
  volunteer: volunteerPublicProfile,
});
export type OpenSlot = z.infer<typeof openSlot>;
export const openSlotPage = pageOf(openSlot);
export type OpenSlotPage = z.infer<typeof openSlotPage>;

/** GET /api/slots: open future slots sorted by start; `from`/`to` default to now and 14 days on. */
export const slotsQuery = pageQuery.extend({
  ...startWindow,
  mode: optionalParam(slotModeSchema),
  /** Volunteers who list this topic among their specialities. */
  topic: optionalParam(topicIdSchema),
  city: optionalParam(citySchema),
});
export type SlotsQuery = z.infer<typeof slotsQuery>;

// --- bookings ---------------------------------------------------------------

/** POST /api/bookings; send an `Idempotency-Key` header (8–64 of A-Z a-z 0-9 _ -) to retry safely. */
export const bookingCreateRequest = z.strictObject({
  slotId: idSchema,
  topic: topicIdSchema,
  /** Private; encrypted at rest; only she and the volunteer read it. */
  note: text(500).optional(),
});
export type BookingCreateRequest = z.infer<typeof bookingCreateRequest>;

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

export const booking = z.object({
  id: z.string(),
  slotId: z.string(),
  start: z.string(),
  end: z.string(),
  mode: slotModeSchema,
  location: slotLocation.nullable(),
  volunteer: volunteerPublicProfile,
  topic: topicIdSchema,
  note: z.string().nullable(),
  status: bookingStatusSchema,
  createdAt: z.string(),
  cancelledBy: z.enum(['resident', 'volunteer']).nullable(),
  cancelReason: z.string().nullable(),
  outcome: outcomeSchema.nullable(),
});
export type Booking = z.infer<typeof booking>;
/** GET /api/me/bookings: upcoming ones first (soonest first), then past ones (latest first). */
export const bookingPage = pageOf(booking);
export type BookingPage = z.infer<typeof bookingPage>;

/**
 * POST /api/bookings/:id/cancel.
 * - The resident may cancel until 2 h before the start (later: 409 TOO_LATE); her slot reopens.
 * - The volunteer may cancel any time before the start and must give a reason. With
 *   `reopen: true` she cancels on the resident's behalf (e.g. the resident phoned) and the slot
 *   is offered again; by default (`reopen` absent/false) she cannot make it and the slot closes.
 *   `reopen` is ignored for the resident.
 */
export const cancelRequest = z.strictObject({
  reason: text(200).optional(),
  reopen: z.boolean().optional(),
});
export type CancelRequest = z.infer<typeof cancelRequest>;

/** POST /api/bookings/:id/complete, by the volunteer after the start (before: 409 TOO_EARLY). */
export const completeRequest = z.strictObject({
  outcome: outcomeSchema,
  /** How long the consultation took. */
  minutes: z.number().int().min(1).max(480),
});
export type CompleteRequest = z.infer<typeof completeRequest>;

/** POST /api/bookings/:id/no-show takes no fields (an empty body is fine). */
export const noShowRequest = z.strictObject({});
