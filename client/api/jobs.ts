import * as z from 'zod';
import {
  fairDetail,
  fairPage,
  intention,
  intentionPage,
  jobPage,
  jobPosting,
  type FairDetail,
  type FairPage,
  type FairMode,
  type Intention,
  type IntentionPage,
  type IntentionRequest,
  type JobFilters,
  type JobPage,
  type JobPosting,
  type CityId,
} from '../../shared/jobs';
import { request } from './http';

export type { JobFilters };

export interface FairFilters {
  city?: CityId;
  mode?: FairMode;
}

const enc = encodeURIComponent;

export const jobsApi = {
  list: (filters: JobFilters, cursor?: string | null, limit = 20): Promise<JobPage> =>
    request({ path: '/api/jobs', query: { ...filters, cursor, limit }, schema: jobPage }),
  get: (id: string): Promise<JobPosting> => request({ path: `/api/jobs/${enc(id)}`, schema: jobPosting }),
  fairs: (filters: FairFilters = {}, cursor?: string | null): Promise<FairPage> =>
    request({ path: '/api/fairs', query: { ...filters, cursor }, schema: fairPage }),
  fair: (id: string): Promise<FairDetail> => request({ path: `/api/fairs/${enc(id)}`, schema: fairDetail }),
  apply: (jobId: string, input: IntentionRequest): Promise<Intention> =>
    request({ method: 'POST', path: `/api/jobs/${enc(jobId)}/intentions`, body: input, schema: intention }),
  myIntentions: (cursor?: string | null): Promise<IntentionPage> =>
    request({ path: '/api/me/intentions', query: { cursor, limit: 50 }, schema: intentionPage }),
  withdraw: (id: string): Promise<unknown> =>
    request({ method: 'DELETE', path: `/api/me/intentions/${enc(id)}`, schema: z.unknown() }),
};
