import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { moveOpenSlotsToListView } from '../../functions/bookings/slots.store';
import { LEGACY_OPEN_SLOTS, OPEN_SLOTS_PK, slotKey } from '../../functions/platform/keys';
import { GSIS, OPEN_SLOT_ATTRIBUTES } from '../../functions/platform/table';
import { openSlotPage } from '../../shared/bookings';
import { startTestStore, type TestStore } from '../helpers/dynamo';
import { indexEntries, itemsRead, recordStoreReads } from '../helpers/store-reads';
import { HOUR, NOW, at, world, type Person, type World } from './bookings.fixtures';

/**
 * GET /api/slots reads no more than it shows: a page of N reads N + 1 items from the list-view
 * index (GSI5), which holds what a slot card shows, never the volunteer's user id, a booking
 * (with its private note) or the reminders.
 */
const KEYS = ['PK', 'SK', 'GSI5PK', 'GSI5SK'];
const NEVER_READ = ['volunteerId', 'booking', 'state', 'expiresAt', 'reminded24', 'reminded1', 'GSI2PK', 'type'];

let store: TestStore;
let w: World;
let v: Person;
let recorder: ReturnType<typeof recordStoreReads>;
const slotReads = () => recorder.reads.filter((r) => r.command === 'QueryCommand');
const slots = async (query = '') => {
  const res = await w.call('GET', `/api/slots${query}`);
  expect(res.status).toBe(200);
  return { page: openSlotPage.parse(res.body), body: res.body as { items: Record<string, unknown>[] } };
};
const allSlotIds = async (query: string) => {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const { page } = await slots(`${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    ids.push(...page.items.map((s) => s.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
};
const openSlotEntries = () => indexEntries(w.deps, 'GSI5', OPEN_SLOTS_PK);

beforeAll(async () => {
  store = await startTestStore();
  w = world(store);
  v = await w.volunteer('reads');
  for (let i = 0; i < 30; i++) await w.slot(v, at(NOW, (3 + i) * HOUR), { mode: i % 3 === 0 ? 'video' : 'phone' });
  recorder = recordStoreReads(w.deps.db.doc);
});
afterAll(() => {
  recorder.stop();
  return store.close();
});
beforeEach(() => (recorder.reads.length = 0));

describe('GET /api/slots store reads', () => {
  it('reads N + 1 items for a page of N, from the list-view index', async () => {
    const { page } = await slots('?limit=20');

    expect(page.items).toHaveLength(20);
    expect(slotReads().map((r) => r.index)).toEqual(['GSI5']);
    expect(itemsRead(slotReads())).toBe(21);
  });

  it('reads only the fields a slot card shows, never her user id, a booking or the reminders', async () => {
    await slots('?limit=5');

    for (const r of slotReads()) {
      for (const a of r.attributes) expect([...KEYS, ...OPEN_SLOT_ATTRIBUTES]).toContain(a);
      for (const a of NEVER_READ) expect(r.attributes).not.toContain(a);
    }
  });

  it('keeps nothing private of a slot in the index', async () => {
    const projected = GSIS.find((g) => g.indexName === 'GSI5')?.nonKeyAttributes ?? [];
    const entries = await openSlotEntries();

    expect(entries).toHaveLength(30);
    for (const e of entries) {
      for (const a of Object.keys(e)) expect([...KEYS, ...projected]).toContain(a);
      for (const a of NEVER_READ) expect(Object.keys(e)).not.toContain(a);
    }
  });

  it('answers with the same fields in the same order', async () => {
    const { body } = await slots('?limit=1');

    expect(Object.keys(body.items[0])).toEqual(['id', 'start', 'end', 'durationMinutes', 'mode', 'location', 'volunteer']);
    expect(body.items[0]).toMatchObject({ start: at(NOW, 3 * HOUR), end: at(NOW, 4 * HOUR), mode: 'video', location: null });
    expect(Object.keys(body.items[0].volunteer as object)).toEqual(['id', 'displayName', 'profession', 'organisation', 'specialities', 'city']);
  });

  it('pages exactly, with and without a filter', async () => {
    const all = await allSlotIds('?limit=7');
    const video = await allSlotIds('?limit=4&mode=video');

    expect(new Set(all).size).toBe(30);
    expect(all).toHaveLength(30);
    expect(new Set(video).size).toBe(10);
    expect(video).toHaveLength(10);
  });
});

describe('the open-slots index on every write path', () => {
  it('drops a slot when it is booked, keeps it out after a cancellation, and drops a deleted one', async () => {
    const booked = await w.slot(v, at(NOW, 40 * HOUR));
    const deleted = await w.slot(v, at(NOW, 42 * HOUR));
    const resident = await w.resident('reader');
    const ids = async () => (await openSlotEntries()).map((e) => e.id);
    expect(await ids()).toEqual(expect.arrayContaining([booked, deleted]));

    await w.book(resident, booked, '只有她和律师能看的话');
    expect(await ids()).not.toContain(booked);
    expect((await w.call('POST', `/api/bookings/${booked}/cancel`, { token: resident.token, body: {} })).status).toBe(200);
    expect(await ids()).not.toContain(booked);
    expect((await w.call('DELETE', `/api/volunteer/slots/${deleted}`, { token: v.token })).status).toBe(204);
    expect(await ids()).not.toContain(deleted);
  });
});

describe('moving a deployed table’s open slots from GSI1 to GSI5 (scripts/move-list-views.ts)', () => {
  it('lists an open slot the code before GSI5 wrote, once', async () => {
    const id = await w.slot(v, at(NOW, 50 * HOUR));
    await w.deps.db.doc.send(
      new UpdateCommand({
        TableName: w.deps.db.table,
        Key: slotKey(id),
        UpdateExpression: 'SET GSI1PK = :pk, GSI1SK = :sk REMOVE GSI5PK, GSI5SK',
        ExpressionAttributeValues: { ':pk': LEGACY_OPEN_SLOTS.pk, ':sk': `${at(NOW, 50 * HOUR)}#${id}` },
      }),
    );
    expect(await allSlotIds('?limit=50')).not.toContain(id);

    expect(await moveOpenSlotsToListView(w.deps)).toEqual({ moved: 1, dropped: 0 });

    expect(await allSlotIds('?limit=50')).toContain(id);
    const { Item } = await w.deps.db.doc.send(new GetCommand({ TableName: w.deps.db.table, Key: slotKey(id) }));
    expect(Item?.GSI1PK).toBeUndefined();
    expect(await moveOpenSlotsToListView(w.deps)).toEqual({ moved: 0, dropped: 0 });
  });
});
