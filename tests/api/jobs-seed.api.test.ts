import { seedJobs } from '../../functions/jobs/seed';
import { jobsWorld, type JobsWorld } from './jobs.fixtures';

const NOW = '2026-03-02T02:00:00.000Z';
let w: JobsWorld;

beforeAll(async () => {
  w = await jobsWorld(NOW);
  await seedJobs(w.deps);
});
afterAll(() => w.store.close());

describe('the demo jobs seed', () => {
  it('lists at least 60 open postings from at least 5 cities, without the expired ones', async () => {
    const items: { id: string; city: string; expiresAt: string }[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/jobs?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await w.call('GET', url);
      expect(res.status).toBe(200);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);

    expect(items.length).toBeGreaterThanOrEqual(60);
    expect(new Set(items.map((i) => i.city)).size).toBeGreaterThanOrEqual(5);
    expect(items.every((i) => i.expiresAt > NOW)).toBe(true);
  });

  it('lists the women-only fair, held online and offline, with its postings', async () => {
    const fairs = await w.call('GET', '/api/fairs?mode=both');
    const women = fairs.body.items.find((f: { womenSpecial: boolean }) => f.womenSpecial);
    expect(women).toBeDefined();

    const detail = await w.call('GET', `/api/fairs/${women.id}`);

    expect(detail.status).toBe(200);
    expect(detail.body.postings.length).toBeGreaterThan(0);
  });

  it('keeps a seeded store unchanged when seeded a second time', async () => {
    await expect(seedJobs(w.deps)).resolves.toBeUndefined();
  });
});
