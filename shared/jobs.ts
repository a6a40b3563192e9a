import * as z from 'zod';
import { JIANGXI_CITIES, JOB_CATEGORIES, JOB_TAGS, SALARY_UNITS, EDUCATION_LEVELS, EXPERIENCE_LEVELS, JOB_STATUSES, FAIR_MODES, SALARY_UNIT_LABELS, type SalaryUnit, type FairMode } from './jobs.labels';
import { idSchema, isoDateTime, mainlandMobile, pageOf, pageQuery, ids, optionalParam, text } from './common';
import { FAIR_STATUSES, INTENTION_STATUSES, type IntentionStatus } from './jobs.labels';

// The enumerations and their labels live in a zod-free module, so screens of the weapp main
// package can show labels without loading a schema library (README, perf).
export * from './jobs.labels';

/**
 * Spring Breeze (春风行动) jobs: postings, job fairs and employment intentions (就业意向).
 * Enumerations travel as lower-case English ids; the Chinese labels here are what the client shows.
 */

// --- enumerations -----------------------------------------------------------

export const citySchema = z.enum(ids(JIANGXI_CITIES));
export const jobCategorySchema = z.enum(ids(JOB_CATEGORIES));
export const jobTagSchema = z.enum(ids(JOB_TAGS));
export const salaryUnitSchema = z.enum(ids(SALARY_UNITS));
export const educationSchema = z.enum(ids(EDUCATION_LEVELS));
export const experienceSchema = z.enum(ids(EXPERIENCE_LEVELS));
export const jobStatusSchema = z.enum(ids(JOB_STATUSES));
export const fairModeSchema = z.enum(ids(FAIR_MODES));

// --- salary -----------------------------------------------------------------

/** Working days and hours used to compare pay quoted per day or per hour with monthly pay. */
export const WORK_DAYS_PER_MONTH = 22;
export const WORK_HOURS_PER_DAY = 8;

/** One amount as monthly pay: a day is 1/22 of a month, an hour 1/8 of a day. */
export function monthlyAmount(amount: number, unit: SalaryUnit): number {
  if (unit === 'day') return amount * WORK_DAYS_PER_MONTH;
  if (unit === 'hour') return amount * WORK_HOURS_PER_DAY * WORK_DAYS_PER_MONTH;
  return amount;
}

export const salarySchema = z
  .strictObject({
    min: z.number().int().min(0).max(1_000_000),
    max: z.number().int().min(0).max(1_000_000),
    unit: salaryUnitSchema,
  })
  .refine((s) => s.min <= s.max, { message: '最低工资不能高于最高工资', path: ['max'] });
export type Salary = z.infer<typeof salarySchema>;

/** "3500-5500 元/月" as a job seeker reads it. */
export const formatSalary = (s: Salary): string =>
  `${s.min === s.max ? s.min : `${s.min}-${s.max}`} ${SALARY_UNIT_LABELS[s.unit]}`;

// --- postings ---------------------------------------------------------------

export const employerSchema = z.strictObject({
  name: text(40),
  /** Checked by federation staff (营业执照 seen). */
  verified: z.boolean(),
  /** 妇字号: a business run by women, supported by the federation. */
  womenLed: z.boolean(),
});
export type Employer = z.infer<typeof employerSchema>;

export const jobPosting = z.object({
  id: z.string(),
  title: z.string(),
  employer: z.object({ name: z.string(), verified: z.boolean(), womenLed: z.boolean() }),
  city: citySchema,
  district: z.string(),
  address: z.string(),
  category: jobCategorySchema,
  salary: z.object({ min: z.number(), max: z.number(), unit: salaryUnitSchema }),
  headcount: z.number().int(),
  duties: z.string(),
  requirements: z.string(),
  tags: z.array(jobTagSchema),
  education: educationSchema,
  experience: experienceSchema,
  fairId: z.string().nullable(),
  publishedAt: z.string(),
  expiresAt: z.string(),
  /** `closed` also when expiresAt has passed, so a saved link explains itself. */
  status: jobStatusSchema,
  /** For optimistic locking: send it back in PATCH /api/admin/jobs/:id. */
  version: z.number().int(),
});
export type JobPosting = z.infer<typeof jobPosting>;

