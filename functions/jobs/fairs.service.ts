import type { FairDetail, FairPage, FairsQuery } from '../../shared/jobs';
import { AppError } from '../platform/errors';
import { getFair, listFairJobs, listFairs } from './fairs.store';
import { toJobListItem, utcIso, type JobsDeps } from './jobs.service';

/** How many postings a fair page shows; the rest through GET /api/jobs?fairId=. */
export const FAIR_POSTINGS_SHOWN = 50;

/** Fairs still running or to come, the soonest first. */
export async function listJobFairs(deps: JobsDeps, query: FairsQuery): Promise<FairPage> {
  const from = query.from ? utcIso(query.from) : deps.clock().toISOString();
  return listFairs(deps, { city: query.city, mode: query.mode, from }, query.limit, query.cursor);
}

export async function getFairDetail(deps: JobsDeps, fairId: string): Promise<FairDetail> {
  const fair = await getFair(deps, fairId);
  if (!fair) throw new AppError('NOT_FOUND');
  const now = deps.clock();
  const jobs = await listFairJobs(deps, fairId, now.toISOString(), FAIR_POSTINGS_SHOWN);
  return { ...fair, postings: jobs.map((j) => toJobListItem(j, now)) };
}
