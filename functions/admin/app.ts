import Router from '@koa/router';
import { statsQuery } from '../../shared/admin';
import type { Deps } from '../platform/deps';
import { createHttpApp, parseQuery } from '../platform/http';
import { requireRole } from '../platform/auth';
import { readStats } from '../platform/stats';

export function buildAdminApp(deps: Deps) {
  const router = new Router();

  router.get('/api/admin/stats', async (ctx) => {
    await requireRole(ctx, deps, 'staff');
    const { from, to } = parseQuery(ctx, statsQuery);
    ctx.body = { from, to, ...(await readStats(deps, from, to)) };
  });

  return createHttpApp(router);
}
