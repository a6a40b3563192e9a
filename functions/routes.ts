/**
 * The one route table. Each function's Koa router registers exactly these routes
 * (a unit test checks), the local gateway dispatches by it, and the CDK stack wires
 * an HTTP API route to the function's Lambda for each entry. Paths use Koa's `:param`.
 */
export type FunctionName = 'auth' | 'jobs' | 'qa' | 'bookings' | 'admin' | 'events' | 'referrals';
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export interface RouteSpec {
  method: Method;
  path: string;
}

const r = (spec: string): RouteSpec => {
  const [method, path] = spec.split(' ');
  return { method: method as Method, path };
};

export const ROUTES: Record<FunctionName, RouteSpec[]> = {
  auth: [
    'GET /api/health',
    'POST /api/auth/login',
    'GET /api/me',
    'PATCH /api/me/preferences',
    'DELETE /api/me',
    'POST /api/me/sign-out-everywhere',
    'POST /api/me/consents',
    'GET /api/me/notifications',
  ].map(r),
  jobs: [
    'GET /api/jobs',
    'GET /api/jobs/:id',
    'GET /api/fairs',
    'GET /api/fairs/:id',
    'POST /api/jobs/:id/intentions',
    'GET /api/me/intentions',
    'DELETE /api/me/intentions/:id',
    'POST /api/admin/jobs',
    'PATCH /api/admin/jobs/:id',
    'POST /api/admin/jobs/:id/close',
    'GET /api/admin/jobs/:id/intentions',
    // console
    'GET /api/admin/jobs',
    'POST /api/admin/jobs/:id/reopen',
    'GET /api/admin/jobs/:id/intentions.xlsx',
    'PATCH /api/admin/intentions/:id',
    'GET /api/admin/jobs/import-template',
    'POST /api/admin/jobs/import',
    'POST /api/admin/fairs',
    'PATCH /api/admin/fairs/:id',
    'POST /api/admin/fairs/:id/cancel',
  ].map(r),
  qa: [
    'GET /api/qa/topics',
    'GET /api/qa/articles',
    'GET /api/qa/articles/:id',
    'POST /api/qa/articles/:id/report',
    'GET /api/admin/article-reports',
    'POST /api/qa/questions',
    'GET /api/me/questions',
    'GET /api/qa/questions/:id',
    'POST /api/qa/questions/:id/messages',
    'POST /api/qa/questions/:id/close',
    'POST /api/qa/questions/:id/feedback',
    'GET /api/qa/queue',
    'GET /api/qa/claims',
    'POST /api/qa/questions/:id/claim',
    'POST /api/qa/questions/:id/release',
  ].map(r),
  bookings: [
    'POST /api/volunteers/apply',
    'GET /api/me/volunteer',
    'GET /api/admin/volunteers',
    'POST /api/admin/volunteers/:id/approve',
    'POST /api/admin/volunteers/:id/reject',
    'POST /api/volunteer/slots',
    'GET /api/volunteer/slots',
    'DELETE /api/volunteer/slots/:id',
    'GET /api/slots',
    'POST /api/bookings',
    'GET /api/me/bookings',
    'POST /api/bookings/:id/cancel',
    'POST /api/bookings/:id/complete',
    'POST /api/bookings/:id/no-show',
  ].map(r),
  admin: ['GET /api/admin/stats', 'GET /api/admin/stats.xlsx'].map(r),
  events: [
    'POST /api/events',
    'GET /api/events',
    'GET /api/events/:id',
    'PATCH /api/events/:id',
    'POST /api/events/:id/cancel',
    'POST /api/events/:id/signups',
    'DELETE /api/events/:id/signups/me',
    'GET /api/events/:id/signups',
    'GET /api/events/:id/checkin-code',
    'POST /api/events/:id/checkin',
    'GET /api/me/event-signups',
    'GET /api/me/events',
    'GET /api/me/volunteer/hours',
    'GET /api/admin/volunteer-hours',
    'GET /api/admin/volunteer-hours.xlsx',
  ].map(r),
  referrals: [
    'GET /api/communities',
    'POST /api/referrals',
    'GET /api/referrals/:id',
    'POST /api/referrals/:id/accept',
    'POST /api/referrals/:id/decline',
    'POST /api/referrals/:id/withdraw',
    'POST /api/referrals/:id/claim',
    'POST /api/referrals/:id/visits',
    'POST /api/referrals/:id/close',
    'GET /api/me/referrals',
    'GET /api/community/referrals',
    'GET /api/admin/referrals',
    'GET /api/admin/referrals/stats',
    'POST /api/community-workers/apply',
    'GET /api/admin/community-workers',
    'POST /api/admin/community-workers/:id/approve',
  ].map(r),
};

/** Every route as a matcher (`/api/jobs/:id` → `^/api/jobs/[^/]+/?$`), compiled once. */
const MATCHERS = (Object.entries(ROUTES) as [FunctionName, RouteSpec[]][]).flatMap(([fn, routes]) =>
  routes.map((route) => ({ fn, method: route.method, re: new RegExp('^' + route.path.replace(/:[A-Za-z]+/g, '[^/]+') + '/?$') })),
);

/** The function that serves `method path`, as the HTTP API routes it; used by the local gateway. */
export function matchRoute(method: string, path: string): FunctionName | null {
  return MATCHERS.find((m) => m.method === method && m.re.test(path))?.fn ?? null;
}
