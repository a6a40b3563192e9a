import * as z from 'zod';
import { idSchema, isoDateTime, ids, labels, optionalParam, pageOf, pageQuery, text } from './common';
import { citySchema } from './jobs';
import { topicIdSchema } from './topics';

/**
 * 普法 events: talks, legal-advice days, women's councils and parent schools that volunteer
 * legal teams hold in communities; residents sign up, check in on the spot with a code the
 * organiser shows, and the speakers' time counts as volunteer service hours.
 */

// --- rules ------------------------------------------------------------------

/** A check-in code is valid for one window of this many minutes (the current one only). */
export const CHECKIN_WINDOW_MINUTES = 10;
/** Check-in opens this long before the start and closes at the end. */
export const CHECKIN_OPENS_MINUTES_BEFORE = 60;
/** Reminders go to everyone signed up this long before the start, once. */
export const EVENT_REMINDER_HOURS = 24;
/** A volunteer's answer to a question counts this many minutes of service. */
export const ANSWER_SERVICE_MINUTES = 30;
export const MAX_EVENT_HOURS = 12;
export const MAX_EVENT_CAPACITY = 1000;

// --- enumerations -----------------------------------------------------------

export const EVENT_KINDS = [
  { id: 'lecture', label: '普法讲座' },
  { id: 'advice-day', label: '法律咨询日' },
  { id: 'women-council', label: '妇女议事会' },
  { id: 'parent-school', label: '家长学校' },
  { id: 'other', label: '其他活动' },
] as const;
export type EventKind = (typeof EVENT_KINDS)[number]['id'];
export const eventKindSchema = z.enum(ids(EVENT_KINDS));
export const EVENT_KIND_LABELS = labels(EVENT_KINDS);

export const EVENT_STATUSES = [
  { id: 'published', label: '报名中' },
  { id: 'cancelled', label: '已取消' },
] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number]['id'];
export const EVENT_STATUS_LABELS = labels(EVENT_STATUSES);

export const SIGNUP_STATUSES = [
  { id: 'signed-up', label: '已报名' },
  { id: 'checked-in', label: '已签到' },
] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number]['id'];
export const signupStatusSchema = z.enum(ids(SIGNUP_STATUSES));
export const SIGNUP_STATUS_LABELS = labels(SIGNUP_STATUSES);

export const SERVICE_KINDS = [
  { id: 'event', label: '普法活动' },
  { id: 'booking', label: '预约咨询' },
  { id: 'answer', label: '在线答疑' },
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number]['id'];
export const serviceKindSchema = z.enum(ids(SERVICE_KINDS));
export const SERVICE_KIND_LABELS = labels(SERVICE_KINDS);

// --- requests ---------------------------------------------------------------

const eventFields = {
  title: text(40, 2),
  kind: eventKindSchema,
  topics: z.array(topicIdSchema).min(1, '至少选一个主题').max(5, '最多选 5 个主题'),
  start: isoDateTime,
  end: isoDateTime,
  venue: text(60),
  city: citySchema,
  district: text(20),
  community: idSchema.nullable().optional(),
  capacity: z.number().int().min(1).max(MAX_EVENT_CAPACITY),
  description: text(1000),
  /** Approved volunteers' user ids. */
  speakers: z.array(idSchema).max(10).optional(),
};

export const eventCreateRequest = z.strictObject(eventFields);
export type EventCreateRequest = z.infer<typeof eventCreateRequest>;

/** Any subset of the fields, with the `version` she read (optimistic locking). */
export const eventPatchRequest = eventCreateRequest.partial().extend({ version: z.number().int().min(1) });
export type EventPatchRequest = z.infer<typeof eventPatchRequest>;

export const eventsQuery = z.strictObject({
  ...pageQuery.shape,
  city: optionalParam(citySchema),
  from: optionalParam(isoDateTime),
  topic: optionalParam(topicIdSchema),
});
export type EventsQuery = z.infer<typeof eventsQuery>;

/** She may leave her name out: a seat count is all the organiser needs. */
export const signupRequest = z.strictObject({ name: text(20).optional() });
export type SignupRequest = z.infer<typeof signupRequest>;

