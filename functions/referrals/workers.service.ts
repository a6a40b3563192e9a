import type { Page } from '../../shared/common';
import { communityById, inScope } from '../../shared/org';
import type { WorkerApplication, WorkerApplyRequest } from '../../shared/referrals';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import type { UserRecord } from '../platform/users.store';
import { putMember } from './referrals.store';
import { communityOrg, staffPlace, staffUnit } from './referrals.service';
import { listApplications, makeWorker, putApplication, takeApplication } from './workers.store';

/**
 * Community workers: a resident applies to serve her community, and staff whose region holds
 * that community approve her. Approval takes the application out first (one conditional
 * delete), so two staff approving at once make one change.
 */
export async function applyAsWorker(deps: Deps, user: UserRecord, input: WorkerApplyRequest) {
  if (user.role !== 'resident') throw new AppError('FORBIDDEN');
  const c = communityById(input.communityId);
  if (!c) throw new AppError('NOT_FOUND');
  const appliedAt = deps.clock().toISOString();
  const done = await putApplication(deps, {
    userId: user.id,
    communityId: c.id,
    city: c.city,
    district: c.district,
    name: deps.cipher.encrypt(input.name),
    appliedAt,
  });
  if (!done) throw new AppError('ALREADY_APPLIED');
  return { communityId: c.id, status: 'pending' as const, appliedAt };
}

export async function listWorkerApplications(
  deps: Deps,
  user: UserRecord,
  q: { district?: string; limit: number; cursor?: string },
): Promise<Page<WorkerApplication>> {
  const place = staffPlace(user, q.district);
  const page = await listApplications(deps, place.city, place.district, q.limit, q.cursor);
  return {
    items: page.items.flatMap((a) => {
      const community = communityById(a.communityId);
      return community ? [{ userId: a.userId, name: deps.cipher.decrypt(a.name), community: { ...community }, appliedAt: a.appliedAt }] : [];
    }),
    nextCursor: page.nextCursor,
  };
}

export async function approveWorker(deps: Deps, user: UserRecord, userId: string, communityId: string): Promise<{ userId: string; communityId: string }> {
  const unit = staffUnit(user);
  const c = communityById(communityId);
  if (!c || !inScope(unit, { city: c.city, district: c.district })) throw new AppError('NOT_FOUND');
  if (!(await takeApplication(deps, c.id, userId))) throw new AppError('NOT_FOUND');
  if (!(await makeWorker(deps, userId, c.id))) throw new AppError('INVALID_STATE');
  await putMember(deps, communityOrg(c.id), userId);
  return { userId, communityId: c.id };
}
