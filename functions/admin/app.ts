import Router from '@koa/router';
import { statsQuery } from '../../shared/admin';
import type { Deps } from '../platform/deps';
import { createHttpApp, parseQuery, sendXlsx } from '../platform/http';
import { requireRole } from '../platform/auth';
import { staffUnit } from '../jobs/scope';
import { statsFor, statsWorkbook } from './stats.service';

export function buildAdminApp(deps: Deps) {
  const router = new Router();

  router.get('/api/admin/stats', async (ctx) => {
    const unit = staffUnit(await requireRole(ctx, deps, 'staff'));
    ctx.body = await statsFor(deps, unit, parseQuery(ctx, statsQuery));
  });

  router.get('/api/admin/stats.xlsx', async (ctx) => {
    const unit = staffUnit(await requireRole(ctx, deps, 'staff'));
    const q = parseQuery(ctx, statsQuery);
    sendXlsx(ctx, await statsWorkbook(await statsFor(deps, unit, q)), `stats-${q.from}-${q.to}.xlsx`);
  });

  return createHttpApp(router);
}
