import Router from '@koa/router';
import type { Context } from 'koa';
import { pageQuery } from '../../shared/common';
import {
  IMPORT_MAX_BYTES,
  XLSX_CONTENT_TYPE,
  adminJobsQuery,
  fairCreateRequest,
  fairPatchRequest,
  fairsQuery,
  intentionRequest,
  intentionStatusRequest,
  jobCreateRequest,
  jobPatchRequest,
  jobsQuery,
} from '../../shared/jobs';
import { AppError } from '../platform/errors';
import type { Deps } from '../platform/deps';
import { requireRole } from '../platform/auth';
import { created, createHttpApp, parseBody, parseQuery, pathId, rawBody, sendXlsx } from '../platform/http';
import { recordExport } from './audit.store';
import { intentionsSheet, importTemplate } from './exports';
import { cancelFair, createFair, patchFair } from './fairs.admin.service';
import { importJobs } from './import.service';
import { staffUnit } from './scope';
import { getFairDetail, listJobFairs } from './fairs.service';
import {
  allIntentionsForJob,
  listIntentionsForJob,
  listMyIntentions,
  registerIntention,
  setIntentionStatus,
  withdrawIntention,
} from './intentions.service';
import {
  closeJobPosting,
  createJob,
  getJobPosting,
  listJobs,
  listStaffJobs,
  patchJob,
  reopenJobPosting,
} from './jobs.service';

/** Spring Breeze jobs: postings, fairs, employment intentions, and staff management of postings. */
export function buildJobsApp(deps: Deps) {
  const router = new Router();

  router.get('/api/jobs', async (ctx) => {
    ctx.body = await listJobs(deps, parseQuery(ctx, jobsQuery));
  });

  router.get('/api/jobs/:id', async (ctx) => {
    ctx.body = await getJobPosting(deps, pathId(ctx));
  });

  router.get('/api/fairs', async (ctx) => {
    ctx.body = await listJobFairs(deps, parseQuery(ctx, fairsQuery));
  });

  router.get('/api/fairs/:id', async (ctx) => {
    ctx.body = await getFairDetail(deps, pathId(ctx));
  });

  router.post('/api/jobs/:id/intentions', async (ctx) => {
    const user = await requireRole(ctx, deps, 'resident');
    const jobId = pathId(ctx);
    created(ctx, await registerIntention(deps, user.id, jobId, parseBody(ctx, intentionRequest)));
  });

  router.get('/api/me/intentions', async (ctx) => {
    // Her own things stay hers after she becomes a volunteer (issue 9).
    const user = await requireRole(ctx, deps, 'resident', 'volunteer');
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await listMyIntentions(deps, user.id, limit, cursor);
  });

  router.delete('/api/me/intentions/:id', async (ctx) => {
    const user = await requireRole(ctx, deps, 'resident', 'volunteer');
    await withdrawIntention(deps, user.id, pathId(ctx));
    ctx.body = { ok: true };
  });

  // --- staff (the console): every route acts within the caller's federation unit --------

  const staff = async (ctx: Context) => staffUnit(await requireRole(ctx, deps, 'staff'));

  router.get('/api/admin/jobs', async (ctx) => {
    const unit = await staff(ctx);
    ctx.body = await listStaffJobs(deps, unit, parseQuery(ctx, adminJobsQuery));
  });

  router.post('/api/admin/jobs', async (ctx) => {
    const unit = await staff(ctx);
    created(ctx, await createJob(deps, unit, parseBody(ctx, jobCreateRequest)));
  });

  router.patch('/api/admin/jobs/:id', async (ctx) => {
    const unit = await staff(ctx);
    const jobId = pathId(ctx);
    ctx.body = await patchJob(deps, unit, jobId, parseBody(ctx, jobPatchRequest));
  });

  router.post('/api/admin/jobs/:id/close', async (ctx) => {
    const unit = await staff(ctx);
    ctx.body = await closeJobPosting(deps, unit, pathId(ctx));
  });

  router.post('/api/admin/jobs/:id/reopen', async (ctx) => {
    const unit = await staff(ctx);
    ctx.body = await reopenJobPosting(deps, unit, pathId(ctx));
  });

  router.get('/api/admin/jobs/:id/intentions', async (ctx) => {
    const unit = await staff(ctx);
    const jobId = pathId(ctx);
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await listIntentionsForJob(deps, unit, jobId, limit, cursor);
  });

  router.get('/api/admin/jobs/:id/intentions.xlsx', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff');
    const { job, items } = await allIntentionsForJob(deps, staffUnit(user), pathId(ctx));
    const at = deps.clock().toISOString();
    await recordExport(deps, { id: deps.ids(), staffId: user.id, unitId: user.unitId ?? '', jobId: job.id, at, rows: items.length });
    sendXlsx(ctx, await intentionsSheet(job, items), `intentions-${job.id}.xlsx`);
  });

  router.patch('/api/admin/intentions/:id', async (ctx) => {
    const unit = await staff(ctx);
    const intentionId = pathId(ctx);
    ctx.body = await setIntentionStatus(deps, unit, intentionId, parseBody(ctx, intentionStatusRequest));
  });

  router.get('/api/admin/jobs/import-template', async (ctx) => {
    await staff(ctx);
    sendXlsx(ctx, await importTemplate(), 'jobs-import-template.xlsx');
  });

  router.post('/api/admin/jobs/import', async (ctx) => {
    const unit = await staff(ctx);
    if (!ctx.is(XLSX_CONTENT_TYPE)) {
      const message = '请上传 .xlsx 格式的 Excel 文件';
      throw new AppError('VALIDATION_FAILED', [{ path: '(file)', message }], message);
    }
    ctx.body = await importJobs(deps, unit, rawBody(ctx));
  });

  router.post('/api/admin/fairs', async (ctx) => {
    const unit = await staff(ctx);
    created(ctx, await createFair(deps, unit, parseBody(ctx, fairCreateRequest)));
  });

  router.patch('/api/admin/fairs/:id', async (ctx) => {
    const unit = await staff(ctx);
    const fairId = pathId(ctx);
    ctx.body = await patchFair(deps, unit, fairId, parseBody(ctx, fairPatchRequest));
  });

  router.post('/api/admin/fairs/:id/cancel', async (ctx) => {
    const unit = await staff(ctx);
    ctx.body = await cancelFair(deps, unit, pathId(ctx));
  });

  return createHttpApp(router, {
    rawBodies: [{ method: 'POST', path: /^\/api\/admin\/jobs\/import\/?$/, limitBytes: IMPORT_MAX_BYTES }],
  });
}
