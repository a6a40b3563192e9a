import Router from '@koa/router';
import { pageQuery } from '../../shared/common';
import { fairsQuery, intentionRequest, jobCreateRequest, jobPatchRequest, jobsQuery } from '../../shared/jobs';
import type { Deps } from '../platform/deps';
import { requireRole } from '../platform/auth';
import { created, createHttpApp, parseBody, parseQuery, pathId } from '../platform/http';
import { getFairDetail, listJobFairs } from './fairs.service';
import { listIntentionsForJob, listMyIntentions, registerIntention, withdrawIntention } from './intentions.service';
import { closeJobPosting, createJob, getJobPosting, listJobs, patchJob } from './jobs.service';

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
    const user = await requireRole(ctx, deps, 'resident');
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await listMyIntentions(deps, user.id, limit, cursor);
  });

  router.delete('/api/me/intentions/:id', async (ctx) => {
    const user = await requireRole(ctx, deps, 'resident');
    await withdrawIntention(deps, user.id, pathId(ctx));
    ctx.body = { ok: true };
  });

  router.post('/api/admin/jobs', async (ctx) => {
    await requireRole(ctx, deps, 'staff');
    created(ctx, await createJob(deps, parseBody(ctx, jobCreateRequest)));
  });

  router.patch('/api/admin/jobs/:id', async (ctx) => {
    await requireRole(ctx, deps, 'staff');
    const jobId = pathId(ctx);
    ctx.body = await patchJob(deps, jobId, parseBody(ctx, jobPatchRequest));
  });

  router.post('/api/admin/jobs/:id/close', async (ctx) => {
    await requireRole(ctx, deps, 'staff');
    ctx.body = await closeJobPosting(deps, pathId(ctx));
  });

  router.get('/api/admin/jobs/:id/intentions', async (ctx) => {
    await requireRole(ctx, deps, 'staff');
    const jobId = pathId(ctx);
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await listIntentionsForJob(deps, jobId, limit, cursor);
  });

  return createHttpApp(router);
}
