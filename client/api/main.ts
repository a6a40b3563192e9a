import type { LoginResponse } from '../../shared/auth';
import type { IntentionPage, JobFilters, JobPage } from '../../shared/jobs';
import type { ArticleFilters, ArticlePage, TopicsResponse } from '../../shared/qa';
import { anything, guard, hasShape, list, page, type Shape } from './check';
import { request } from './http';
import { isPublicUser } from './session';

/**
 * The calls the weapp main package makes (tab pages, client/components, client/session): shared
 * types only, responses checked by the zod-free guards of check.ts, so zod stays out of the main
 * package (README, perf). Subpackage pages use client/api/<feature>.ts, which validates with the
 * shared schemas.
 */

export type { ArticleFilters, JobFilters };

const enc = encodeURIComponent;

const JOB_ITEM: Shape = {
  id: 'string',
  title: 'string',
  employer: 'object',
  city: 'string',
  district: 'string',
  category: 'string',
  salary: 'object',
  tags: 'array',
  status: 'string',
};
const INTENTION_ITEM: Shape = { id: 'string', jobId: 'string', job: 'object', status: 'string', createdAt: 'string' };
const ARTICLE_ITEM: Shape = { id: 'string', title: 'string', summary: 'string', topic: 'string' };
const TOPIC_ITEM: Shape = { id: 'string', title: 'string', group: 'string', articleCount: 'number' };

export const jobsMain = {
  list: (filters: JobFilters, cursor?: string | null, limit = 20): Promise<JobPage> =>
    request({ path: '/api/jobs', query: { ...filters, cursor, limit }, schema: page<JobPage>(JOB_ITEM) }),
  myIntentions: (cursor?: string | null): Promise<IntentionPage> =>
    request({ path: '/api/me/intentions', query: { cursor, limit: 50 }, schema: page<IntentionPage>(INTENTION_ITEM) }),
  withdraw: (id: string): Promise<unknown> =>
    request({ method: 'DELETE', path: `/api/me/intentions/${enc(id)}`, schema: anything }),
};

export const qaMain = {
  topics: (): Promise<TopicsResponse> => request({ path: '/api/qa/topics', schema: list<TopicsResponse>(TOPIC_ITEM) }),
  articles: (filters: ArticleFilters, cursor?: string | null, limit = 20): Promise<ArticlePage> =>
    request({ path: '/api/qa/articles', query: { ...filters, cursor, limit }, schema: page<ArticlePage>(ARTICLE_ITEM) }),
};

export const authMain = {
  login: (code: string): Promise<LoginResponse> =>
    request({
      method: 'POST',
      path: '/api/auth/login',
      body: { code },
      schema: guard<LoginResponse>((v) => hasShape(v, { token: 'string', user: 'object' }) && isPublicUser((v as LoginResponse).user)),
    }),
};
