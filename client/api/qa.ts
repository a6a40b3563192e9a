import { okSchema } from '../../shared/common';
import {
  article,
  articlePage,
  articleReportPage,
  articleReportReceipt,
  askQuestionResponse,
  postMessageResponse,
  question,
  questionSummaryPage,
  questionThread,
  queuePage,
  topicsResponse,
  type Article,
  type ArticleFilters,
  type ArticlePage,
  type ArticleReportPage,
  type ArticleReportReceipt,
  type ArticleReportRequest,
  type AskQuestionRequest,
  type AskQuestionResponse,
  type PostMessageResponse,
  type Question,
  type QuestionSummaryPage,
  type QuestionThread,
  type QueuePage,
  type TopicsResponse,
} from '../../shared/qa';
import type { TopicId } from '../../shared/topics';
import { request } from './http';

const enc = encodeURIComponent;
const questionPath = (id: string, action?: string) => `/api/qa/questions/${enc(id)}${action ? `/${action}` : ''}`;

/** Legal Q&A: the knowledge base, a resident's questions, and the volunteer workbench. */
export const qaApi = {
  topics: (): Promise<TopicsResponse> => request({ path: '/api/qa/topics', schema: topicsResponse }),
  articles: (filters: ArticleFilters, cursor?: string | null, limit = 20): Promise<ArticlePage> =>
    request({ path: '/api/qa/articles', query: { ...filters, cursor, limit }, schema: articlePage }),
  article: (id: string): Promise<Article> => request({ path: `/api/qa/articles/${enc(id)}`, schema: article }),
  /** 反馈有误: a content error report on one article (signed in). */
  reportArticle: (id: string, input: ArticleReportRequest): Promise<ArticleReportReceipt> =>
    request({ method: 'POST', path: `/api/qa/articles/${enc(id)}/report`, body: input, schema: articleReportReceipt }),
  /** Staff: the reports, newest first. */
  articleReports: (cursor?: string | null): Promise<ArticleReportPage> =>
    request({ path: '/api/admin/article-reports', query: { cursor, limit: 20 }, schema: articleReportPage }),

  ask: (input: AskQuestionRequest): Promise<AskQuestionResponse> =>
    request({ method: 'POST', path: '/api/qa/questions', body: input, schema: askQuestionResponse }),
  myQuestions: (cursor?: string | null): Promise<QuestionSummaryPage> =>
    request({ path: '/api/me/questions', query: { cursor, limit: 50 }, schema: questionSummaryPage }),
  thread: (id: string): Promise<QuestionThread> => request({ path: questionPath(id), schema: questionThread }),
  reply: (id: string, body: string): Promise<PostMessageResponse> =>
    request({ method: 'POST', path: questionPath(id, 'messages'), body: { body }, schema: postMessageResponse }),
  close: (id: string): Promise<Question> =>
    request({ method: 'POST', path: questionPath(id, 'close'), body: {}, schema: question }),
  feedback: (id: string, helpful: boolean): Promise<Question> =>
    request({ method: 'POST', path: questionPath(id, 'feedback'), body: { helpful }, schema: question }),

  queue: (topic?: TopicId, cursor?: string | null): Promise<QueuePage> =>
    request({ path: '/api/qa/queue', query: { topic, cursor, limit: 20 }, schema: queuePage }),
  claims: (cursor?: string | null): Promise<QuestionSummaryPage> =>
    request({ path: '/api/qa/claims', query: { cursor, limit: 50 }, schema: questionSummaryPage }),
  claim: (id: string): Promise<QuestionThread> =>
    request({ method: 'POST', path: questionPath(id, 'claim'), body: {}, schema: questionThread }),
  release: (id: string): Promise<{ ok: true }> =>
    request({ method: 'POST', path: questionPath(id, 'release'), body: {}, schema: okSchema }),
};
