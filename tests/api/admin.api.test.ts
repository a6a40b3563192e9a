import { lambda, signIn } from '../helpers/http';
import { pinnedClock, startTestStore, type TestStore } from '../helpers/dynamo';
import { buildAdminApp } from '../../functions/admin/app';
import { seedAccounts } from '../../functions/local/seed';
import { bumpStats } from '../../functions/platform/stats';

let store: TestStore;
let call: ReturnType<typeof lambda>;
const time = pinnedClock('2026-03-01T02:00:00Z');

beforeAll(async () => {
  store = await startTestStore({ clock: time.clock });
  await seedAccounts(store.deps);
  call = lambda(buildAdminApp(store.deps));
});
afterAll(() => store.close());

describe('GET /api/admin/stats', () => {
  it('sums the daily counters within the range and leaves other days out', async () => {
    await bumpStats(store.deps, { questionsAsked: 2, bookingsMade: 1 });
    time.set('2026-03-02T03:00:00Z');
    await bumpStats(store.deps, { questionsAsked: 1, 'outcome_legal-aid': 1 });
    time.set('2026-03-05T03:00:00Z');
    await bumpStats(store.deps, { questionsAsked: 10 });
    const { token } = await signIn(store.deps, 'staff');

    const res = await call('GET', '/api/admin/stats?from=2026-03-01&to=2026-03-02', { token });

    expect(res.status).toBe(200);
    expect(res.body.totals.questionsAsked).toBe(3);
    expect(res.body.totals.bookingsMade).toBe(1);
    expect(res.body.totals['outcome_legal-aid']).toBe(1);
    expect(res.body.days.map((d: { day: string }) => d.day)).toEqual(['2026-03-01', '2026-03-02']);
  });

  it('counts an action at 07:30 Beijing time on the Beijing day, not the UTC day before', async () => {
    time.set('2026-04-09T23:30:00Z');
    await bumpStats(store.deps, { intentionsRegistered: 1 });
    const { token } = await signIn(store.deps, 'staff');

    const res = await call('GET', '/api/admin/stats?from=2026-04-10&to=2026-04-10', { token });

    expect(res.body.totals.intentionsRegistered).toBe(1);
  });

  it.each([['resident'], ['volunteer']])('answers 403 to a %s', async (handle) => {
    const { token } = await signIn(store.deps, handle);
    const res = await call('GET', '/api/admin/stats?from=2026-03-01&to=2026-03-02', { token });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
  });

  it('answers 401 without a token', async () => {
    const res = await call('GET', '/api/admin/stats?from=2026-03-01&to=2026-03-02');
    expect(res.status).toBe(401);
  });

  it.each([
    ['a reversed range', 'from=2026-03-05&to=2026-03-01'],
    ['a malformed date', 'from=2026-3-1&to=2026-03-02'],
    ['a missing bound', 'from=2026-03-01'],
    ['an unknown parameter', 'from=2026-03-01&to=2026-03-02&userId=x'],
    ['more than a year', 'from=2024-01-01&to=2026-03-02'],
  ])('answers 400 to %s', async (_name, qs) => {
    const { token } = await signIn(store.deps, 'staff');
    const res = await call('GET', `/api/admin/stats?${qs}`, { token });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });
});
