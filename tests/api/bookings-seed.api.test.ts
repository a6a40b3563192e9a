import { startTestStore, pinnedClock, type TestStore } from '../helpers/dynamo';
import { lambda, signIn } from '../helpers/http';
import { seedAccounts } from '../../functions/local/seed';
import { seedBookings } from '../../functions/bookings/seed';
import { buildBookingsApp } from '../../functions/bookings/app';
import { beijingDayOf } from '../../shared/time';

let store: TestStore;
const NOW = '2026-12-01T02:07:00.000Z';

beforeAll(async () => {
  store = await startTestStore({ clock: pinnedClock(NOW).clock });
  await seedAccounts(store.deps);
  await seedBookings(store.deps);
}, 60_000);
afterAll(() => store.close());

describe('seedBookings', () => {
  it('offers open slots of both demo volunteers on each of the next 14 Beijing days, none sooner than 2 hours', async () => {
    const call = lambda(buildBookingsApp(store.deps));
    const seen = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { start: string; volunteer: { displayName: string }; mode: string }[]; nextCursor: string | null } } =
        await call('GET', `/api/slots?limit=50${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);

    expect(new Set(seen.map((s) => s.volunteer.displayName))).toEqual(new Set(['陈律师', '王调解员']));
    expect(new Set(seen.map((s) => s.mode))).toEqual(new Set(['in-person', 'phone', 'video']));
    expect(new Set(seen.map((s) => beijingDayOf(s.start))).size).toBeGreaterThanOrEqual(14);
    expect(seen.every((s) => Date.parse(s.start) >= Date.parse(NOW) + 2 * 3_600_000)).toBe(true);
  });

  it('gives the demo resident one booking and staff two applications to check', async () => {
    const call = lambda(buildBookingsApp(store.deps));
    const resident = await signIn(store.deps, 'resident');
    const staff = await signIn(store.deps, 'staff');
    const volunteer = await signIn(store.deps, 'volunteer');

    const mine = await call('GET', '/api/me/bookings', { token: resident.token });
    const pending = await call('GET', '/api/admin/volunteers?status=pending', { token: staff.token });
    const slot = await call('POST', '/api/volunteer/slots', {
      token: volunteer.token,
      body: { start: '2027-01-20T01:00:00.000Z', durationMinutes: 30, mode: 'phone' },
    });

    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0].volunteer.displayName).toBe('陈律师');
    expect(pending.body.items.map((a: { realName: string }) => a.realName).sort()).toEqual(['刘敏', '许丽华']);
    expect(slot.status).toBe(201);
  });
});
