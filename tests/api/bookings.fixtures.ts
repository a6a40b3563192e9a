import { pinnedClock, type TestStore } from '../helpers/dynamo';
import { lambda, signIn } from '../helpers/http';
import { buildBookingsApp } from '../../functions/bookings/app';
import { apply, approve } from '../../functions/bookings/volunteers.service';
import { getUser, setRole } from '../../functions/platform/users.store';
import type { Deps } from '../../functions/platform/deps';
import type { VolunteerApplyRequest, SlotCreateRequest } from '../../shared/bookings';

/** Tuesday 1 December 2026, 10:00 in Beijing. */
export const NOW = '2026-12-01T02:00:00.000Z';
export const HOUR = 3_600_000;
export const MIN = 60_000;
export const DAY = 24 * HOUR;
export const at = (base: string, ms: number) => new Date(Date.parse(base) + ms).toISOString();

let seq = 0;

export const anApplication = (o: Partial<VolunteerApplyRequest> = {}): VolunteerApplyRequest => ({
  realName: '陈静',
  profession: 'lawyer',
  licenceNo: '13601201810012345',
  organisation: '江西正言律师事务所',
  specialities: ['dv-protection-order', 'custody'],
  city: 'nanchang',
  district: '东湖区',
  bio: '执业 12 年。',
  ...o,
});

export const aSlot = (start: string, o: Partial<SlotCreateRequest> = {}): SlotCreateRequest => ({
  start,
  durationMinutes: 60,
  mode: 'phone',
  ...o,
});

export interface Person {
  token: string;
  userId: string;
}

/**
 * A little world over one store with its own pinned clock and unique people:
 * builders for residents, pending and approved volunteers and staff.
 */
export function world(store: TestStore, nowIso = NOW, overrides: Partial<Deps> = {}) {
  const time = pinnedClock(nowIso);
  const deps: Deps = store.with({ ...overrides, clock: time.clock });
  const call = lambda(buildBookingsApp(deps));
  const tag = `w${++seq}`;
  const person = (name: string) => signIn(deps, `${tag}-${name}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-').slice(0, 32));
  const userOf = async (p: Person) => {
    const u = await getUser(deps, p.userId);
    if (!u) throw new Error('no such user');
    return u;
  };
  return {
    deps,
    time,
    call,
    resident: (name: string) => person(name),
    async pendingVolunteer(name: string, o: Partial<VolunteerApplyRequest> = {}) {
      const p = await person(name);
      await apply(deps, await userOf(p), anApplication(o));
      return p;
    },
    async volunteer(name: string, o: Partial<VolunteerApplyRequest> = {}) {
      const p = await person(name);
      await apply(deps, await userOf(p), anApplication(o));
      await approve(deps, p.userId);
      return p;
    },
    async staff(name: string) {
      const p = await person(name);
      await setRole(deps, p.userId, 'staff');
      return p;
    },
    /** Creates one slot through the API and returns its id. */
    async slot(v: Person, start: string, o: Partial<SlotCreateRequest> = {}): Promise<string> {
      const res = await call('POST', '/api/volunteer/slots', { token: v.token, body: aSlot(start, o) });
      if (res.status !== 201) throw new Error(`slot not created: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.items[0].id;
    },
    /** Books a slot through the API and returns the booking id. */
    async book(r: Person, slotId: string, note?: string): Promise<string> {
      const res = await call('POST', '/api/bookings', { token: r.token, body: { slotId, topic: 'custody', note } });
      if (res.status !== 201) throw new Error(`not booked: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id;
    },
  };
}
export type World = ReturnType<typeof world>;
