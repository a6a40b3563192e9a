import {
  SERVICE_KIND_LABELS,
  type AdminHoursResponse,
  type HoursResponse,
  type ServiceKind,
} from '../../shared/events';
import { beijingDayOf } from '../../shared/time';
import { inScope, unitById } from '../../shared/org';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import { logger } from '../platform/logger';
import { bumpStats } from '../platform/stats';
import { getUser, type UserRecord } from '../platform/users.store';
import { getVolunteer } from '../bookings/volunteers.store';
import {
  addToYearTotal,
  claimServiceSource,
  getYearTotal,
  putServiceEntry,
  queryServiceEntries,
  queryYearTotals,
} from './hours.store';

/** The Beijing calendar year an instant falls in: how the federation's records count a year. */
export const serviceYearOf = (at: string | Date): number => Number(beijingDayOf(at).slice(0, 4));

export interface ServiceInput {
  volunteerId: string;
  kind: ServiceKind;
  /** The id of the event, booking or question; with the kind it identifies the service. */
  sourceId: string;
  at: string;
  minutes: number;
  /** Neutral text for her list: the event's title, or a generic label. Never a resident's words. */
  label?: string;
}

/**
 * Counts one piece of volunteer service, once per volunteer and source: the source is
 * claimed with a conditional put first, so a retried completion or a second answer to the
 * same question adds nothing. Hours must never fail the action that earned them, so any
 * failure is logged (without personal data) and swallowed.
 */
export async function recordService(deps: Deps, input: ServiceInput): Promise<boolean> {
  if (!(input.minutes > 0)) return false;
  try {
    const source = `${input.kind}#${input.sourceId}`;
    if (!(await claimServiceSource(deps, input.volunteerId, source, input.at))) return false;
    const year = serviceYearOf(input.at);
    const minutes = Math.round(input.minutes);
    await putServiceEntry(deps, input.volunteerId, year, {
      kind: input.kind,
      source,
      at: input.at,
      minutes,
      label: input.label ?? SERVICE_KIND_LABELS[input.kind],
    });
    const user = await getUser(deps, input.volunteerId);
    await addToYearTotal(deps, input.volunteerId, user?.displayName ?? '', year, input.kind, minutes);
    await bumpStats(deps, { volunteerMinutes: minutes });
    return true;
  } catch (e) {
    logger.warn('service hours not recorded', { fn: 'events', errorName: (e as Error).name });
    return false;
  }
}

export async function myHours(
  deps: Deps,
  user: UserRecord,
  q: { year?: number; limit: number; cursor?: string },
): Promise<HoursResponse> {
  const year = q.year ?? serviceYearOf(deps.clock());
  const [totalMinutes, page] = await Promise.all([
    getYearTotal(deps, user.id, year),
    queryServiceEntries(deps, user.id, year, q.limit, q.cursor),
  ]);
  return {
    year,
    totalMinutes,
    items: page.items.map(({ kind, at, minutes, label }) => ({ kind, at, minutes, label })),
    nextCursor: page.nextCursor,
  };
}

/**
 * Staff: the hours of the volunteers in their region (by the city and district she gave when
 * applying) for the year, most first; the name is her real name, for the federation's records.
 */
export async function hoursPerVolunteer(deps: Deps, staff: UserRecord, year?: number): Promise<AdminHoursResponse> {
  const y = year ?? serviceYearOf(deps.clock());
  const unit = unitById(staff.unitId);
  if (!unit) throw new AppError('FORBIDDEN');
  const totals = await queryYearTotals(deps, y);
  const rows = await Promise.all(
    totals.map(async (t) => {
      const v = await getVolunteer(deps, t.volunteerId);
      if (unit.level !== 'province' && (!v || !inScope(unit, v))) return null;
      return { ...t, displayName: v?.realName ?? t.displayName };
    }),
  );
  const items = rows.filter((r): r is NonNullable<typeof r> => r !== null);
  items.sort((a, b) => b.totalMinutes - a.totalMinutes || a.displayName.localeCompare(b.displayName));
  return { year: y, items };
}
