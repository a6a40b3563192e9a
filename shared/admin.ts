import * as z from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2026-01-31');

export const statsQuery = z
  .strictObject({ from: day, to: day })
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
};
