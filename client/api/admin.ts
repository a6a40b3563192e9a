import { statsResponse, type StatsResponse } from '../../shared/admin';
import {
  adminVolunteer,
  adminVolunteerPage,
  type AdminVolunteer,
  type AdminVolunteerPage,
  type VolunteerStatus,
} from '../../shared/bookings';
import {
  XLSX_CONTENT_TYPE,
  adminIntention,
  adminIntentionPage,
  importResult,
  jobFair,
  jobPage,
  jobPosting,
  type AdminIntention,
  type AdminIntentionPage,
  type FairCreateRequest,
  type FairPatchRequest,
  type ImportResult,
  type IntentionStatusRequest,
  type JobCreateRequest,
  type JobFair,
  type JobPage,
  type JobPatchRequest,
  type JobPosting,
  type JobStatus,
} from '../../shared/jobs';
import { downloadSheet } from './download';
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
  /** `from`/`to` are Beijing days, `YYYY-MM-DD`, both included; `region` narrows within her own. */
  stats: (from: string, to: string, region?: string): Promise<StatsResponse> =>
    request({ path: '/api/admin/stats', query: { from, to, region }, schema: statsResponse }),
  statsSheet: (from: string, to: string) => downloadSheet('/api/admin/stats.xlsx', { from, to }, `统计-${from}-${to}.xlsx`),

  // --- postings -------------------------------------------------------------------------
  jobs: (status: JobStatus, cursor?: string | null): Promise<JobPage> =>
    request({ path: '/api/admin/jobs', query: { status, cursor, limit: 20 }, schema: jobPage }),
  createJob: (input: JobCreateRequest): Promise<JobPosting> =>
    request({ method: 'POST', path: '/api/admin/jobs', body: input, schema: jobPosting }),
  patchJob: (id: string, input: JobPatchRequest): Promise<JobPosting> =>
    request({ method: 'PATCH', path: `/api/admin/jobs/${enc(id)}`, body: input, schema: jobPosting }),
  closeJob: (id: string): Promise<JobPosting> =>
    request({ method: 'POST', path: `/api/admin/jobs/${enc(id)}/close`, body: {}, schema: jobPosting }),
  reopenJob: (id: string): Promise<JobPosting> =>
    request({ method: 'POST', path: `/api/admin/jobs/${enc(id)}/reopen`, body: {}, schema: jobPosting }),

  // --- intentions -------------------------------------------------------------------------
  intentions: (jobId: string, cursor?: string | null): Promise<AdminIntentionPage> =>
    request({ path: `/api/admin/jobs/${enc(jobId)}/intentions`, query: { cursor, limit: 50 }, schema: adminIntentionPage }),
  setIntentionStatus: (id: string, input: IntentionStatusRequest): Promise<AdminIntention> =>
    request({ method: 'PATCH', path: `/api/admin/intentions/${enc(id)}`, body: input, schema: adminIntention }),
  intentionsSheet: (jobId: string) =>
    downloadSheet(`/api/admin/jobs/${enc(jobId)}/intentions.xlsx`, {}, `就业意向-${jobId}.xlsx`),

  // --- fairs ----------------------------------------------------------------------------------
  createFair: (input: FairCreateRequest): Promise<JobFair> =>
    request({ method: 'POST', path: '/api/admin/fairs', body: input, schema: jobFair }),
  patchFair: (id: string, input: FairPatchRequest): Promise<JobFair> =>
    request({ method: 'PATCH', path: `/api/admin/fairs/${enc(id)}`, body: input, schema: jobFair }),
  cancelFair: (id: string): Promise<JobFair> =>
    request({ method: 'POST', path: `/api/admin/fairs/${enc(id)}/cancel`, body: {}, schema: jobFair }),

  // --- import ---------------------------------------------------------------------------------
  importTemplate: () => downloadSheet('/api/admin/jobs/import-template', {}, '岗位导入模板.xlsx'),
  /** The .xlsx bytes as chosen (chooseMessageFile in WeChat, a file input in H5). */
  importJobs: (file: ArrayBuffer): Promise<ImportResult> =>
    request({
      method: 'POST',
      path: '/api/admin/jobs/import',
      body: file,
      headers: { 'content-type': XLSX_CONTENT_TYPE },
      schema: importResult,
    }),
};
