import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { LEGACY_QUESTION_QUEUE, QUESTION_QUEUE_PK, questionKey } from '../../functions/platform/keys';
import { QUEUE_FILTER_ATTRIBUTES, QUEUE_ITEM_ATTRIBUTES } from '../../functions/platform/table';
import { moveQueueToListView } from '../../functions/qa/questions.store';
import { queuePage } from '../../shared/qa';
import { indexEntries, itemsRead, recordStoreReads } from '../helpers/store-reads';
import { makePerson, makeQuestion, qaWorld, type Person, type QaWorld } from './qa.fixtures';

/**
 * The volunteer queue reads no more than it shows: a page of N reads N + 1 items from the
 * list-view index (GSI5), which holds the fields a queue item shows and the claim state its
 * filter reads, never the asker, her anonymity, the claimer or the thread.
 */
const START = '2026-11-28T02:00:00.000Z';
const minutesBefore = (m: number) => new Date(Date.parse(START) - m * 60_000).toISOString();
const KEYS = ['PK', 'SK', 'GSI5PK', 'GSI5SK'];
const NEVER_READ = ['askerId', 'anonymous', 'claimedBy', 'messageCount', 'helpful', 'answeredAt', 'updatedAt', 'GSI1PK', 'type'];

let w: QaWorld;
let asker: Person;
let volunteer: Person;
let recorder: ReturnType<typeof recordStoreReads>;
const queueReads = () => recorder.reads.filter((r) => r.command === 'QueryCommand');
const queue = async (query: string) => {
  const res = await w.call('GET', `/api/qa/queue${query}`, { token: volunteer.token });
  expect(res.status).toBe(200);
  return { page: queuePage.parse(res.body), body: res.body as { items: Record<string, unknown>[] } };
};
const queueEntries = () => indexEntries(w.deps, 'GSI5', QUESTION_QUEUE_PK);
const stored = async (id: string) =>
  (await w.deps.db.doc.send(new GetCommand({ TableName: w.deps.db.table, Key: questionKey(id) }))).Item ?? {};

beforeAll(async () => {
  w = await qaWorld(START);
  asker = await makePerson(w.deps, 'resident', { consent: true });
  volunteer = await makePerson(w.deps, 'volunteer', { displayName: '陈律师' });
  for (let i = 0; i < 30; i++) {
    await makeQuestion(w.deps, asker, { title: `问题 ${i}`, body: `第 ${i} 个问题的正文。`, createdAt: minutesBefore(600 - i) });
  }
  recorder = recordStoreReads(w.deps.db.doc);
});
afterAll(() => {
  recorder.stop();
  return w.store.close();
});
beforeEach(() => (recorder.reads.length = 0));

describe('GET /api/qa/queue store reads', () => {
  it('reads N + 1 items for a page of N, from the list-view index', async () => {
    const { page } = await queue('?limit=20');

    expect(page.items).toHaveLength(20);
    expect(queueReads().map((r) => r.index)).toEqual(['GSI5']);
    expect(itemsRead(queueReads())).toBe(21);
  });

  it('reads only the fields a queue item shows, never the asker, the claimer or the thread', async () => {
    await queue('?limit=5');

    for (const r of queueReads()) {
      for (const a of r.attributes) expect([...KEYS, ...QUEUE_ITEM_ATTRIBUTES]).toContain(a);
      for (const a of NEVER_READ) expect(r.attributes).not.toContain(a);
    }
  });

  it('keeps nothing else of a question in the index, so nothing else can be paid for', async () => {
    const entries = await queueEntries();

    expect(entries.length).toBeGreaterThanOrEqual(30);
    for (const e of entries) for (const a of Object.keys(e)) expect([...KEYS, ...QUEUE_ITEM_ATTRIBUTES, ...QUEUE_FILTER_ATTRIBUTES]).toContain(a);
  });

  it('answers with the same fields, in the same order, decrypted', async () => {
    const id = await makeQuestion(w.deps, asker, { title: '最早的问题', body: '正文，不止一行。\n第二行。', topic: 'custody', createdAt: minutesBefore(9000) });

    const { body } = await queue('?limit=1');

    expect(body.items).toEqual([
      { id, topic: 'custody', city: 'nanchang', title: '最早的问题', body: '正文，不止一行。\n第二行。', urgent: false, createdAt: minutesBefore(9000) },
    ]);
    expect(Object.keys(body.items[0])).toEqual(['id', 'topic', 'city', 'title', 'body', 'urgent', 'createdAt']);
  });

  it('passes over a live claim at the cost of one more item, and the next page is exact', async () => {
    const claimed = await makeQuestion(w.deps, asker, { claimedBy: volunteer, createdAt: minutesBefore(20000) });

    const first = await queue('?limit=5');
    expect(itemsRead(queueReads())).toBeLessThanOrEqual(7);
    const seen = [...first.page.items];
    let cursor = first.page.nextCursor;
    while (cursor) {
      const next = await queue(`?limit=20&cursor=${encodeURIComponent(cursor)}`);
      seen.push(...next.page.items);
      cursor = next.page.nextCursor;
    }

    const ids = seen.map((q) => q.id);
    expect(ids).not.toContain(claimed);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe((await queueEntries()).length - 1);
  });
});