export const jobListItem = jobPosting.pick({
  id: true,
  title: true,
  employer: true,
  city: true,
  district: true,
  category: true,
  salary: true,
  tags: true,
  fairId: true,
  publishedAt: true,
  expiresAt: true,
  status: true,
});
export type JobListItem = z.infer<typeof jobListItem>;
export const jobPage = pageOf(jobListItem);
export type JobPage = z.infer<typeof jobPage>;

export const jobsQuery = pageQuery.extend({
  /** Keyword matched in title, employer name and duties. */
  q: optionalParam(z.string().trim().max(30)),
  city: optionalParam(citySchema),
  district: optionalParam(z.string().trim().max(20)),
  category: optionalParam(jobCategorySchema),
  tag: optionalParam(jobTagSchema),
  /** Monthly yuan; a posting matches when its top pay, as monthly pay, reaches it. */
  salaryMin: optionalParam(z.coerce.number().int().min(0).max(1_000_000)),
  fairId: optionalParam(idSchema),
});
export type JobsQuery = z.infer<typeof jobsQuery>;
/** What a client narrows GET /api/jobs by: the query without its paging. */
export type JobFilters = Omit<JobsQuery, 'limit' | 'cursor'>;

// --- fairs ------------------------------------------------------------------

export const fairStatusSchema = z.enum(ids(FAIR_STATUSES));

export const jobFair = z.object({
  id: z.string(),
  title: z.string(),
  organiser: z.string(),
  startAt: z.string(),
  endAt: z.string(),
  mode: fairModeSchema,
  /** The place for offline fairs; null when the fair is online only. */
  venue: z.string().nullable(),
  city: citySchema,
  description: z.string(),
  /** 女性专场: a fair for women job seekers. */
  womenSpecial: z.boolean(),
  /** `cancelled` fairs leave the public list; a saved link still explains itself. */
  status: fairStatusSchema,
  /** For optimistic locking: send it back in PATCH /api/admin/fairs/:id. */
  version: z.number().int(),
});
export type JobFair = z.infer<typeof jobFair>;
export const fairPage = pageOf(jobFair);
export type FairPage = z.infer<typeof fairPage>;

/** A fair with its open postings (the first 50; more through GET /api/jobs?fairId=). */
export const fairDetail = jobFair.extend({ postings: z.array(jobListItem) });
export type FairDetail = z.infer<typeof fairDetail>;

export const fairsQuery = pageQuery.extend({
  city: optionalParam(citySchema),
  /** Fairs still running at or after this instant; default now. */
  from: optionalParam(isoDateTime),
  mode: optionalParam(fairModeSchema),
});
export type FairsQuery = z.infer<typeof fairsQuery>;

// --- intentions (就业意向) --------------------------------------------------

export const intentionStatusSchema = z.enum(ids(INTENTION_STATUSES));

/** The steps staff may take from each status; hired and not-suitable are final. */
export const INTENTION_NEXT: Record<IntentionStatus, readonly IntentionStatus[]> = {
  pending: ['contacted', 'not-suitable'],
  contacted: ['interviewing', 'hired', 'not-suitable'],
  interviewing: ['hired', 'not-suitable'],
  hired: [],
  'not-suitable': [],
};

export const intentionRequest = z.strictObject({
  name: text(20),
  phone: mainlandMobile,
  message: text(200).optional(),
});
export type IntentionRequest = z.infer<typeof intentionRequest>;

export const intention = z.object({
  id: z.string(),
  jobId: z.string(),
  /** A snapshot taken when she registered, so the list reads well after the posting changes. */
  job: z.object({ title: z.string(), employerName: z.string() }),
  name: z.string(),
  phone: z.string(),
  message: z.string().nullable(),
  /** Where staff are with it; she sees this, never the staff's note. */
  status: intentionStatusSchema,
  createdAt: z.string(),
});
export type Intention = z.infer<typeof intention>;
export const intentionPage = pageOf(intention);
export type IntentionPage = z.infer<typeof intentionPage>;

// --- staff ------------------------------------------------------------------

