import { labels } from './labelled';

/**
 * Spring Breeze enumerations as (id, Chinese label) pairs. No zod here: the weapp main package
 * imports these labels, and shared/jobs.ts builds the schemas from them.
 */

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
export const JOB_TAG_LABELS = labels(JOB_TAGS);

export const SALARY_UNITS = [
  { id: 'month', label: '元/月' },
  { id: 'day', label: '元/天' },
  { id: 'hour', label: '元/小时' },
] as const;
export type SalaryUnit = (typeof SALARY_UNITS)[number]['id'];
export const SALARY_UNIT_LABELS = labels(SALARY_UNITS);

export const EDUCATION_LEVELS = [
  { id: 'any', label: '学历不限' },
  { id: 'junior-middle', label: '初中' },
  { id: 'high-school', label: '高中/中专' },
  { id: 'college', label: '大专' },
  { id: 'bachelor', label: '本科' },
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number]['id'];
export const EDUCATION_LABELS = labels(EDUCATION_LEVELS);

export const EXPERIENCE_LEVELS = [
  { id: 'any', label: '经验不限' },
  { id: '1-year', label: '1 年以上' },
  { id: '3-years', label: '3 年以上' },
] as const;
export type ExperienceLevel = (typeof EXPERIENCE_LEVELS)[number]['id'];
export const EXPERIENCE_LABELS = labels(EXPERIENCE_LEVELS);

export const JOB_STATUSES = [
  { id: 'open', label: '招聘中' },
  { id: 'closed', label: '已停止招聘' },
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number]['id'];
export const JOB_STATUS_LABELS = labels(JOB_STATUSES);

export const FAIR_MODES = [
  { id: 'online', label: '线上' },
  { id: 'offline', label: '线下' },
  { id: 'both', label: '线上+线下' },
] as const;
export type FairMode = (typeof FAIR_MODES)[number]['id'];
export const FAIR_MODE_LABELS = labels(FAIR_MODES);

export const FAIR_STATUSES = [
  { id: 'scheduled', label: '按期举办' },
  { id: 'cancelled', label: '已取消' },
] as const;
export type FairStatus = (typeof FAIR_STATUSES)[number]['id'];
export const FAIR_STATUS_LABELS = labels(FAIR_STATUSES);

/** Staff follow an intention to an outcome; `hired` is 达成就业意向. */
export const INTENTION_STATUSES = [
  { id: 'pending', label: '待联系' },
  { id: 'contacted', label: '已联系' },
  { id: 'interviewing', label: '面试中' },
  { id: 'hired', label: '已录用' },
  { id: 'not-suitable', label: '不合适' },
] as const;
export type IntentionStatus = (typeof INTENTION_STATUSES)[number]['id'];
export const INTENTION_STATUS_LABELS = labels(INTENTION_STATUSES);
