import { closeJob } from '../../functions/jobs/jobs.store';
import { OPEN_JOBS_PK } from '../../functions/platform/keys';
import { LIST_VIEW_ATTRIBUTES } from '../../functions/platform/table';
import { jobPage } from '../../shared/jobs';
import { indexEntries, itemsRead, recordStoreReads } from '../helpers/store-reads';
import { aJob, givenJobs, jobsWorld, minutesFrom, type JobsWorld } from './jobs.fixtures';

/**
 * The postings list reads no more than it shows: a page of N reads N + 1 items from the
 * list-view index (GSI4), which holds only the list fields, never duties or requirements.
 * Reads are observed by a middleware on the store's own client (items scanned per Query).
 */
const NOW = '2026-03-02T02:00:00.000Z';
let w: JobsWorld;
let recorder: ReturnType<typeof recordStoreReads>;
const reads = () => recorder.reads.filter((r) => r.command === 'QueryCommand');

beforeAll(async () => {
  w = await jobsWorld(NOW);
  await givenJobs(w.deps, ...Array.from({ length: 30 }, (_, i) => aJob(minutesFrom(NOW, -i - 1))));
  recorder = recordStoreReads(w.deps.db.doc);
});
afterAll(() => w.store.close());
beforeEach(() => (recorder.reads.length = 0));

describe('GET /api/jobs store reads', () => {
  it('reads N + 1 items for a page of N, from the list-view index', async () => {
    const res = await w.call('GET', '/api/jobs?limit=20');
    expect(res.status).toBe(200);
    expect(jobPage.parse(res.body).items).toHaveLength(20);
    expect(reads().map((r) => r.index)).toEqual(['GSI4']);
    expect(itemsRead(reads())).toBe(21);
  });

  it('reads only the list fields (and keys), never the whole posting', async () => {
    await w.call('GET', '/api/jobs?limit=5');
    const keys = ['PK', 'SK', 'GSI4PK', 'GSI4SK'];
    for (const r of reads()) {
      for (const a of r.attributes) expect([...keys, ...LIST_VIEW_ATTRIBUTES]).toContain(a);
      expect(r.attributes).not.toContain('duties');
    }
  });

  it('keeps the next page exact: 30 postings in pages of 20 and 10, each read once', async () => {
    const first = jobPage.parse((await w.call('GET', '/api/jobs?limit=20')).body);
    const second = jobPage.parse((await w.call('GET', `/api/jobs?limit=20&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)).body);
    expect(second.items).toHaveLength(10);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(30);
  });

  it('drops a posting from the list-view index when it closes', async () => {
    const [job] = await givenJobs(w.deps, aJob(minutesFrom(NOW, -100)));
    await closeJob(w.deps, job);
    const entries = await indexEntries(w.deps, 'GSI4', OPEN_JOBS_PK);
    expect(entries.map((i) => i.id)).not.toContain(job.id);
  });
});
