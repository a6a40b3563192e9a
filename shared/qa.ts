import * as z from 'zod';
import { idSchema, isoDateTime, optionalParam, pageOf, pageQuery, text } from './common';
import { topicGroupSchema, topicIdSchema } from './topics';

/**
 * Legal Q&A (法律问答): the knowledge base (topics, articles, search) and private
 * questions that an approved volunteer claims and answers in a thread.
 */

// --- knowledge base ---------------------------------------------------------

export const legalBasis = z.object({
  /** e.g. 《中华人民共和国反家庭暴力法》 */
  law: z.string().min(1).max(100),
  /** e.g. 第二十三条 */
  article: z.string().min(1).max(100),
});
export type LegalBasis = z.infer<typeof legalBasis>;

const dateOrInstant = z
  .union([isoDateTime, z.iso.date()])
  .transform((s) => (s.length === 10 ? `${s}T00:00:00.000Z` : new Date(s).toISOString()));

/** One file of content/articles/<topic-id>.json is an array of these; seeding loads them. */
export const articleSource = z.object({
  id: idSchema,
  topic: topicIdSchema,
  title: z.string().min(1).max(60),
  summary: z.string().min(1).max(300),
  body: z.string().min(1).max(20000),
  basis: z.array(legalBasis),
  keywords: z.array(z.string().min(1).max(30)).default([]),
  /** A UTC instant or a plain date, read as midnight UTC; always an instant after parsing. */
  updatedAt: dateOrInstant,
  /** The role of whoever last checked the content (e.g. 志愿律师); content tests require it. */
  reviewedBy: z.string().min(1).max(20).optional(),
  reviewedAt: dateOrInstant.optional(),
});
export type ArticleSource = z.infer<typeof articleSource>;
export const articleFile = z.array(articleSource);

export const topicSummary = z.object({
  id: topicIdSchema,
  title: z.string(),
  group: topicGroupSchema,
  articleCount: z.number().int().min(0),
});
export type TopicSummary = z.infer<typeof topicSummary>;
/** GET /api/qa/topics — every topic in the fixed order of shared/topics.ts. */
export const topicsResponse = z.object({ items: z.array(topicSummary) });
export type TopicsResponse = z.infer<typeof topicsResponse>;

/** GET /api/qa/articles — with `q` ranked by relevance, without it listed by topic. */
export const articlesQuery = pageQuery.extend({
  q: optionalParam(z.string().trim().min(1).max(100)),
  topic: optionalParam(topicIdSchema),
});
export type ArticlesQuery = z.infer<typeof articlesQuery>;
/** What a client narrows GET /api/qa/articles by: the query without its paging. */
export type ArticleFilters = Omit<ArticlesQuery, 'limit' | 'cursor'>;

export const articleListItem = z.object({
  id: idSchema,
  title: z.string(),
  summary: z.string(),
  topic: topicIdSchema,
});
export type ArticleListItem = z.infer<typeof articleListItem>;
export const articlePage = pageOf(articleListItem);
export type ArticlePage = z.infer<typeof articlePage>;

/** GET /api/qa/articles/:id */
export const article = z.object({
  id: idSchema,
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  topic: topicIdSchema,
  basis: z.array(legalBasis),
  updatedAt: isoDateTime,
  /** The reviewer's role, e.g. 志愿律师; null for an article never reviewed. */
  reviewedBy: z.string().nullable(),
  reviewedAt: isoDateTime.nullable(),
  /** Glossary words the article uses, each with its plain explanation, in order of first use. */
  terms: z.array(z.lazy(() => glossaryEntry)),
});
export type Article = z.infer<typeof article>;

// --- glossary (words explained on tap) ----------------------------------------

/** content/glossary.json is an array of these. */
export const glossaryEntry = z.object({
  term: z.string().min(1).max(20),
  explanation: z.string().min(1).max(120),
});
export type GlossaryEntry = z.infer<typeof glossaryEntry>;
export const glossaryFile = z.array(glossaryEntry);

export interface TextPiece {
  text: string;
  /** Set when this piece is a glossary word. */
  term?: string;
}

/**
 * Cuts text into plain pieces and glossary words, taking the longest word at each place
 * (行政复议 wins over 复议), so the server's term list and the screen's underlines agree.
 */
