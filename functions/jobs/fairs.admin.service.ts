import type { FairCreateRequest, FairPatchRequest, JobFair } from '../../shared/jobs';
import type { FederationUnit } from '../../shared/org';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import { logger } from '../platform/logger';
import { notify } from '../platform/notifications';
import { bumpStats, type StatCounter } from '../platform/stats';
import { getUser } from '../platform/users.store';
import { cancelFairItem, getFair, insertFair, listAttachedJobs, replaceFair, type FairRecord } from './fairs.store';
import { listJobIntentions } from './intentions.store';
import { utcIso } from './jobs.service';
import { assertCanEdit, fairPlace } from './scope';

/**
 * Staff management of job fairs. A fair counts as held on the day it starts (fairsHeld, and by
 * mode); moving or cancelling it moves or takes back that count, all with ADD.
 */

const modeCounter = (f: FairRecord): StatCounter => `fairsHeld_${f.mode}`;

async function countHeld(deps: Deps, f: FairRecord, sign: 1 | -1) {
  await bumpStats(deps, { fairsHeld: sign, [modeCounter(f)]: sign }, { place: fairPlace(f), at: new Date(f.startAt) });
}

export async function createFair(deps: Deps, unit: FederationUnit, input: FairCreateRequest): Promise<JobFair> {
  assertCanEdit(unit, fairPlace(input));
  const fair: FairRecord = {
    ...input,
    id: deps.ids(),
    startAt: utcIso(input.startAt),
    endAt: utcIso(input.endAt),
    venue: input.mode === 'online' ? null : input.venue,
    status: 'scheduled',
    version: 1,
  };
  await insertFair(deps, fair);
  await countHeld(deps, fair, 1);
  return fair;
}

async function editableFair(deps: Deps, unit: FederationUnit, fairId: string): Promise<FairRecord> {
  const fair = await getFair(deps, fairId);
  if (!fair) throw new AppError('NOT_FOUND');
  assertCanEdit(unit, fairPlace(fair));
  return fair;
}

const invalid = (path: string, message: string) => new AppError('VALIDATION_FAILED', [{ path, message }]);

/** Optimistic locking as for postings; a cancelled fair stays as it was. */
export async function patchFair(deps: Deps, unit: FederationUnit, fairId: string, input: FairPatchRequest): Promise<JobFair> {
  const before = await editableFair(deps, unit, fairId);
  if (before.status === 'cancelled') throw new AppError('INVALID_STATE', undefined, '这个招聘会已经取消，不能再修改');
  if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
  const { version, ...changes } = input;
  const after: FairRecord = {
    ...before,
    ...changes,
    ...(changes.startAt !== undefined ? { startAt: utcIso(changes.startAt) } : {}),
    ...(changes.endAt !== undefined ? { endAt: utcIso(changes.endAt) } : {}),
    version: version + 1,
  };
  if (after.mode === 'online') after.venue = null;
  else if (!after.venue) throw invalid('venue', '线下招聘会请填写地点');
  if (after.startAt >= after.endAt) throw invalid('endAt', '结束时间要晚于开始时间');
  assertCanEdit(unit, fairPlace(after));
  if (!(await replaceFair(deps, before, after))) throw new AppError('VERSION_CONFLICT');
  if (after.startAt !== before.startAt || after.mode !== before.mode || after.city !== before.city) {
    await countHeld(deps, before, -1);
    await countHeld(deps, after, 1);
  }
  return after;
}

/**
 * Cancels once (a second call returns the cancelled fair). Everyone who registered an intention
 * for a posting still attached to it is told, once each, in the fixed words of 'fair-cancelled'.
 */
export async function cancelFair(deps: Deps, unit: FederationUnit, fairId: string): Promise<JobFair> {
  const before = await editableFair(deps, unit, fairId);
  if (before.status === 'cancelled') return before;
  const cancelled = await cancelFairItem(deps, fairId);
  if (!cancelled) return editableFair(deps, unit, fairId);
  await countHeld(deps, before, -1);
  await bumpStats(deps, { fairsCancelled: 1 }, { place: fairPlace(before) });
  await tellApplicants(deps, fairId);
  return cancelled;
}

async function tellApplicants(deps: Deps, fairId: string) {
  const told = new Set<string>();
  let jobsCursor: string | undefined;
  do {
    const jobs = await listAttachedJobs(deps, fairId, 50, jobsCursor);
    for (const job of jobs.items) {
      let cursor: string | undefined;
      do {
        const page = await listJobIntentions(deps, job.id, 50, cursor);
        for (const i of page.items) {
          if (told.has(i.userId)) continue;
          told.add(i.userId);
          const user = await getUser(deps, i.userId);
          if (!user) continue;
          try {
            await notify(deps, user, { template: 'fair-cancelled', id: fairId });
          } catch (e) {
            logger.warn('fair notice not sent', { errorName: (e as Error)?.name });
          }
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    }
    jobsCursor = jobs.nextCursor ?? undefined;
  } while (jobsCursor);
}
