import Router from '@koa/router';
import {
  adminVolunteersQuery,
  bookingCreateRequest,
  cancelRequest,
  completeRequest,
  noShowRequest,
  slotCreateRequest,
  slotsQuery,
  volunteerApplyRequest,
  volunteerRejectRequest,
  volunteerSlotsQuery,
} from '../../shared/bookings';
import { pageQuery } from '../../shared/common';
import type { Deps } from '../platform/deps';
import { created, createHttpApp, parseBody, parseQuery, pathId } from '../platform/http';
import { requireCaller, requireRole } from '../platform/auth';
import { apply, approve, listApplications, myApplication, reject } from './volunteers.service';
import { createSlots, deleteSlot, listOpenSlots, listVolunteerSlots } from './slots.service';
import { cancelBooking, createBooking, finishBooking, listMyBookings } from './bookings.service';

/** Volunteers, their slots and bookings: exactly the `bookings` routes of functions/routes.ts. */
export function buildBookingsApp(deps: Deps) {
  const router = new Router();

  router.post('/api/volunteers/apply', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    created(ctx, await apply(deps, user, parseBody(ctx, volunteerApplyRequest)));
  });

  router.get('/api/me/volunteer', async (ctx) => {
    ctx.body = await myApplication(deps, await requireCaller(ctx, deps));
  });

  router.get('/api/admin/volunteers', async (ctx) => {
    await requireRole(ctx, deps, 'staff');
    const q = parseQuery(ctx, adminVolunteersQuery);
    ctx.body = await listApplications(deps, q.status, q.limit, q.cursor);
  });

  router.post('/api/admin/volunteers/:id/approve', async (ctx) => {
    await requireRole(ctx, deps, 'staff');
    ctx.body = await approve(deps, pathId(ctx));
  });

  router.post('/api/admin/volunteers/:id/reject', async (ctx) => {
    await requireRole(ctx, deps, 'staff');
    ctx.body = await reject(deps, pathId(ctx), parseBody(ctx, volunteerRejectRequest).reason);
  });

  router.post('/api/volunteer/slots', async (ctx) => {
    const user = await requireRole(ctx, deps, 'volunteer');
    created(ctx, await createSlots(deps, user, parseBody(ctx, slotCreateRequest)));
  });

  router.get('/api/volunteer/slots', async (ctx) => {
    const user = await requireRole(ctx, deps, 'volunteer');
    ctx.body = await listVolunteerSlots(deps, user, parseQuery(ctx, volunteerSlotsQuery));
  });

  router.delete('/api/volunteer/slots/:id', async (ctx) => {
    const user = await requireRole(ctx, deps, 'volunteer');
    await deleteSlot(deps, user, pathId(ctx));
    ctx.status = 204;
  });

  router.get('/api/slots', async (ctx) => {
    ctx.body = await listOpenSlots(deps, parseQuery(ctx, slotsQuery));
  });

  router.post('/api/bookings', async (ctx) => {
    const user = await requireRole(ctx, deps, 'resident');
    const input = parseBody(ctx, bookingCreateRequest);
    created(ctx, await createBooking(deps, user, input, ctx.get('idempotency-key') || undefined));
  });

  router.get('/api/me/bookings', async (ctx) => {
    // Her own things stay hers after she becomes a volunteer (issue 9).
    const user = await requireRole(ctx, deps, 'resident', 'volunteer');
    const { limit, cursor } = parseQuery(ctx, pageQuery);
    ctx.body = await listMyBookings(deps, user, limit, cursor);
  });

  router.post('/api/bookings/:id/cancel', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    ctx.body = await cancelBooking(deps, user, pathId(ctx), parseBody(ctx, cancelRequest));
  });

  router.post('/api/bookings/:id/complete', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    const input = parseBody(ctx, completeRequest);
    ctx.body = await finishBooking(deps, user, pathId(ctx), { kind: 'completed', input });
  });

  router.post('/api/bookings/:id/no-show', async (ctx) => {
    const user = await requireCaller(ctx, deps);
    parseBody(ctx, noShowRequest);
    ctx.body = await finishBooking(deps, user, pathId(ctx), { kind: 'no-show' });
  });

  return createHttpApp(router);
}
