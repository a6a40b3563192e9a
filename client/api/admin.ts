import { statsResponse, type StatsResponse } from '../../shared/admin';
import {
  adminVolunteer,
  adminVolunteerPage,
  type AdminVolunteer,
  type AdminVolunteerPage,
  type VolunteerStatus,
} from '../../shared/bookings';
import { request } from './http';

const enc = encodeURIComponent;

/** Staff: verify volunteer applications and read aggregate figures. */
export const adminApi = {
  volunteers: (status: VolunteerStatus, cursor?: string | null): Promise<AdminVolunteerPage> =>
    request({ path: '/api/admin/volunteers', query: { status, cursor, limit: 50 }, schema: adminVolunteerPage }),
  approve: (userId: string): Promise<AdminVolunteer> =>
    request({ method: 'POST', path: `/api/admin/volunteers/${enc(userId)}/approve`, body: {}, schema: adminVolunteer }),
  reject: (userId: string, reason: string): Promise<AdminVolunteer> =>
    request({
      method: 'POST',
      path: `/api/admin/volunteers/${enc(userId)}/reject`,
      body: { reason },
      schema: adminVolunteer,
    }),
  /** `from`/`to` are Beijing days, `YYYY-MM-DD`, both included. */
  stats: (from: string, to: string): Promise<StatsResponse> =>
    request({ path: '/api/admin/stats', query: { from, to }, schema: statsResponse }),
};
