import * as z from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-01-31');

/**
 * `region`: `jiangxi` (the province), a city id (`nanchang`) or a district unit id
 * (`nanchang-donghu`); by default the staff member's own unit. Outside her region: 403.
 */
export const statsQuery = z
  .strictObject({ from: day, to: day, region: z.string().regex(/^[a-z-]{2,40}$/, '地区不对').optional() })
  .refine((q) => q.from <= q.to, { message: '开始日期不能晚于结束日期', path: ['from'] })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= 366, {
    message: '一次最多查询一年',
    path: ['to'],
  });
export type StatsQuery = z.infer<typeof statsQuery>;

/** Aggregate figures only: counts, never a person. */
export const statsResponse = z.object({
  from: z.string(),
  to: z.string(),
  totals: z.record(z.string(), z.number()),
  days: z.array(z.object({ day: z.string(), counters: z.record(z.string(), z.number()) })),
  /** The region the figures cover. */
  region: z.object({ id: z.string(), name: z.string() }).optional(),
  /** Per week (Monday's date), summed from the days. */
  weeks: z.array(z.object({ week: z.string(), counters: z.record(z.string(), z.number()) })).optional(),
  /**
   * Minutes from asking to the first volunteer answer over the range, from a histogram of
   * buckets: a percentile is the upper bound of its bucket (null: none answered, or beyond two weeks).
   */
  firstAnswerMinutes: z.object({ answered: z.number(), median: z.number().nullable(), p90: z.number().nullable() }).optional(),
  /** For the province: each city's totals. */
  byCity: z.array(z.object({ city: z.string(), totals: z.record(z.string(), z.number()) })).optional(),
});
export type StatsResponse = z.infer<typeof statsResponse>;

/** Chinese labels for the counters, for the staff screen. */
export const STAT_LABELS: Record<string, string> = {
  questionsAsked: '收到的提问',
  questionsUrgent: '其中紧急的提问',
  questionsClaimed: '被志愿者接手',
  questionsClosed: '已结束的提问',
  bookingsMade: '预约次数',
  bookingsCancelled: '取消的预约',
  bookingsCompleted: '完成的咨询',
  bookingsNoShow: '未到场',
  consultMinutes: '咨询总分钟数',
  outcome_answered: '结果：已解答',
  'outcome_legal-aid': '结果：转法律援助',
  outcome_mediation: '结果：转调解',
  'outcome_protection-order': '结果：协助申请保护令',
  outcome_other: '结果：其他',
  intentionsRegistered: '登记的就业意向',
  volunteersApplied: '志愿者申请',
  volunteersApproved: '通过审核的志愿者',
  postingsPublished: '发布的岗位',
  fairsHeld: '举办的招聘会',
  fairsHeld_online: '招聘会：线上',
  fairsHeld_offline: '招聘会：线下',
  fairsHeld_both: '招聘会：线上+线下',
  fairsCancelled: '取消的招聘会',
  intentionsContacted: '已联系的就业意向',
  intentionsInterviewing: '进入面试',
  intentionsHired: '达成就业意向（已录用）',
  intentionsNotSuitable: '不合适',
  questionsAnswered: '得到志愿者回复的提问',
  eventsHeld_lecture: '举办的普法讲座',
  'eventsHeld_advice-day': '举办的法律咨询日',
  'eventsHeld_women-council': '举办的妇女议事会',
  'eventsHeld_parent-school': '举办的家长学校',
  eventsHeld_other: '举办的其他活动',
  eventSignups: '活动报名人次',
  eventCheckins: '活动签到人次',
  volunteerMinutes: '志愿服务总分钟数',
};

/** The figures the staff screen shows as large numbers, in order. */
export const HEADLINE_COUNTERS = [
  'postingsPublished',
  'fairsHeld',
  'intentionsRegistered',
  'intentionsHired',
  'questionsAsked',
  'questionsAnswered',
  'bookingsCompleted',
  'consultMinutes',
] as const;

export const OUTCOME_COUNTERS = [
  'outcome_answered',
  'outcome_legal-aid',
  'outcome_mediation',
  'outcome_protection-order',
  'outcome_other',
] as const;

export const FAIR_MODE_COUNTERS = ['fairsHeld_online', 'fairsHeld_offline', 'fairsHeld_both'] as const;
