import {
  PROFESSION_TITLES,
  type AdminVolunteer,
  type AdminVolunteerPage,
  type MyVolunteerResponse,
  type VolunteerApplication,
  type VolunteerApplyRequest,
  type VolunteerPublicProfile,
  type VolunteerStatus,
} from '../../shared/bookings';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import { notify } from '../platform/notifications';
import { bumpStats } from '../platform/stats';
import { getUser, setRole, type UserRecord } from '../platform/users.store';
import { decide, getVolunteer, listByStatus, putApplication, type VolunteerRecord } from './volunteers.store';

/** 陈律师, 王调解员: the surname (first character) and the title of the profession. */
export const publicNameOf = (realName: string, profession: VolunteerRecord['profession']): string =>
  `${Array.from(realName.trim())[0] ?? ''}${PROFESSION_TITLES[profession]}`;

const mask = (plain: string) => `****${plain.slice(-4)}`;

/**
 * Her application as she and staff see it: the same fields around the licence number, which
 * she sees masked and staff in full (the halves keep the fields' order on the wire).
 */
const applicant = (rec: VolunteerRecord) => ({
  userId: rec.userId,
  status: rec.status,
  realName: rec.realName,
  profession: rec.profession,
});
const application = (rec: VolunteerRecord) => ({
  organisation: rec.organisation,
  specialities: rec.specialities,
  city: rec.city,
  district: rec.district,
  bio: rec.bio,
  appliedAt: rec.appliedAt,
  decidedAt: rec.decidedAt,
  rejectReason: rec.rejectReason,
});

export const toApplication = (deps: Pick<Deps, 'cipher'>, rec: VolunteerRecord): VolunteerApplication => ({
  ...applicant(rec),
  licenceNoMasked: mask(deps.cipher.decrypt(rec.licenceNo)),
  ...application(rec),
});

const toAdmin = (deps: Pick<Deps, 'cipher'>, rec: VolunteerRecord): AdminVolunteer => ({
  ...applicant(rec),
  licenceNo: deps.cipher.decrypt(rec.licenceNo),
  ...application(rec),
});

export const toPublicProfile = (rec: VolunteerRecord): VolunteerPublicProfile => ({
  id: rec.userId,
  displayName: rec.publicName,
  profession: rec.profession,
  organisation: rec.organisation,
  specialities: rec.specialities,
  city: rec.city,
});

export async function apply(deps: Deps, user: UserRecord, input: VolunteerApplyRequest): Promise<VolunteerApplication> {
  if (user.role === 'staff') throw new AppError('FORBIDDEN');
  if (user.role === 'volunteer') throw new AppError('ALREADY_VOLUNTEER');
  const rec: VolunteerRecord = {
    userId: user.id,
    status: 'pending',
    realName: input.realName,
    publicName: publicNameOf(input.realName, input.profession),
    profession: input.profession,
    licenceNo: deps.cipher.encrypt(input.licenceNo),
    organisation: input.organisation,
    specialities: input.specialities,
    city: input.city,
    district: input.district,
    bio: input.bio ?? null,
    appliedAt: deps.clock().toISOString(),
    decidedAt: null,
    rejectReason: null,
  };
  if (!(await putApplication(deps, rec))) throw new AppError('ALREADY_VOLUNTEER');
  await bumpStats(deps, { volunteersApplied: 1 }, { place: rec });
  return toApplication(deps, rec);
}

export async function myApplication(deps: Deps, user: UserRecord): Promise<MyVolunteerResponse> {
  const rec = await getVolunteer(deps, user.id);
  return rec ? toApplication(deps, rec) : { status: null };
}

export async function listApplications(
  deps: Deps,
  status: VolunteerStatus,
  limit: number,
  cursor?: string,
): Promise<AdminVolunteerPage> {
  const page = await listByStatus(deps, status, limit, cursor);
  return { items: page.items.map((r) => toAdmin(deps, r)), nextCursor: page.nextCursor };
}

/**
 * pending → approved, then the user's role becomes volunteer. Approving an approved
 * application again sets the role again, so a crash between the two writes heals on retry.
 */
export async function approve(deps: Deps, userId: string): Promise<AdminVolunteer> {
  let rec = await getVolunteer(deps, userId);
  if (!rec) throw new AppError('NOT_FOUND');
  let done: VolunteerRecord | null = rec;
  if (rec.status !== 'approved') {
    if (rec.status !== 'pending') throw new AppError('INVALID_STATE');
    done = await decide(deps, rec, 'pending', 'approved', deps.clock().toISOString(), null);
    if (done) await bumpStats(deps, { volunteersApproved: 1 }, { place: rec });
    else {
      // Another staff member decided first: fine if it was the same decision.
      const now = await getVolunteer(deps, userId);
      if (now?.status !== 'approved') throw new AppError('INVALID_STATE');
      done = rec = now;
    }
  }
  const user = await getUser(deps, userId);
  if (!user) throw new AppError('NOT_FOUND');
  if (user.role !== 'staff') await setRole(deps, userId, 'volunteer');
  if (done !== rec) {
    await notify(deps, user, { template: 'volunteer-approved' });
  }
  return toAdmin(deps, done);
}

/** pending → rejected with a reason she reads; she may apply again. */
export async function reject(deps: Deps, userId: string, reason: string): Promise<AdminVolunteer> {
  const rec = await getVolunteer(deps, userId);
  if (!rec) throw new AppError('NOT_FOUND');
  const done = await decide(deps, rec, 'pending', 'rejected', deps.clock().toISOString(), reason);
  if (!done) throw new AppError('INVALID_STATE');
  const user = await getUser(deps, userId);
  if (user) {
    await notify(deps, user, { template: 'volunteer-rejected' });
  }
  return toAdmin(deps, done);
}

/** The approved profile of a volunteer, or null (slots need it for their public card). */
export async function approvedProfile(deps: Deps, userId: string): Promise<VolunteerRecord | null> {
  const rec = await getVolunteer(deps, userId);
  return rec && rec.status === 'approved' ? rec : null;
}
