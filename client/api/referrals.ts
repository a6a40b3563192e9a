import {
  communitiesResponse,
  referralPage,
  referralSchema,
  referralStatsResponse,
  type CloseRequest,
  type Referral,
  type ReferralAcceptRequest,
  type ReferralCreateRequest,
  type ReferralPage,
  type ReferralStatsResponse,
  type VisitRequest,
  type WorkerApplyRequest,
  workerApplicationPage,
  workerApplyResponse,
  workerApproveResponse,
} from '../../shared/referrals';
import type * as z from 'zod';
import { request } from './http';

const enc = encodeURIComponent;
const path = (id: string, action?: string) => `/api/referrals/${enc(id)}${action ? `/${action}` : ''}`;
const post = (id: string, action: string, body: unknown = {}): Promise<Referral> =>
  request({ method: 'POST', path: path(id, action), body, schema: referralSchema });

export type Communities = z.infer<typeof communitiesResponse>;

/** Referrals to the community women's federation: her consent, the worker's follow-up, the district's view. */
export const referralsApi = {
  communities: (): Promise<Communities> => request({ path: '/api/communities', schema: communitiesResponse }),
  propose: (body: ReferralCreateRequest): Promise<Referral> =>
    request({ method: 'POST', path: '/api/referrals', body, schema: referralSchema }),
  get: (id: string): Promise<Referral> => request({ path: path(id), schema: referralSchema }),
  accept: (id: string, body: ReferralAcceptRequest) => post(id, 'accept', body),
  decline: (id: string) => post(id, 'decline'),
  withdraw: (id: string) => post(id, 'withdraw'),
  claim: (id: string) => post(id, 'claim'),
  visit: (id: string, body: VisitRequest) => post(id, 'visits', body),
  close: (id: string, body: CloseRequest) => post(id, 'close', body),
  mine: (cursor?: string | null, limit = 50): Promise<ReferralPage> =>
    request({ path: '/api/me/referrals', query: { cursor, limit }, schema: referralPage }),
  community: (cursor?: string | null, limit = 20): Promise<ReferralPage> =>
    request({ path: '/api/community/referrals', query: { cursor, limit }, schema: referralPage }),
  overdue: (district?: string, cursor?: string | null, limit = 20): Promise<ReferralPage> =>
    request({ path: '/api/admin/referrals', query: { overdue: 'true', district, cursor, limit }, schema: referralPage }),
  applyAsWorker: (body: WorkerApplyRequest) =>
    request({ method: 'POST', path: '/api/community-workers/apply', body, schema: workerApplyResponse }),
  workerApplications: (district?: string, cursor?: string | null, limit = 20) =>
    request({ path: '/api/admin/community-workers', query: { district, cursor, limit }, schema: workerApplicationPage }),
  approveWorker: (userId: string, communityId: string) =>
    request({ method: 'POST', path: `/api/admin/community-workers/${enc(userId)}/approve`, body: { communityId }, schema: workerApproveResponse }),
  stats: (from: string, to: string): Promise<ReferralStatsResponse> =>
    request({ path: '/api/admin/referrals/stats', query: { from, to }, schema: referralStatsResponse }),
};
