import Router from '@koa/router';
import { pageQuery } from '../../shared/common';
import {
  adminHoursQuery,
  checkinRequest,
  eventCreateRequest,
  eventPatchRequest,
  eventsQuery,
  hoursQuery,
  signupRequest,
} from '../../shared/events';
import type { Deps } from '../platform/deps';
import { created, createHttpApp, parseBody, parseQuery, pathId } from '../platform/http';
import { optionalCaller, requireRole } from '../platform/auth';
import {
  cancelEvent,
  checkIn,
  checkinCodeFor,
  createEvent,
  getEventDetail,
  listEvents,
  listMySignups,
  listOrganised,
  patchEvent,
  signUp,
  signupsFor,
  withdraw,
} from './events.service';
import { hoursPerVolunteer, myHours } from './hours.service';
import { hoursWorkbook, XLSX_TYPE } from './hours-export';

/** 普法 events, sign-ups, check-in and volunteer hours: exactly the `events` routes of functions/routes.ts. */
export function buildEventsApp(deps: Deps) {
  const router = new Router();

  router.post('/api/events', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff', 'volunteer');
    created(ctx, await createEvent(deps, user, parseBody(ctx, eventCreateRequest)));
  });

  router.get('/api/events', async (ctx) => {
    ctx.body = await listEvents(deps, parseQuery(ctx, eventsQuery));
  });

  router.get('/api/events/:id', async (ctx) => {
    const caller = await optionalCaller(ctx, deps);
    ctx.body = await getEventDetail(deps, caller, pathId(ctx));
  });

  router.patch('/api/events/:id', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff', 'volunteer');
    ctx.body = await patchEvent(deps, user, pathId(ctx), parseBody(ctx, eventPatchRequest));
  });

  router.post('/api/events/:id/cancel', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff', 'volunteer');
    ctx.body = await cancelEvent(deps, user, pathId(ctx));
  });

  router.post('/api/events/:id/signups', async (ctx) => {
    const user = await requireRole(ctx, deps, 'resident');
    created(ctx, await signUp(deps, user, pathId(ctx), parseBody(ctx, signupRequest)));
  });

  router.delete('/api/events/:id/signups/me', async (ctx) => {
    const user = await requireRole(ctx, deps, 'resident');
    ctx.body = await withdraw(deps, user, pathId(ctx));
  });

  router.get('/api/events/:id/signups', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff', 'volunteer');
    ctx.body = await signupsFor(deps, user, pathId(ctx));
  });

  router.get('/api/events/:id/checkin-code', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff', 'volunteer');
    ctx.body = await checkinCodeFor(deps, user, pathId(ctx));
  });

  router.post('/api/events/:id/checkin', async (ctx) => {
    const user = await requireRole(ctx, deps, 'resident');
    ctx.body = await checkIn(deps, user, pathId(ctx), parseBody(ctx, checkinRequest).code);
  });

  router.get('/api/me/event-signups', async (ctx) => {
    const user = await requireRole(ctx, deps, 'resident');
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await listMySignups(deps, user, limit, cursor);
  });

  router.get('/api/me/events', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff', 'volunteer');
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await listOrganised(deps, user, limit, cursor);
  });

  router.get('/api/me/volunteer/hours', async (ctx) => {
    const user = await requireRole(ctx, deps, 'volunteer');
    ctx.body = await myHours(deps, user, parseQuery(ctx, hoursQuery));
  });

  router.get('/api/admin/volunteer-hours', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff');
    ctx.body = await hoursPerVolunteer(deps, user, parseQuery(ctx, adminHoursQuery).year);
  });

  router.get('/api/admin/volunteer-hours.xlsx', async (ctx) => {
    const user = await requireRole(ctx, deps, 'staff');
    const { year, body } = await hoursWorkbook(deps, user, parseQuery(ctx, adminHoursQuery).year);
    ctx.set('content-disposition', `attachment; filename="volunteer-hours-${year}.xlsx"`);
    ctx.type = XLSX_TYPE;
    ctx.body = body;
  });

  return createHttpApp(router);
}