const jobFields = {
  title: text(40),
  employer: employerSchema,
  city: citySchema,
  district: text(20),
  address: text(80),
  category: jobCategorySchema,
  salary: salarySchema,
  headcount: z.number().int().min(1).max(9999),
  duties: text(1000),
  requirements: text(1000),
  tags: z
    .array(jobTagSchema)
    .max(JOB_TAGS.length)
    .refine((t) => new Set(t).size === t.length, '标签不能重复'),
  education: educationSchema,
  experience: experienceSchema,
  fairId: idSchema.nullable(),
  expiresAt: isoDateTime,
};

export const jobCreateRequest = z.strictObject({
  ...jobFields,
  tags: jobFields.tags.default([]),
  education: educationSchema.default('any'),
  experience: experienceSchema.default('any'),
  fairId: idSchema.nullable().default(null),
});
export type JobCreateRequest = z.infer<typeof jobCreateRequest>;

/** Any subset of the fields, plus the version the staff member last saw. */
export const jobPatchRequest = z
  .strictObject(jobFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .refine((p) => Object.keys(p).length > 1, '没有要修改的内容');
export type JobPatchRequest = z.infer<typeof jobPatchRequest>;

// --- staff: postings list, fairs, intentions, import (the console) ---------

export const adminJobsQuery = pageQuery.extend({
  status: optionalParam(jobStatusSchema),
  city: optionalParam(citySchema),
});
export type AdminJobsQuery = z.infer<typeof adminJobsQuery>;

/** A staff member's view of an intention: with the follow-up note only staff see. */
export const adminIntention = intention.extend({
  note: z.string().nullable(),
  statusChangedAt: z.string().nullable(),
});
export type AdminIntention = z.infer<typeof adminIntention>;
export const adminIntentionPage = pageOf(adminIntention);
export type AdminIntentionPage = z.infer<typeof adminIntentionPage>;

export const intentionStatusRequest = z.strictObject({
  status: intentionStatusSchema,
  note: text(200).optional(),
});
export type IntentionStatusRequest = z.infer<typeof intentionStatusRequest>;

const fairFields = {
  title: text(40),
  organiser: text(40),
  startAt: isoDateTime,
  endAt: isoDateTime,
  mode: fairModeSchema,
  venue: text(80).nullable(),
  city: citySchema,
  description: text(1000),
  womenSpecial: z.boolean(),
};

const fairTimesInOrder = (f: { startAt?: string; endAt?: string }) =>
  f.startAt === undefined || f.endAt === undefined || Date.parse(f.startAt) < Date.parse(f.endAt);
const offlineHasVenue = (f: { mode?: FairMode; venue?: string | null }) =>
  f.mode === undefined || f.mode === 'online' || (f.venue !== undefined && f.venue !== null);

/** A fair's fields as GET /api/fairs/:id shows them, without id, status and version. */
export const fairCreateRequest = z
  .strictObject({ ...fairFields, venue: fairFields.venue.default(null) })
  .refine(fairTimesInOrder, { message: '结束时间要晚于开始时间', path: ['endAt'] })
  .refine(offlineHasVenue, { message: '线下招聘会请填写地点', path: ['venue'] });
export type FairCreateRequest = z.infer<typeof fairCreateRequest>;

export const fairPatchRequest = z
  .strictObject(fairFields)
  .partial()
  .extend({ version: z.number().int().min(1) })
  .refine((p) => Object.keys(p).length > 1, '没有要修改的内容')
  .refine(fairTimesInOrder, { message: '结束时间要晚于开始时间', path: ['endAt'] });
export type FairPatchRequest = z.infer<typeof fairPatchRequest>;

/** The import sheet's header row, in order (GET /api/admin/jobs/import-template). */
export const IMPORT_COLUMNS = [
  '岗位编号',
  '岗位名称',
  '单位名称',
  '妇字号(是/否)',
  '城市',
  '区县',
  '工种',
  '最低工资',
  '最高工资',
  '工资单位(月/日/时)',
  '招聘人数',
  '工作内容',
  '任职要求',
  '福利(用、分隔)',
  '截止日期',
  '招聘会编号',
] as const;
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 2000;
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
});
export type ImportResult = z.infer<typeof importResult>;