describe('the queue index on every write path', () => {
  const post = (id: string, who: Person, path: string, body: unknown = {}) =>
    w.call('POST', `/api/qa/questions/${id}/${path}`, { token: who.token, body });

  it('keeps a claimed question (its claim may lapse), drops it on a reply, takes it back on release, drops it on close', async () => {
    const id = await makeQuestion(w.deps, asker, { createdAt: minutesBefore(30000) });
    const inIndex = async () => (await queueEntries()).some((e) => e.id === id);

    expect((await post(id, volunteer, 'claim')).status).toBe(200);
    expect(await inIndex()).toBe(true);
    expect((await post(id, volunteer, 'messages', { body: '您好，我来回答。' })).status).toBe(201);
    expect(await inIndex()).toBe(false);
    expect((await post(id, volunteer, 'release')).status).toBe(200);
    expect(await inIndex()).toBe(true);
    expect((await queue('?limit=1')).page.items[0].id).toBe(id);
    expect((await post(id, asker, 'close')).status).toBe(200);
    expect(await inIndex()).toBe(false);
  });

  it('moves an urgent follow-up to the front of the index', async () => {
    const id = await makeQuestion(w.deps, asker, { createdAt: minutesBefore(1) });

    expect((await post(id, asker, 'messages', { body: '他刚才又拿刀威胁我，我不敢回家' })).status).toBe(201);

    expect((await queue('?limit=1')).page.items[0]).toMatchObject({ id, urgent: true });
  });
});

describe('moving a deployed table’s queue from GSI2 to GSI5 (scripts/move-list-views.ts)', () => {
  /** A question as the code before GSI5 left it: its queue entry under GSI2. */
  const asBeforeGsi5 = async (id: string) => {
    const item = await stored(id);
    await w.deps.db.doc.send(
      new UpdateCommand({
        TableName: w.deps.db.table,
        Key: questionKey(id),
        UpdateExpression: 'SET GSI2PK = :pk, GSI2SK = :sk REMOVE GSI5PK, GSI5SK',
        ExpressionAttributeValues: { ':pk': LEGACY_QUESTION_QUEUE.pk, ':sk': `1#${String(item.createdAt)}#${id}` },
      }),
    );
  };

  it('puts waiting questions in the queue, drops entries a reply left stale, and does nothing the second time', async () => {
    const waiting = await makeQuestion(w.deps, asker, { createdAt: minutesBefore(40000) });
    const answered = await makeQuestion(w.deps, asker, { claimedBy: volunteer, answered: true, createdAt: minutesBefore(40001) });
    await asBeforeGsi5(waiting);
    await asBeforeGsi5(answered);
    const listed = async () => (await queue('?limit=50')).page.items.map((q) => q.id);
    expect(await listed()).not.toContain(waiting);

    expect(await moveQueueToListView(w.deps)).toEqual({ moved: 1, dropped: 1 });

    expect(await listed()).toContain(waiting);
    expect((await queueEntries()).map((e) => e.id)).not.toContain(answered);
    for (const id of [waiting, answered]) expect((await stored(id)).GSI2PK).toBeUndefined();
    expect(await moveQueueToListView(w.deps)).toEqual({ moved: 0, dropped: 0 });
  });
});
