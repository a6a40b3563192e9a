
/**
 * No zod in this file: the weapp main package imports the topic list (README, perf);
 * shared/topics.ts adds the schemas.
 *
 * The knowledge-base topics (DESIGN.md "Knowledge-base topic ids"). Every article carries
 * exactly one id; the client groups topics by `group` and shows the Chinese title.
 */
export const TOPIC_GROUPS = [
  { id: 'dv', title: '家庭暴力' },
  { id: 'marriage', title: '婚姻和财产' },
  { id: 'children', title: '孩子' },
  { id: 'work', title: '工作' },
  { id: 'rights', title: '其他权益' },
  { id: 'help', title: '找谁帮忙' },
] as const;
export type TopicGroup = (typeof TOPIC_GROUPS)[number]['id'];

export const TOPICS = [
  { id: 'dv-definition', title: '什么是家庭暴力', group: 'dv' },
  { id: 'dv-report-police', title: '遇到家暴怎么报警', group: 'dv' },
  { id: 'dv-warning-letter', title: '家暴告诫书', group: 'dv' },
  { id: 'dv-protection-order', title: '人身安全保护令', group: 'dv' },
  { id: 'dv-evidence', title: '家暴怎么留证据', group: 'dv' },
  { id: 'dv-shelter', title: '临时庇护场所', group: 'dv' },
  { id: 'dv-compulsory-report', title: '强制报告', group: 'dv' },
  { id: 'divorce-agreement', title: '协议离婚', group: 'marriage' },
  { id: 'divorce-litigation', title: '起诉离婚', group: 'marriage' },
  { id: 'marital-property', title: '夫妻共同财产', group: 'marriage' },
  { id: 'housewife-compensation', title: '家务劳动补偿', group: 'marriage' },
  { id: 'divorce-damages', title: '离婚损害赔偿', group: 'marriage' },
  { id: 'hidden-assets', title: '隐藏转移财产', group: 'marriage' },
  { id: 'marital-debt', title: '夫妻债务', group: 'marriage' },
  { id: 'house-property', title: '房子怎么分', group: 'marriage' },
  { id: 'bride-price', title: '彩礼', group: 'marriage' },
  { id: 'pregnancy-divorce-restriction', title: '怀孕期间离婚', group: 'marriage' },
  { id: 'custody', title: '孩子抚养权', group: 'children' },
  { id: 'child-support', title: '抚养费', group: 'children' },
  { id: 'visitation', title: '探望孩子', group: 'children' },
  { id: 'parenting-guidance', title: '家庭教育指导', group: 'children' },
  { id: 'minor-protection', title: '未成年人保护', group: 'children' },
  { id: 'sexual-harassment', title: '性骚扰', group: 'rights' },
  { id: 'rural-land-rights', title: '农村土地权益', group: 'rights' },
  { id: 'property-registration', title: '房产证加名', group: 'rights' },
  { id: 'employment-discrimination', title: '就业歧视', group: 'work' },
  { id: 'maternity-leave', title: '产假', group: 'work' },
  { id: 'pregnancy-dismissal', title: '怀孕被辞退', group: 'work' },
  { id: 'breastfeeding-break', title: '哺乳时间', group: 'work' },
  { id: 'labor-contract', title: '劳动合同', group: 'work' },
  { id: 'wage-arrears', title: '拖欠工资', group: 'work' },
  { id: 'labor-arbitration', title: '劳动仲裁', group: 'work' },
  { id: 'social-insurance', title: '社会保险', group: 'work' },
  { id: 'legal-aid-eligibility', title: '谁能申请法律援助', group: 'help' },
  { id: 'legal-aid-how', title: '怎么申请法律援助', group: 'help' },
  { id: 'mediation', title: '调解', group: 'help' },
  { id: 'litigation-costs', title: '打官司的费用', group: 'help' },
  { id: 'psych-support', title: '心理支持', group: 'help' },
  { id: 'hotlines', title: '求助热线', group: 'help' },
  { id: 'inheritance', title: '继承', group: 'rights' },
  { id: 'cohabitation', title: '同居关系', group: 'marriage' },
] as const satisfies readonly { id: string; title: string; group: TopicGroup }[];

export type TopicId = (typeof TOPICS)[number]['id'];
export const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];
export const TOPIC_TITLES = Object.fromEntries(TOPICS.map((t) => [t.id, t.title])) as Record<TopicId, string>;
export const isTopicId = (s: string): s is TopicId => (TOPIC_IDS as readonly string[]).includes(s);
/** Position in TOPICS; listings of all articles follow this order. */
export const topicOrder = (id: TopicId): number => TOPIC_IDS.indexOf(id);
