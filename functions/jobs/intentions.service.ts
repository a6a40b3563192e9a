import {
  INTENTION_NEXT,
  INTENTION_STATUS_LABELS,
  type AdminIntention,
  type AdminIntentionPage,
  type Intention,
  type IntentionPage,
  type IntentionRequest,
  type IntentionStatus,
  type IntentionStatusRequest,
} from '../../shared/jobs';
import type { FederationUnit } from '../../shared/org';
import { notify } from '../platform/notifications';
import { getUser } from '../platform/users.store';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import { logger } from '../platform/logger';
import { bumpStats, type StatCounter } from '../platform/stats';
import {
  deleteIntention,
  findIntention,
  insertIntention,
  listJobIntentions,
  listUserIntentions,
  updateIntentionStatus,
  type IntentionRecord,
} from './intentions.store';
import { addIntentionCount, getJob, type JobRecord } from './jobs.store';
import { assertCanSee } from './scope';
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
    status: r.status,
    createdAt: r.createdAt,
  };
}

/** Staff see the follow-up note too; she never does. */
function toAdminIntention(deps: IntentionsDeps, r: IntentionRecord): AdminIntention {
  return {
    ...toIntention(deps, r),
    note: r.noteEnc === null ? null : deps.cipher.decrypt(r.noteEnc),
    statusChangedAt: r.statusChangedAt,
  };
}

/** The counter feeds statistics only; a failure there must not undo what she did. */
async function count(deps: IntentionsDeps, jobId: string, delta: 1 | -1) {
  try {
    await addIntentionCount(deps, jobId, delta);
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
  const job = await getJob(deps, jobId);
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
    status: 'pending',
    noteEnc: null,
    statusChangedAt: null,
  };
  if (!(await insertIntention(deps, record))) throw new AppError('ALREADY_APPLIED');
  await count(deps, jobId, 1);
  // A daily count of registrations (events): withdrawing later does not take it back.
  await bumpStats(deps, { intentionsRegistered: 1 }, { place: job });
  return toIntention(deps, record);
}

export async function listMyIntentions(
  deps: IntentionsDeps,
  userId: string,
  limit: number,
  cursor?: string,
): Promise<IntentionPage> {
  const page = await listUserIntentions(deps, userId, limit, cursor);
  return { items: page.items.map((r) => toIntention(deps, r)), nextCursor: page.nextCursor };
}

/** Someone else's intention is simply not found; withdrawing lets her register again. */
export async function withdrawIntention(deps: IntentionsDeps, userId: string, intentionId: string): Promise<void> {
  const found = await findIntention(deps, intentionId);
  if (!found || found.userId !== userId) throw new AppError('NOT_FOUND');
  if (!(await deleteIntention(deps, found))) throw new AppError('NOT_FOUND');
  await count(deps, found.jobId, -1);
}

/** A posting outside her region is not found, as is its intention list. */
async function jobInScope(deps: IntentionsDeps, unit: FederationUnit, jobId: string): Promise<JobRecord> {
  const job = await getJob(deps, jobId);
  if (!job) throw new AppError('NOT_FOUND');
  assertCanSee(unit, job);
  return job;
}

export async function listIntentionsForJob(
  deps: IntentionsDeps,
  unit: FederationUnit,
  jobId: string,
  limit: number,
  cursor?: string,
): Promise<AdminIntentionPage> {
  await jobInScope(deps, unit, jobId);
  const page = await listJobIntentions(deps, jobId, limit, cursor);
  return { items: page.items.map((r) => toAdminIntention(deps, r)), nextCursor: page.nextCursor };
}

/** The daily counter each step adds to. */
const STEP_COUNTER: Partial<Record<IntentionStatus, StatCounter>> = {
  contacted: 'intentionsContacted',
  interviewing: 'intentionsInterviewing',
  hired: 'intentionsHired',
  'not-suitable': 'intentionsNotSuitable',
};

/**
 * One step of the follow-up (INTENTION_NEXT), or the same status with a new note. She is told,
 * in fixed words, when she is hired or not suitable; the note stays with staff.
 */
export async function setIntentionStatus(
  deps: IntentionsDeps,
  unit: FederationUnit,
  intentionId: string,
  input: IntentionStatusRequest,
): Promise<AdminIntention> {
  const found = await findIntention(deps, intentionId);
  if (!found) throw new AppError('NOT_FOUND');
  const job = await jobInScope(deps, unit, found.jobId);
  const step = input.status !== found.status;
  if (step && !INTENTION_NEXT[found.status].includes(input.status)) {
    throw new AppError(
      'INVALID_STATE',
      undefined,
      `“${INTENTION_STATUS_LABELS[found.status]}”之后不能改为“${INTENTION_STATUS_LABELS[input.status]}”`,
    );
  }
  const noteEnc = input.note === undefined ? undefined : deps.cipher.encrypt(input.note);
  const after = await updateIntentionStatus(deps, found, input.status, noteEnc, deps.clock().toISOString());
  if (!after) throw new AppError('VERSION_CONFLICT');
  const counter = STEP_COUNTER[input.status];
  if (step && counter) await bumpStats(deps, { [counter]: 1 }, { place: job });
  if (step && (input.status === 'hired' || input.status === 'not-suitable')) {
    await tellApplicant(deps, after.userId);
  }
  return toAdminIntention(deps, after);
}

/** Fixed words only: the inbox of a woman at risk may be read by someone else. */
async function tellApplicant(deps: IntentionsDeps, userId: string) {
  const user = await getUser(deps, userId);
  if (!user) return;
  try {
    await notify(deps, user, { template: 'intention-updated' });
  } catch (e) {
    logger.warn('intention notice not sent', { errorName: (e as Error)?.name });
  }
}

/** Every intention of the posting, for the export (names and phones decrypted, staff in scope only). */
export async function allIntentionsForJob(
  deps: IntentionsDeps,
  unit: FederationUnit,
  jobId: string,
): Promise<{ job: JobRecord; items: AdminIntention[] }> {
  const job = await jobInScope(deps, unit, jobId);
  const items: AdminIntention[] = [];
  let cursor: string | undefined;
  do {
    const page = await listJobIntentions(deps, jobId, 50, cursor);
    items.push(...page.items.map((r) => toAdminIntention(deps, r)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { job, items };
}
