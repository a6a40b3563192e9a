import { startTestStore, type TestStore } from '../helpers/dynamo';
import { lambda } from '../helpers/http';
import { seedAccounts } from '../../functions/local/seed';
import { seedBookings } from '../../functions/bookings/seed';
import { seedEvents } from '../../functions/events/seed';
import { buildEventsApp } from '../../functions/events/app';

let store: TestStore;
beforeAll(async () => {
  store = await startTestStore();
  await seedAccounts(store.deps);
  await seedBookings(store.deps);
  await seedEvents(store.deps);
});
afterAll(() => store.close());

it('seeds at least 12 upcoming events over the demo cities, some full and one cancelled, and a second run changes nothing', async () => {
  await seedEvents(store.deps);
  const call = lambda(buildEventsApp(store.deps));

  const res = await call('GET', '/api/events?limit=50');
  const items: { city: string; seatsLeft: number; status: string; speakers: unknown[] }[] = res.body.items;

  // 13 after two runs: fixed ids and a conditional put add nothing the second time.
  expect(items).toHaveLength(13);
  expect(new Set(items.map((e) => e.city))).toEqual(new Set(['nanchang', 'ganzhou', 'jiujiang']));
  expect(items.filter((e) => e.status === 'published' && e.seatsLeft === 0).length).toBeGreaterThanOrEqual(2);
  expect(items.filter((e) => e.status === 'cancelled')).toHaveLength(1);
  expect(items.filter((e) => e.speakers.length > 0).length).toBeGreaterThanOrEqual(10);
});
