import type Koa from 'koa';
import type { Deps } from '../platform/deps';
import type { FunctionName } from '../routes';
import { buildAuthApp } from '../auth/app';
import { buildJobsApp } from '../jobs/app';
import { buildQaApp } from '../qa/app';
import { buildAdminApp } from '../admin/app';
import { buildBookingsApp } from '../bookings/app';
import { buildEventsApp } from '../events/app';
import { buildReferralsApp } from '../referrals/app';

/** Every function's Koa app, built over the same deps; the gateway dispatches to them. */
export function buildAllApps(deps: Deps): Partial<Record<FunctionName, Koa>> {
  return {
    auth: buildAuthApp(deps),
    jobs: buildJobsApp(deps),
    qa: buildQaApp(deps),
    admin: buildAdminApp(deps),
    bookings: buildBookingsApp(deps),
    events: buildEventsApp(deps),
    referrals: buildReferralsApp(deps),
  };
}