export const checkinRequest = z.strictObject({
  code: z.string().trim().regex(/^\d{6}$/, '签到码是 6 位数字'),
});

export const hoursQuery = z.strictObject({
  ...pageQuery.shape,
  year: optionalParam(z.coerce.number().int().min(2020).max(2100)),
});
export const adminHoursQuery = z.strictObject({
  year: optionalParam(z.coerce.number().int().min(2020).max(2100)),
});

// --- responses --------------------------------------------------------------

export const eventSpeaker = z.object({ id: z.string(), displayName: z.string() });

export const mySignup = z.object({
  status: signupStatusSchema,
  signedUpAt: z.string(),
  checkedInAt: z.string().nullable(),
});
export type MySignup = z.infer<typeof mySignup>;

export const eventSummary = z.object({
  id: z.string(),
  title: z.string(),
  kind: eventKindSchema,
  topics: z.array(topicIdSchema),
  start: z.string(),
  end: z.string(),
  venue: z.string(),
  city: citySchema,
  district: z.string(),
  community: z.string().nullable(),
  communityName: z.string().nullable(),
  capacity: z.number(),
  seatsLeft: z.number(),
  status: z.enum(ids(EVENT_STATUSES)),
  speakers: z.array(eventSpeaker),
});
export type EventSummary = z.infer<typeof eventSummary>;

export const eventDetail = eventSummary.extend({
  description: z.string(),
  organiserName: z.string(),
  version: z.number(),
  /** The caller's own sign-up, when signed in and signed up. */
  mine: mySignup.nullable(),
  /** Whether the caller may edit it, see sign-ups and show the check-in code. */
  canManage: z.boolean(),
});
export type EventDetail = z.infer<typeof eventDetail>;

export const eventPage = pageOf(eventSummary);
export type EventPage = z.infer<typeof eventPage>;

export const mySignupItem = z.object({ event: eventSummary, signup: mySignup });
export type MySignupItem = z.infer<typeof mySignupItem>;
export const mySignupPage = pageOf(mySignupItem);
export type MySignupPage = z.infer<typeof mySignupPage>;

/** What the organiser sees of one sign-up: a number, her name only if she gave one. */
export const organiserSignup = z.object({
  n: z.number(),
  name: z.string().nullable(),
  status: signupStatusSchema,
  walkIn: z.boolean(),
  signedUpAt: z.string(),
  checkedInAt: z.string().nullable(),
});
export const organiserSignups = z.object({
  capacity: z.number(),
  taken: z.number(),
  checkedIn: z.number(),
  items: z.array(organiserSignup),
});
export type OrganiserSignups = z.infer<typeof organiserSignups>;

export const checkinCode = z.object({ code: z.string(), validFrom: z.string(), validUntil: z.string() });
export type CheckinCode = z.infer<typeof checkinCode>;

export const serviceEntry = z.object({
  kind: serviceKindSchema,
  at: z.string(),
  minutes: z.number(),
  /** A neutral label (the event's title for events); never a resident's words. */
  label: z.string(),
});
export type ServiceEntry = z.infer<typeof serviceEntry>;

export const hoursResponse = z.object({
  year: z.number(),
  totalMinutes: z.number(),
  items: z.array(serviceEntry),
  nextCursor: z.string().nullable(),
});
export type HoursResponse = z.infer<typeof hoursResponse>;

export const volunteerHoursRow = z.object({
  volunteerId: z.string(),
  displayName: z.string(),
  totalMinutes: z.number(),
  events: z.number(),
  bookings: z.number(),
  answers: z.number(),
});
export type VolunteerHoursRow = z.infer<typeof volunteerHoursRow>;
export const adminHoursResponse = z.object({ year: z.number(), items: z.array(volunteerHoursRow) });
export type AdminHoursResponse = z.infer<typeof adminHoursResponse>;

/** Hours with one decimal, as the federation's volunteer records write them. */
export const hoursOf = (minutes: number): string => (Math.round(minutes / 6) / 10).toFixed(1);
