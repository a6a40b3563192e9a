import type { Intention, IntentionPage, IntentionRequest } from '../../shared/jobs';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import { logger } from '../platform/logger';
import { bumpStats } from '../platform/stats';
import {
  deleteIntention,
  findIntention,
  insertIntention,
  listJobIntentions,
  listUserIntentions,
  type IntentionRecord,
} from './intentions.store';
import { addIntentionCount, getJob } from './jobs.store';
import { isLive } from './jobs.service';

/** Full deps: the daily statistics counter needs them. */
export type IntentionsDeps = Deps;

function toIntention(deps: IntentionsDeps, r: IntentionRecord): Intention {
  return {
    id: r.id,
    jobId: r.jobId,
    job: { title: r.jobTitle, employerName: r.employerName },
    name: deps.cipher.decrypt(r.nameEnc),
    phone: deps.cipher.decrypt(r.phoneEnc),
    message: r.messageEnc === null ? null : deps.cipher.decrypt(r.messageEnc),
    createdAt: r.createdAt,
  };
}

/** The counter feeds statistics only; a failure there must not undo what she did. */
async function count(deps: IntentionsDeps, jobId: string, delta: 1 | -1) {
  try {
    await addIntentionCount(deps.db, jobId, delta);
  } catch (e) {
    logger.warn('intention counter not updated', { errorName: (e as Error)?.name });
  }
}

/** One per person per job, enforced by the conditional put; name, phone and message are stored encrypted. */
export async function registerIntention(
  deps: IntentionsDeps,
  userId: string,
  jobId: string,
  input: IntentionRequest,
): Promise<Intention> {
  const job = await getJob(deps.db, jobId);
  if (!job) throw new AppError('NOT_FOUND');
  if (!isLive(job, deps.clock())) throw new AppError('JOB_CLOSED');
  const record: IntentionRecord = {
    id: deps.ids(),
    jobId,
    userId,
    jobTitle: job.title,
    employerName: job.employer.name,
    nameEnc: deps.cipher.encrypt(input.name),
    phoneEnc: deps.cipher.encrypt(input.phone),
    messageEnc: input.message ? deps.cipher.encrypt(input.message) : null,
    createdAt: deps.clock().toISOString(),
  };
  if (!(await insertIntention(deps.db, record))) throw new AppError('ALREADY_APPLIED');
  await count(deps, jobId, 1);
  // A daily count of registrations (events): withdrawing later does not take it back.
  await bumpStats(deps, { intentionsRegistered: 1 });
  return toIntention(deps, record);
}

export async function listMyIntentions(
  deps: IntentionsDeps,
  userId: string,
  limit: number,
  cursor?: string,
): Promise<IntentionPage> {
  const page = await listUserIntentions(deps.db, userId, limit, cursor);
  return { items: page.items.map((r) => toIntention(deps, r)), nextCursor: page.nextCursor };
}

/** Someone else's intention is simply not found; withdrawing lets her register again. */
export async function withdrawIntention(deps: IntentionsDeps, userId: string, intentionId: string): Promise<void> {
  const found = await findIntention(deps.db, intentionId);
  if (!found || found.userId !== userId) throw new AppError('NOT_FOUND');
  if (!(await deleteIntention(deps.db, found))) throw new AppError('NOT_FOUND');
  await count(deps, found.jobId, -1);
}

export async function listIntentionsForJob(
  deps: IntentionsDeps,
  jobId: string,
  limit: number,
  cursor?: string,
): Promise<IntentionPage> {
  if (!(await getJob(deps.db, jobId))) throw new AppError('NOT_FOUND');
  const page = await listJobIntentions(deps.db, jobId, limit, cursor);
  return { items: page.items.map((r) => toIntention(deps, r)), nextCursor: page.nextCursor };
}
