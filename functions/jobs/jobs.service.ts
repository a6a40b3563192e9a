import type {
  AdminJobsQuery,
  JobCreateRequest,
  JobListItem,
  JobPage,
  JobPatchRequest,
  JobPosting,
  JobsQuery,
} from '../../shared/jobs';
import type { Deps } from '../platform/deps';
import type { FederationUnit } from '../../shared/org';
import { AppError, isConditionFailed } from '../platform/errors';
import { bumpStats } from '../platform/stats';
import { getFair } from './fairs.store';
import {
  closeJob,
  getJob,
  insertJob,
  listJobsForStaff,
  listOpenJobs,
  reopenJob,
  updateJob,
  type JobListRecord,
  type JobRecord,
} from './jobs.store';
import { assertCanEdit } from './scope';

export type JobsDeps = Pick<Deps, 'db' | 'clock' | 'ids'>;

/** Stored instants are UTC `Z` strings so that reads can compare them as text. */
export const utcIso = (s: string) => new Date(s).toISOString();

/** A posting past its expiry reads as closed, so a saved link explains itself. */
export const isLive = (j: Pick<JobRecord, 'status' | 'expiresAt'>, now: Date) => j.status === 'open' && j.expiresAt > now.toISOString();

export function toJobListItem(j: JobListRecord, now: Date): JobListItem {
  return {
    id: j.id,
    title: j.title,
    employer: j.employer,
    city: j.city,
    district: j.district,
    category: j.category,
    salary: j.salary,
    tags: j.tags,
    fairId: j.fairId,
    publishedAt: j.publishedAt,
    expiresAt: j.expiresAt,
    status: isLive(j, now) ? 'open' : 'closed',
  };
}

/** The whole posting: what a list shows, and the details its own page adds. */
export function toJobPosting(j: JobRecord, now: Date): JobPosting {
  return {
    ...toJobListItem(j, now),
    address: j.address,
    headcount: j.headcount,
    duties: j.duties,
    requirements: j.requirements,
    education: j.education,
    experience: j.experience,
    version: j.version,
  };
}

export async function listJobs(deps: JobsDeps, query: JobsQuery): Promise<JobPage> {
  const now = deps.clock();
  const { limit, cursor, ...filters } = query;
  const page = await listOpenJobs(deps, filters, now.toISOString(), limit, cursor);
  return { items: page.items.map((j) => toJobListItem(j, now)), nextCursor: page.nextCursor };
}

export async function getJobPosting(deps: JobsDeps, jobId: string): Promise<JobPosting> {
  const job = await getJob(deps, jobId);
  if (!job) throw new AppError('NOT_FOUND');
  return toJobPosting(job, deps.clock());
}

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', [{ path, message }]);

async function checkRefs(deps: JobsDeps, input: { expiresAt?: string; fairId?: string | null }) {
  if (input.expiresAt !== undefined && utcIso(input.expiresAt) <= deps.clock().toISOString()) {
    throw invalid('expiresAt', '截止时间要晚于现在');
  }
  if (input.fairId) {
    const fair = await getFair(deps, input.fairId);
    if (!fair) throw invalid('fairId', '没有找到这个招聘会');
    if (fair.status === 'cancelled') throw invalid('fairId', '这个招聘会已经取消了');
  }
}

/** Staff publish only within their region. */
export async function createJob(deps: Deps, unit: FederationUnit, input: JobCreateRequest): Promise<JobPosting> {
  assertCanEdit(unit, input);
  await checkRefs(deps, input);
  const job: JobRecord = {
    ...input,
    id: deps.ids(),
    expiresAt: utcIso(input.expiresAt),
    publishedAt: deps.clock().toISOString(),
    status: 'open',
    version: 1,
    intentionCount: 0,
  };
  await insertJob(deps, job);
  await bumpStats(deps, { postingsPublished: 1 }, { place: job });
  return toJobPosting(job, deps.clock());
}

/** A posting staff may change: it exists (404) and lies in her region (403). */
async function editableJob(deps: JobsDeps, unit: FederationUnit, jobId: string): Promise<JobRecord> {
  const job = await getJob(deps, jobId);
  if (!job) throw new AppError('NOT_FOUND');
  assertCanEdit(unit, job);
  return job;
}

/** Optimistic locking: the change applies only to the version the staff member saw. */
export async function patchJob(
  deps: JobsDeps,
  unit: FederationUnit,
  jobId: string,
  input: JobPatchRequest,
): Promise<JobPosting> {
  const before = await editableJob(deps, unit, jobId);
  if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
  await checkRefs(deps, input);
  const { version, ...changes } = input;
  const after: JobRecord = {
    ...before,
    ...changes,
    ...(changes.expiresAt !== undefined ? { expiresAt: utcIso(changes.expiresAt) } : {}),
    version: version + 1,
  };
  // Moving a posting out of her region would hand it to someone else: not hers to do.
  assertCanEdit(unit, after);
  if (!(await updateJob(deps, before, after))) throw new AppError('VERSION_CONFLICT');
  return toJobPosting(after, deps.clock());
}

/** Closing twice is harmless: the second call returns the closed posting. */
export async function closeJobPosting(deps: JobsDeps, unit: FederationUnit, jobId: string): Promise<JobPosting> {
  const job = await editableJob(deps, unit, jobId);
  if (job.status === 'closed') return toJobPosting(job, deps.clock());
  try {
    return toJobPosting(await closeJob(deps, job), deps.clock());
  } catch (e) {
    if (!isConditionFailed(e)) throw e;
    const again = await getJob(deps, jobId);
    if (!again) throw new AppError('NOT_FOUND');
    return toJobPosting(again, deps.clock());
  }
}

/** Reopening an open posting is harmless too; an expired one needs a later 截止时间 first (PATCH). */
export async function reopenJobPosting(deps: JobsDeps, unit: FederationUnit, jobId: string): Promise<JobPosting> {
  const job = await editableJob(deps, unit, jobId);
  if (job.status === 'open') return toJobPosting(job, deps.clock());
  if (job.expiresAt <= deps.clock().toISOString()) throw invalid('expiresAt', '截止时间已过，请先修改截止时间');
  const reopened = await reopenJob(deps, job);
  return toJobPosting(reopened ?? (await editableJob(deps, unit, jobId)), deps.clock());
}

/** The postings of her region, open or closed, newest first; a district is a filter on its city. */
export async function listStaffJobs(deps: JobsDeps, unit: FederationUnit, query: AdminJobsQuery): Promise<JobPage> {
  const { limit, cursor, status = 'open' } = query;
  const city = unit.city ?? query.city;
  if (query.city && unit.city && query.city !== unit.city) return { items: [], nextCursor: null };
  const page = await listJobsForStaff(deps, { status, city, district: unit.district }, limit, cursor);
  const now = deps.clock();
  return { items: page.items.map((j) => toJobListItem(j, now)), nextCursor: page.nextCursor };
}
