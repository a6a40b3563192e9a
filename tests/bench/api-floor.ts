import Koa from 'koa';
import { slotsQuery } from '../../shared/bookings';
import { jobsQuery } from '../../shared/jobs';
import { articlesQuery } from '../../shared/qa';
import { listOpenSlots } from '../../functions/bookings/slots.service';
import { listJobs } from '../../functions/jobs/jobs.service';
import { searchArticles } from '../../functions/qa/articles.service';
import type { Deps } from '../../functions/platform/deps';

/**
 * The API latency floor: a bare Koa app (no router, no platform middleware, no query parsing,
 * no error mapper, no gateway) whose routes make the same store calls as the real ones, by
 * calling the same service with the query parsed once at start. The gap from here to the
 * gateway is the app's own cost per request; the rest is dynalite, the SDK and JSON.
 */
export const FLOOR_PATHS = ['/api/jobs', '/api/slots', '/api/qa/articles?q=%E7%A6%BB%E5%A9%9A'] as const;

export function buildFloor(deps: Deps): Koa {
  const jobs = jobsQuery.parse({});
  const slots = slotsQuery.parse({});
  const search = articlesQuery.parse({ q: '离婚' });
  const routes: Record<string, () => Promise<unknown>> = {
    '/api/jobs': () => listJobs(deps, jobs),
    '/api/slots': () => listOpenSlots(deps, slots),
    '/api/qa/articles': () => searchArticles(deps, search),
  };
  const app = new Koa();
  app.use(async (ctx) => {
    const route = routes[ctx.path];
    if (!route) return;
    ctx.body = await route();
  });
  return app;
}
