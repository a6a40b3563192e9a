import { lambda } from '../helpers/http';
import { pinnedClock, startTestStore, type TestStore } from '../helpers/dynamo';
import { buildJobsApp } from '../../functions/jobs/app';
import { seedJobs } from '../../functions/jobs/seed';

const NOW = '2026-03-02T02:00:00.000Z';
const time = pinnedClock(NOW);
let store: TestStore;
let call: ReturnType<typeof lambda>;

beforeAll(async () => {
  store = await startTestStore({ clock: time.clock });
  call = lambda(buildJobsApp(store.deps));
  await seedJobs(store.deps);
});
afterAll(() => store.close());

describe('the demo jobs seed', () => {
  it('lists at least 60 open postings from at least 5 cities, without the expired ones', async () => {
    const items: { id: string; city: string; expiresAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/jobs?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await call('GET', url);
      expect(res.status).toBe(200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);

    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((i) => i.city)).size).toBeGreaterThanOrEqual(5);
    expect(items.every((i) => i.expiresAt > NOW)).toBe(true);
  });

  it('lists the women-only fair, held online and offline, with its postings', async () => {
    const fairs = await call('GET', '/api/fairs?mode=both');
    const women = fairs.body.items.find((f: { womenSpecial: boolean }) => f.womenSpecial);
    expect(women).toBeDefined();

    const detail = await call('GET', `/api/fairs/${women.id}`);

    expect(detail.status).toBe(200);
    expect(detail.body.postings.length).toBeGreaterThan(0);
  });

  it('keeps a seeded store unchanged when seeded a second time', async () => {
    await expect(seedJobs(store.deps)).resolves.toBeUndefined();
  });
});
