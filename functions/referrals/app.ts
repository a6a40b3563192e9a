import Router from '@koa/router';
import { pageQuery } from '../../shared/common';
import {
  closeRequest,
  emptyRequest,
  referralAcceptRequest,
  referralCreateRequest,
  referralStatsQuery,
  staffDistrictQuery,
  staffReferralsQuery,
  visitRequest,
  workerApplyRequest,
  workerApproveRequest,
} from '../../shared/referrals';
import type { Deps } from '../platform/deps';
import { created, createHttpApp, parseBody, parseQuery, pathId } from '../platform/http';
import { requireCaller, requireRole } from '../platform/auth';
import {
  accept,
  addVisit,
  claim,
  close,
  decline,
  districtStats,
  getOne,
  listCommunities,
  listCommunity,
  listMine,
  listOverdue,
  propose,
  withdraw,
} from './referrals.service';
import { applyAsWorker, approveWorker, listWorkerApplications } from './workers.service';

/** Referrals to the community women's federation: exactly the `referrals` routes of functions/routes.ts. */
export function buildReferralsApp(deps: Deps) {
  const router = new Router();

  router.get('/api/communities', (ctx) => {
    ctx.body = listCommunities();
  });

  router.post('/api/referrals', async (ctx) => {
    const user = await requireRole(ctx, deps, 'resident', 'volunteer');
    created(ctx, await propose(deps, user, parseBody(ctx, referralCreateRequest)));
  });

  router.get('/api/referrals/:id', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    ctx.body = await getOne(deps, user, pathId(ctx));
  });

  router.post('/api/referrals/:id/accept', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    ctx.body = await accept(deps, user, pathId(ctx), parseBody(ctx, referralAcceptRequest));
  });

  router.post('/api/referrals/:id/decline', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    parseBody(ctx, emptyRequest);
    ctx.body = await decline(deps, user, pathId(ctx));
  });

  router.post('/api/referrals/:id/withdraw', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    parseBody(ctx, emptyRequest);
    ctx.body = await withdraw(deps, user, pathId(ctx));
  });

  router.post('/api/referrals/:id/claim', async (ctx) => {
    const user = await requireRole(ctx, deps, 'worker');
    parseBody(ctx, emptyRequest);
    ctx.body = await claim(deps, user, pathId(ctx));
  });

  router.post('/api/referrals/:id/visits', async (ctx) => {
    const user = await requireRole(ctx, deps, 'worker');
    created(ctx, await addVisit(deps, user, pathId(ctx), parseBody(ctx, visitRequest)));
  });

  router.post('/api/referrals/:id/close', async (ctx) => {
    const user = await requireRole(ctx, deps, 'worker');
    ctx.body = await close(deps, user, pathId(ctx), parseBody(ctx, closeRequest));
  });

  router.get('/api/me/referrals', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await listMine(deps, user, limit, cursor);
  });

  router.get('/api/community/referrals', async (ctx) => {
    const user = await requireRole(ctx, deps, 'worker');
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await listCommunity(deps, user, limit, cursor);
  });

  router.get('/api/admin/referrals', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff');
    ctx.body = await listOverdue(deps, user, parseQuery(ctx, staffReferralsQuery));
  });

  router.get('/api/admin/referrals/stats', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff');
    const { from, to } = parseQuery(ctx, referralStatsQuery);
    ctx.body = await districtStats(deps, user, from, to);
  });

  router.post('/api/community-workers/apply', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    created(ctx, await applyAsWorker(deps, user, parseBody(ctx, workerApplyRequest)));
  });

  router.get('/api/admin/community-workers', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff');
    ctx.body = await listWorkerApplications(deps, user, parseQuery(ctx, staffDistrictQuery));
  });

  router.post('/api/admin/community-workers/:id/approve', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff');
    const { communityId } = parseBody(ctx, workerApproveRequest);
    ctx.body = await approveWorker(deps, user, pathId(ctx), communityId);
  });

  return createHttpApp(router);
}
