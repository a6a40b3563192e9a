import * as z from 'zod';
import { idSchema, isoDateTime, mainlandMobile, pageOf, pageQuery, ids, labels, optionalParam, text } from './common';

/**
 * Spring Breeze (春风行动) jobs: postings, job fairs and employment intentions (就业意向).
 * Enumerations travel as lower-case English ids; the Chinese labels here are what the client shows.
 */

// --- enumerations -----------------------------------------------------------

export const JIANGXI_CITIES = [
  { id: 'nanchang', label: '南昌' },
  { id: 'jiujiang', label: '九江' },
  { id: 'jingdezhen', label: '景德镇' },
  { id: 'pingxiang', label: '萍乡' },
  { id: 'xinyu', label: '新余' },
  { id: 'yingtan', label: '鹰潭' },
  { id: 'ganzhou', label: '赣州' },
  { id: 'jian', label: '吉安' },
  { id: 'yichun', label: '宜春' },
  { id: 'fuzhou', label: '抚州' },
  { id: 'shangrao', label: '上饶' },
] as const;
export type CityId = (typeof JIANGXI_CITIES)[number]['id'];
export const citySchema = z.enum(ids(JIANGXI_CITIES));
export const CITY_LABELS = labels(JIANGXI_CITIES);

export const JOB_CATEGORIES = [
  { id: 'housekeeping', label: '家政服务' },
  { id: 'ecommerce-service', label: '电商客服' },
  { id: 'manufacturing', label: '普工/制造' },
  { id: 'catering', label: '餐饮' },
  { id: 'elderly-care', label: '养老护理' },
  { id: 'maternity-care', label: '月嫂/育婴' },
  { id: 'handicraft', label: '手工/非遗' },
  { id: 'retail', label: '零售' },
  { id: 'cleaning', label: '保洁' },
  { id: 'agriculture', label: '农业/种养' },
  { id: 'other', label: '其他' },
] as const;
export type JobCategory = (typeof JOB_CATEGORIES)[number]['id'];
export const jobCategorySchema = z.enum(ids(JOB_CATEGORIES));
export const JOB_CATEGORY_LABELS = labels(JOB_CATEGORIES);

/** Benefit tags a job seeker filters by. */
export const JOB_TAGS = [
  { id: 'flexible', label: '弹性工作/妈妈岗' },
  { id: 'social-insurance', label: '五险一金' },
  { id: 'room-board', label: '包吃住' },
  { id: 'training', label: '提供培训' },
  { id: 'childcare', label: '可带娃/托育' },
  { id: 'daily-pay', label: '日结工资' },
  { id: 'no-experience', label: '无经验可做' },
  { id: 'near-home', label: '离家近' },
  { id: 'work-from-home', label: '在家可做' },
] as const;
export type JobTag = (typeof JOB_TAGS)[number]['id'];
export const jobTagSchema = z.enum(ids(JOB_TAGS));
export const JOB_TAG_LABELS = labels(JOB_TAGS);

export const SALARY_UNITS = [
  { id: 'month', label: '元/月' },
  { id: 'day', label: '元/天' },
  { id: 'hour', label: '元/小时' },
] as const;
export type SalaryUnit = (typeof SALARY_UNITS)[number]['id'];
export const salaryUnitSchema = z.enum(ids(SALARY_UNITS));
export const SALARY_UNIT_LABELS = labels(SALARY_UNITS);

export const EDUCATION_LEVELS = [
  { id: 'any', label: '学历不限' },
  { id: 'junior-middle', label: '初中' },
  { id: 'high-school', label: '高中/中专' },
  { id: 'college', label: '大专' },
  { id: 'bachelor', label: '本科' },
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number]['id'];
export const educationSchema = z.enum(ids(EDUCATION_LEVELS));
export const EDUCATION_LABELS = labels(EDUCATION_LEVELS);

export const EXPERIENCE_LEVELS = [
  { id: 'any', label: '经验不限' },
  { id: '1-year', label: '1 年以上' },
  { id: '3-years', label: '3 年以上' },
] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number]['id'];
export const experienceSchema = z.enum(ids(EXPERIENCE_LEVELS));
export const EXPERIENCE_LABELS = labels(EXPERIENCE_LEVELS);

export const JOB_STATUSES = [
  { id: 'open', label: '招聘中' },
  { id: 'closed', label: '已停止招聘' },
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number]['id'];
export const jobStatusSchema = z.enum(ids(JOB_STATUSES));
export const JOB_STATUS_LABELS = labels(JOB_STATUSES);

export const FAIR_MODES = [
  { id: 'online', label: '线上' },
  { id: 'offline', label: '线下' },
  { id: 'both', label: '线上+线下' },
] as const;
export type FairMode = (typeof FAIR_MODES)[number]['id'];
export const fairModeSchema = z.enum(ids(FAIR_MODES));
export const FAIR_MODE_LABELS = labels(FAIR_MODES);

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

// --- fairs ------------------------------------------------------------------

export const FAIR_STATUSES = [
  { id: 'scheduled', label: '按期举办' },
  { id: 'cancelled', label: '已取消' },
] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number]['id'];
export const fairStatusSchema = z.enum(ids(FAIR_STATUSES));
export const FAIR_STATUS_LABELS = labels(FAIR_STATUSES);

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

/** Staff follow an intention to an outcome; `hired` is 达成就业意向. */
export const INTENTION_STATUSES = [
  { id: 'pending', label: '待联系' },
  { id: 'contacted', label: '已联系' },
  { id: 'interviewing', label: '面试中' },
  { id: 'hired', label: '已录用' },
  { id: 'not-suitable', label: '不合适' },
] as const;
export type IntentionStatus = (typeof INTENTION_STATUSES)[number]['id'];
export const intentionStatusSchema = z.enum(ids(INTENTION_STATUSES));
export const INTENTION_STATUS_LABELS = labels(INTENTION_STATUSES);

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
