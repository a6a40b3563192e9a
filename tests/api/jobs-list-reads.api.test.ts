import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { lambda } from '../helpers/http';
import { pinnedClock, startTestStore, type TestStore } from '../helpers/dynamo';
import { buildJobsApp } from '../../functions/jobs/app';
import { closeJob } from '../../functions/jobs/jobs.store';
import { OPEN_JOBS_PK } from '../../functions/platform/keys';
import { LIST_VIEW_ATTRIBUTES } from '../../functions/platform/table';
import { jobPage } from '../../shared/jobs';
import { itemsRead, recordStoreReads } from '../helpers/store-reads';
import { aJob, givenJobs, minutesFrom } from './jobs.fixtures';

/**
 * The postings list reads no more than it shows: a page of N reads N + 1 items from the
 * list-view index (GSI4), which holds only the list fields, never duties or requirements.
 * Reads are observed by a middleware on the store's own client (items scanned per Query).
 */
const NOW = '2026-03-02T02:00:00.000Z';
let store: TestStore;
let call: ReturnType<typeof lambda>;
let recorder: ReturnType<typeof recordStoreReads>;
const reads = () => recorder.reads.filter((r) => r.command === 'QueryCommand');

beforeAll(async () => {
  store = await startTestStore({ clock: pinnedClock(NOW).clock });
  call = lambda(buildJobsApp(store.deps));
  await givenJobs(store.deps, ...Array.from({ length: 30 }, (_, i) => aJob(minutesFrom(NOW, -i - 1))));
  recorder = recordStoreReads(store.deps.db.doc);
});
afterAll(() => store.close());
beforeEach(() => (recorder.reads.length = 0));

describe('GET /api/jobs store reads', () => {
  it('reads N + 1 items for a page of N, from the list-view index', async () => {
    const res = await call('GET', '/api/jobs?limit=20');
    expect(res.status).toBe(200);
    expect(jobPage.parse(res.body).items).toHaveLength(20);
    expect(reads().map((r) => r.index)).toEqual(['GSI4']);
    expect(itemsRead(reads())).toBe(21);
  });

  it('reads only the list fields (and keys), never the whole posting', async () => {
    await call('GET', '/api/jobs?limit=5');
    const keys = ['PK', 'SK', 'GSI4PK', 'GSI4SK'];
    for (const r of reads()) {
      for (const a of r.attributes) expect([...keys, ...LIST_VIEW_ATTRIBUTES]).toContain(a);
      expect(r.attributes).not.toContain('duties');
    }
  });

  it('keeps the next page exact: 30 postings in pages of 20 and 10, each read once', async () => {
    const first = jobPage.parse((await call('GET', '/api/jobs?limit=20')).body);
    const second = jobPage.parse((await call('GET', `/api/jobs?limit=20&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)).body);
    expect(second.items).toHaveLength(10);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(30);
  });

  it('drops a posting from the list-view index when it closes', async () => {
    const [job] = await givenJobs(store.deps, aJob(minutesFrom(NOW, -100)));
    await closeJob(store.deps, job);
    const { Items } = await store.deps.db.doc.send(
      new QueryCommand({
        TableName: store.deps.db.table,
        IndexName: 'GSI4',
        KeyConditionExpression: 'GSI4PK = :pk',
        ExpressionAttributeValues: { ':pk': OPEN_JOBS_PK },
      }),
    );
    expect((Items ?? []).map((i) => i.id)).not.toContain(job.id);
  });
});