export function splitByTerms(text: string, terms: readonly string[]): TextPiece[] {
  const byFirst = new Map<string, string[]>();
  for (const t of terms) {
    if (!t) continue;
    const list = byFirst.get(t[0]) ?? [];
    list.push(t);
    byFirst.set(t[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  const out: TextPiece[] = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const hit = byFirst.get(text[i])?.find((t) => text.startsWith(t, i));
    if (hit) {
      if (plain) out.push({ text: plain });
      plain = '';
      out.push({ text: hit, term: hit });
      i += hit.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) out.push({ text: plain });
  return out;
}

/** The distinct glossary words a text uses, in order of first use. */
export const termsUsed = (text: string, terms: readonly string[]): string[] => [
  ...new Set(splitByTerms(text, terms).flatMap((p) => (p.term ? [p.term] : []))),
];

// --- error reports on articles (反馈有误) --------------------------------------

export const ARTICLE_REPORT_REASONS = [
  { id: 'wrong-law', label: '法律规定说错了' },
  { id: 'outdated', label: '内容过时了' },
  { id: 'wrong-contact', label: '电话或地址不对' },
  { id: 'unclear', label: '看不懂' },
  { id: 'other', label: '其他' },
] as const;
export type ArticleReportReason = (typeof ARTICLE_REPORT_REASONS)[number]['id'];
export const articleReportReason = z.enum(
  ARTICLE_REPORT_REASONS.map((r) => r.id) as [ArticleReportReason, ...ArticleReportReason[]],
);
export const ARTICLE_REPORT_NOTE_MAX = 300;
/** Reports one person may send in a Beijing-time day. */
export const ARTICLE_REPORTS_PER_DAY = 5;

/** POST /api/qa/articles/:id/report → 201 ArticleReportReceipt */
export const articleReportRequest = z.strictObject({
  reason: articleReportReason,
  note: text(ARTICLE_REPORT_NOTE_MAX).optional(),
});
export type ArticleReportRequest = z.infer<typeof articleReportRequest>;
export const articleReportReceipt = z.object({ id: idSchema, articleId: idSchema, createdAt: isoDateTime });
export type ArticleReportReceipt = z.infer<typeof articleReportReceipt>;

/** GET /api/admin/article-reports — newest first; never who sent it. */
export const articleReport = z.object({
  id: idSchema,
  articleId: idSchema,
  articleTitle: z.string(),
  topic: topicIdSchema,
  reason: articleReportReason,
  note: z.string().nullable(),
  createdAt: isoDateTime,
});
export type ArticleReport = z.infer<typeof articleReport>;
export const articleReportPage = pageOf(articleReport);
export type ArticleReportPage = z.infer<typeof articleReportPage>;

// --- questions --------------------------------------------------------------

export const QUESTION_TITLE_MAX = 60;
export const QUESTION_BODY_MAX = 2000;
export const MESSAGE_BODY_MAX = 2000;
/** Questions one resident may ask per Beijing-time day. */
export const QUESTIONS_PER_DAY = 5;
/** A claim with no volunteer reply for this long goes back to the queue. */
export const CLAIM_LAPSE_HOURS = 48;
/** What a volunteer sees instead of the asker's name when she asked anonymously. */
export const ANONYMOUS_ASKER_NAME = '匿名居民';

/** POST /api/qa/questions */
export const askQuestionRequest = z.strictObject({
  title: text(QUESTION_TITLE_MAX),
  body: text(QUESTION_BODY_MAX),
  topic: topicIdSchema.optional(),
  /** A city id as the client offers it (e.g. `nanchang`); free of personal data. */
  city: z
    .string()
    .trim()
    .regex(/^[a-z][a-z-]{0,31}$/, '城市不对')
    .optional(),
  anonymous: z.boolean(),
});
export type AskQuestionRequest = z.infer<typeof askQuestionRequest>;

/**
 * `open`: waiting in the volunteer queue (a lapsed claim reads as open again);
 * `claimed`: a volunteer is answering; `closed`: finished by the asker or the volunteer.
 */
export const questionStatus = z.enum(['open', 'claimed', 'closed']);
export type QuestionStatus = z.infer<typeof questionStatus>;

/** The question as its asker or its claiming volunteer sees it. Never the asker's id. */
export const question = z.object({
  id: idSchema,
  title: z.string(),
  body: z.string(),
  topic: topicIdSchema.nullable(),
  city: z.string().nullable(),
  anonymous: z.boolean(),
  /** Words of immediate danger were found: first in the queue, safety help shown. */
  urgent: z.boolean(),
  status: questionStatus,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** When the current volunteer claimed it; null while open. */
  claimedAt: isoDateTime.nullable(),
  /** The asker's shown name for the volunteer, or 匿名居民; for the asker, her own shown name. */
  askerName: z.string(),
  /** The claiming volunteer's public name (e.g. 陈律师), null while open. */
  volunteerName: z.string().nullable(),
  /** The asker's feedback on the answer; null until given. */
  helpful: z.boolean().nullable(),
  messageCount: z.number().int().min(0),
  /** Who is looking: decides which buttons the client shows. */
  viewer: z.enum(['asker', 'volunteer']),
});
export type Question = z.infer<typeof question>;

export const threadMessage = z.object({
  id: idSchema,
  /** Messages carry the author's part in the thread, never a person's id or name. */
  from: z.enum(['asker', 'volunteer']),
  body: z.string(),
  createdAt: isoDateTime,
});
export type ThreadMessage = z.infer<typeof threadMessage>;

/**
 * GET /api/qa/questions/:id?limit&cursor — the question with one page of its messages,
 * oldest first; `nextCursor` fetches the next (newer) page. The default page (50) holds a
 * whole ordinary thread, so a caller that ignores paging sees what it saw before.
 */
export const THREAD_PAGE_SIZE = 50;
export const threadQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(THREAD_PAGE_SIZE),
  cursor: z.string().max(512).optional(),
});
export const questionThread = question.extend({
  messages: z.array(threadMessage),
  /** Always sent by the server (null on the last page); optional in the type for older fixtures. */
  nextCursor: z.string().nullable().optional(),
});
export type QuestionThread = z.infer<typeof questionThread>;

export const hotline = z.object({ number: z.string(), label: z.string() });
export type Hotline = z.infer<typeof hotline>;

/** Shown at once when a question reads as immediate danger. */
export const safetyAdvice = z.object({
  message: z.string(),
  hotlines: z.array(hotline),
  /** Articles to read now (protection order, shelter); ids open GET /api/qa/articles/:id. */
  articles: z.array(z.object({ id: idSchema, title: z.string(), topic: topicIdSchema })),
});
export type SafetyAdvice = z.infer<typeof safetyAdvice>;

/** 201 from POST /api/qa/questions. */
export const askQuestionResponse = z.object({
  question,
  safety: safetyAdvice.optional(),
});
export type AskQuestionResponse = z.infer<typeof askQuestionResponse>;

/** A row in "my questions" and "my claims". */
export const questionSummary = z.object({
  id: idSchema,
  title: z.string(),
  topic: topicIdSchema.nullable(),
  city: z.string().nullable(),
  urgent: z.boolean(),
  status: questionStatus,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  messageCount: z.number().int().min(0),
});
export type QuestionSummary = z.infer<typeof questionSummary>;
export const questionSummaryPage = pageOf(questionSummary);
export type QuestionSummaryPage = z.infer<typeof questionSummaryPage>;

/** GET /api/qa/queue — urgent first, then oldest. No asker id, name or contact. */
export const queueQuery = pageQuery.extend({ topic: optionalParam(topicIdSchema) });
export type QueueQuery = z.infer<typeof queueQuery>;
export const queueItem = z.object({
  id: idSchema,
  topic: topicIdSchema.nullable(),
  city: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  urgent: z.boolean(),
  createdAt: isoDateTime,
});
export const queuePage = pageOf(queueItem);
export type QueuePage = z.infer<typeof queuePage>;

/** POST /api/qa/questions/:id/messages → 201 PostMessageResponse */
export const postMessageRequest = z.strictObject({ body: text(MESSAGE_BODY_MAX) });
export type PostMessageRequest = z.infer<typeof postMessageRequest>;

/** The new message; `safety` when the asker's message reads as immediate danger. */
export const postMessageResponse = threadMessage.extend({ safety: safetyAdvice.optional() });
export type PostMessageResponse = z.infer<typeof postMessageResponse>;

/** POST /api/qa/questions/:id/feedback → 200 Question */
export const feedbackRequest = z.strictObject({ helpful: z.boolean() });
export type FeedbackRequest = z.infer<typeof feedbackRequest>;

/**
 * Bodies and responses of the remaining routes:
 * - POST .../claim → 200 QuestionThread (the volunteer's view; 409 ALREADY_CLAIMED)
 * - POST .../release → 200 {ok: true}
 * - POST .../close → 200 Question
 * - GET /api/me/questions, GET /api/qa/claims → QuestionSummaryPage (newest first)
 */
export const emptyRequest = z.strictObject({});
