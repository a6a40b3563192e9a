import { startTestStore, pinnedClock, type TestStore } from '../helpers/dynamo';
import { lambda, signIn } from '../helpers/http';
import { buildEventsApp } from '../../functions/events/app';
import { apply, approve } from '../../functions/bookings/volunteers.service';
import { seedAccounts } from '../../functions/local/seed';
import { getUser } from '../../functions/platform/users.store';
import type { Deps } from '../../functions/platform/deps';
import type { EventCreateRequest } from '../../shared/events';
import { anApplication } from './bookings.fixtures';

/** Tuesday 1 December 2026, 10:00 in Beijing. */
export const NOW = '2026-12-01T02:00:00.000Z';
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const at = (base: string, ms: number) => new Date(Date.parse(base) + ms).toISOString();

export interface Person {
  token: string;
  userId: string;
}

export const anEvent = (o: Partial<EventCreateRequest> = {}): EventCreateRequest => ({
  title: '反家暴法进社区',
  kind: 'lecture',
  topics: ['dv-protection-order'],
  start: at(NOW, 2 * DAY),
  end: at(NOW, 2 * DAY + 90 * MIN),
  venue: '滨江社区妇女之家',
  city: 'nanchang',
  district: '东湖区',
  community: 'nc-donghu-1',
  capacity: 20,
  description: '律师讲怎么申请人身安全保护令。',
  ...o,
});

let seq = 0;

/** One store per test file, with demo accounts (staff with units) and a movable clock. */
export async function eventsWorld(overrides: Partial<Deps> = {}) {
  // Tokens outlive the test's clock jumps of a few days.
  const store: TestStore = await startTestStore({}, { TOKEN_TTL_SECONDS: String(30 * 24 * 3600) });
  await seedAccounts(store.deps);
  const time = pinnedClock(NOW);
  const deps: Deps = store.with({ ...overrides, clock: time.clock });
  const call = lambda(buildEventsApp(deps));
  const person = (name: string) => signIn(deps, `ev${++seq}-${name}`.toLowerCase().slice(0, 32));
  return {
    store,
    deps,
    time,
    call,
    resident: person,
    residents: (n: number, prefix: string) => Promise.all(Array.from({ length: n }, (_, i) => person(`${prefix}-${i}`))),
    async volunteer(name: string): Promise<Person> {
      const p = await person(name);
      const user = await getUser(deps, p.userId);
      if (!user) throw new Error('no user');
      await apply(deps, user, anApplication());
      await approve(deps, p.userId);
      return p;
    },
    /** A demo staff account (`staff` is the province, `staff-donghu` a district). */
    staff: (handle = 'staff') => signIn(deps, handle),
    /** Publishes through the API and returns the event's id. */
    async publish(by: Person, o: Partial<EventCreateRequest> = {}): Promise<string> {
      const res = await call('POST', '/api/events', { token: by.token, body: anEvent(o) });
      if (res.status !== 201) throw new Error(`event not created: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id;
    },
    signUp: (p: Person, eventId: string, body: object = {}) => call('POST', `/api/events/${eventId}/signups`, { token: p.token, body }),
    close: () => store.close(),
  };
}
export type EventsWorld = Awaited<ReturnType<typeof eventsWorld>>;
