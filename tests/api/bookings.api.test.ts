import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { startTestStore, storedNotifications, type TestStore } from '../helpers/dynamo';
import { slotKey } from '../../functions/platform/keys';
import { world, NOW, at, DAY, HOUR, MIN, type World, type Person } from './bookings.fixtures';

let store: TestStore;

beforeAll(async () => {
  store = await startTestStore();
});
afterAll(() => store.close());

const book = (w: World, r: Person, body: Record<string, unknown>, headers?: Record<string, string>) =>
  w.call('POST', '/api/bookings', { token: r.token, body, headers });

const inbox = async (w: World, userId: string) => (await storedNotifications(w.deps, userId)).map((i) => `${i.title}|${i.body}`);

describe('POST /api/bookings', () => {
  let w: World;
  let v: Person;
  beforeAll(async () => {
    w = world(store);
    v = await w.volunteer('bk-vol');
  });
  beforeEach(() => w.time.set(NOW));

  it('books an open slot and answers 201 with the booking', async () => {
    const r = await w.resident('bk-first');
    const slotId = await w.slot(v, at(NOW, DAY), { mode: 'in-person', location: { name: '东湖区妇女之家', address: '八一大道 318 号' } });

    const res = await book(w, r, { slotId, topic: 'custody', note: '想问孩子抚养权' });

    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: slotId,
      slotId,
      start: at(NOW, DAY),
      end: at(NOW, DAY + HOUR),
      mode: 'in-person',
      location: { name: '东湖区妇女之家', address: '八一大道 318 号' },
      volunteer: expect.objectContaining({ id: v.userId, displayName: '陈律师' }),
      topic: 'custody',
      note: '想问孩子抚养权',
      status: 'booked',
      createdAt: NOW,
      cancelledBy: null,
      cancelReason: null,
      outcome: null,
    });
    const open = await w.call('GET', '/api/slots?limit=50');
    expect(open.body.items.map((s: { id: string }) => s.id)).not.toContain(slotId);
    expect(await inbox(w, v.userId)).toEqual(expect.arrayContaining([expect.stringMatching(/^有新的预约\|/)]));
    expect((await inbox(w, v.userId)).join()).not.toContain('想问');
  });

  it('stores her note encrypted', async () => {
    const r = await w.resident('bk-secret');
    const slotId = await w.slot(v, at(NOW, DAY + 2 * HOUR));
    await w.book(r, slotId, '他打我');

    const { Item } = await store.deps.db.doc.send(new GetCommand({ TableName: store.deps.db.table, Key: slotKey(slotId) }));

    expect(Item?.booking.note).toMatch(/^enc:v1:/);
    expect(JSON.stringify(Item)).not.toContain('他打我');
    expect(Item?.expiresAt).toBeUndefined();
  });

  it('answers 409 SLOT_TAKEN when someone else booked it first', async () => {
    const a = await w.resident('bk-a');
    const b = await w.resident('bk-b');
    const slotId = await w.slot(v, at(NOW, DAY + 4 * HOUR));
    await w.book(a, slotId);

    const res = await book(w, b, { slotId, topic: 'custody' });

    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({ code: 'SLOT_TAKEN', message: '该时段已被预约' });
  });

  it('answers 404 for an unknown slot and 409 for a slot that has started', async () => {
    const r = await w.resident('bk-late');
    const slotId = await w.slot(v, at(NOW, DAY + 6 * HOUR));
    w.time.set(at(NOW, DAY + 6 * HOUR));

    const started = await book(w, r, { slotId, topic: 'custody' });
    const unknown = await book(w, r, { slotId: 'no-such-slot', topic: 'custody' });

    expect(started.status).toBe(409);
    expect(started.body.error.code).toBe('INVALID_STATE');
    expect(unknown.status).toBe(404);
  });

  it('books a slot up to 1 minute before it starts', async () => {
    const r = await w.resident('bk-last-minute');
    const slotId = await w.slot(v, at(NOW, DAY + 8 * HOUR));
    w.time.set(at(NOW, DAY + 8 * HOUR - MIN));
    expect((await book(w, r, { slotId, topic: 'custody' })).status).toBe(201);
  });

  it.each([
    ['an unknown topic', { topic: 'astrology' }, 'topic'],
    ['a note over 500 characters', { note: '长'.repeat(501) }, 'note'],
    ['no slot id', { slotId: undefined }, 'slotId'],
    ['a malformed slot id', { slotId: '../x' }, 'slotId'],
    ['an unknown field', { residentId: 'someone' }, '(body)'],
  ])('answers 400 to %s', async (_name, override, path) => {
    const r = await w.resident(`bk-bad-${path}`);
    const res = await book(w, r, { slotId: 'abc', topic: 'custody', ...override });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it('answers 400 INVALID_JSON to a broken body', async () => {
    const r = await w.resident('bk-broken');
    const res = await w.call('POST', '/api/bookings', { token: r.token, rawBody: '{"slotId":' });
    expect(res.body.error.code).toBe('INVALID_JSON');
  });
});

describe('at most 2 upcoming bookings', () => {
  it('answers 409 BOOKING_LIMIT to a third upcoming booking and frees a place after a cancellation', async () => {
    const w = world(store);
    const v = await w.volunteer('lim-vol');
    const r = await w.resident('lim-res');
    const [s1, s2, s3] = [await w.slot(v, at(NOW, DAY)), await w.slot(v, at(NOW, 2 * DAY)), await w.slot(v, at(NOW, 3 * DAY))];
    await w.book(r, s1);
    await w.book(r, s2);

    const third = await book(w, r, { slotId: s3, topic: 'custody' });
    await w.call('POST', `/api/bookings/${s1}/cancel`, { token: r.token, body: {} });
    const afterCancel = await book(w, r, { slotId: s3, topic: 'custody' });

    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe('BOOKING_LIMIT');
    expect(afterCancel.status).toBe(201);
  });

  it('no longer counts a booking whose time has passed', async () => {
    const w = world(store);
    const v = await w.volunteer('lim-past-vol');
    const r = await w.resident('lim-past-res');
    const soon = await w.slot(v, at(NOW, 3 * HOUR));
    await w.book(r, soon);
    await w.book(r, await w.slot(v, at(NOW, 2 * DAY)));
    const later = await w.slot(v, at(NOW, 3 * DAY));
    expect((await book(w, r, { slotId: later, topic: 'custody' })).status).toBe(409);

    w.time.set(at(NOW, 3 * HOUR + MIN));

    expect((await book(w, r, { slotId: later, topic: 'custody' })).status).toBe(201);
  });

  it('frees the place when the volunteer marks a booking completed', async () => {
    const w = world(store);
    const v = await w.volunteer('lim-done-vol');
    const r = await w.resident('lim-done-res');
    const first = await w.slot(v, at(NOW, 3 * HOUR));
    await w.book(r, first);
    await w.book(r, await w.slot(v, at(NOW, 2 * DAY)));
    w.time.set(at(NOW, 3 * HOUR));
    await w.call('POST', `/api/bookings/${first}/complete`, { token: v.token, body: { outcome: 'answered', minutes: 40 } });
    expect((await book(w, r, { slotId: await w.slot(v, at(NOW, 3 * DAY)), topic: 'custody' })).status).toBe(201);
  });
});

describe('Idempotency-Key', () => {
  it('returns the same booking to a retry with the same key instead of SLOT_TAKEN', async () => {
    const w = world(store);
    const v = await w.volunteer('idem-vol');
    const r = await w.resident('idem-res');
    const slotId = await w.slot(v, at(NOW, DAY));
    const headers = { 'Idempotency-Key': 'retry-key-0001' };

    const first = await book(w, r, { slotId, topic: 'custody' }, headers);
    const retry = await book(w, r, { slotId, topic: 'custody' }, headers);
    const withoutKey = await book(w, r, { slotId, topic: 'custody' });

    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(withoutKey.status).toBe(409);
    const mine = await w.call('GET', '/api/me/bookings', { token: r.token });
    expect(mine.body.items).toHaveLength(1);
  });

  it('makes one booking when the same key arrives 5 times at once', async () => {
    const w = world(store);
    const v = await w.volunteer('idem-race-vol');
    const r = await w.resident('idem-race-res');
    const slotId = await w.slot(v, at(NOW, DAY));

    const results = await Promise.all(
      Array.from({ length: 5 }, () => book(w, r, { slotId, topic: 'custody' }, { 'Idempotency-Key': 'same-key-at-once' })),
    );

    expect(results.map((x) => x.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((x) => x.body.id))).toEqual(new Set([slotId]));
  });

  it('runs a retry again when the first attempt failed, and refuses a key reused for another slot', async () => {
    const w = world(store);
    const v = await w.volunteer('idem-fail-vol');
    const r = await w.resident('idem-fail-res');
    const other = await w.resident('idem-fail-other');
    const taken = await w.slot(v, at(NOW, DAY));
    const free = await w.slot(v, at(NOW, 2 * DAY));
    await w.book(other, taken);

    const failed = await book(w, r, { slotId: taken, topic: 'custody' }, { 'Idempotency-Key': 'key-after-failure' });
    const ok = await book(w, r, { slotId: free, topic: 'custody' }, { 'Idempotency-Key': 'key-for-free-slot' });
    const reused = await book(w, r, { slotId: taken, topic: 'custody' }, { 'Idempotency-Key': 'key-for-free-slot' });
    const badKey = await book(w, r, { slotId: free, topic: 'custody' }, { 'Idempotency-Key': 'x' });

    expect(failed.body.error.code).toBe('SLOT_TAKEN');
    expect(ok.status).toBe(201);
    expect(reused.status).toBe(400);
    expect(badKey.status).toBe(400);
  });
  it('forgets a key after a day, so it may be used again', async () => {
    const w = world(store);
    const v = await w.volunteer('idem-ttl-vol');
    const r = await w.resident('idem-ttl-res');
    const first = await w.slot(v, at(NOW, 2 * DAY));
    const second = await w.slot(v, at(NOW, 3 * DAY));
    const headers = { 'Idempotency-Key': 'daily-key-0001' };
    await book(w, r, { slotId: first, topic: 'custody' }, headers);

    const sameDay = await book(w, r, { slotId: second, topic: 'custody' }, headers);
    w.time.set(at(NOW, DAY + MIN));
    const nextDay = await book(w, r, { slotId: second, topic: 'custody' }, headers);

    expect(sameDay.status).toBe(400);
    expect(nextDay.status).toBe(201);
    expect(nextDay.body.id).toBe(second);
  });
});

describe('GET /api/me/bookings', () => {
  it('lists upcoming bookings first, soonest first, then past ones, latest first, and pages', async () => {
    const w = world(store);
    const v = await w.volunteer('list-vol');
    const r = await w.resident('list-res');
    const other = await w.resident('list-other');
    const pastOld = await w.slot(v, at(NOW, 3 * HOUR));
    const pastNew = await w.slot(v, at(NOW, 5 * HOUR));
    await w.book(r, pastOld);
    await w.book(r, pastNew);
    await w.book(other, await w.slot(v, at(NOW, 6 * HOUR)));
    w.time.set(at(NOW, 6 * HOUR));
    const soon = await w.slot(v, at(NOW, 2 * DAY));
    const later = await w.slot(v, at(NOW, 9 * DAY));
    await w.book(r, later);
    await w.book(r, soon);

    const all = await w.call('GET', '/api/me/bookings', { token: r.token });
    const page1 = await w.call('GET', '/api/me/bookings?limit=3', { token: r.token });
    const page2 = await w.call('GET', `/api/me/bookings?limit=3&cursor=${page1.body.nextCursor}`, { token: r.token });

    expect(all.body.items.map((b: { id: string }) => b.id)).toEqual([soon, later, pastNew, pastOld]);
    expect(all.body.nextCursor).toBeNull();
    expect([...page1.body.items, ...page2.body.items].map((b: { id: string }) => b.id)).toEqual([soon, later, pastNew, pastOld]);
    expect(page2.body.nextCursor).toBeNull();
  });

  it('answers 400 to a cursor from someone else', async () => {
    const w = world(store);
    const v = await w.volunteer('cur-vol');
    const a = await w.resident('cur-a');
    const b = await w.resident('cur-b');
    await w.book(a, await w.slot(v, at(NOW, DAY)));
    await w.book(a, await w.slot(v, at(NOW, 2 * DAY)));
    const page = await w.call('GET', '/api/me/bookings?limit=1', { token: a.token });
    const res = await w.call('GET', `/api/me/bookings?limit=1&cursor=${page.body.nextCursor}`, { token: b.token });
    expect(res.status).toBe(400);
  });
});

describe('POST /api/bookings/:id/cancel', () => {
  let w: World;
  let v: Person;
  beforeAll(async () => {
    w = world(store);
    v = await w.volunteer('cx-vol');
  });
  beforeEach(() => w.time.set(NOW));

  it('lets the resident cancel exactly 2 hours before the start; the time is offered again', async () => {
    const r = await w.resident('cx-ok');
    const start = at(NOW, DAY);
    const slotId = await w.slot(v, start);
    await w.book(r, slotId);
    w.time.set(at(start, -2 * HOUR));

    const res = await w.call('POST', `/api/bookings/${slotId}/cancel`, { token: r.token, body: { reason: '家里有事' } });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancelledBy: 'resident', cancelReason: '家里有事' });
    const open = await w.call('GET', '/api/slots?limit=50');
    expect(open.body.items.filter((s: { start: string; volunteer: { id: string } }) => s.start === start && s.volunteer.id === v.userId)).toHaveLength(1);
    const mine = await w.call('GET', '/api/me/bookings', { token: r.token });
    expect(mine.body.items[0]).toMatchObject({ id: slotId, status: 'cancelled' });
    expect((await inbox(w, v.userId)).some((n) => n.startsWith('预约已取消|'))).toBe(true);
  });

  it('answers 409 TOO_LATE one minute later and tells her how to reach the volunteer', async () => {
    const r = await w.resident('cx-late');
    const start = at(NOW, DAY + 2 * HOUR);
    const slotId = await w.slot(v, start);
    await w.book(r, slotId);
    w.time.set(at(start, -2 * HOUR + MIN));

    const res = await w.call('POST', `/api/bookings/${slotId}/cancel`, { token: r.token, body: {} });

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('TOO_LATE');
    expect(res.body.error.message).toContain('我的预约');
    expect(res.body.error.message).toContain('12338');
  });

  it('requires a reason from the volunteer and, by default, closes the time', async () => {
    const r = await w.resident('cx-vol-close');
    const start = at(NOW, DAY + 4 * HOUR);
    const slotId = await w.slot(v, start);
    await w.book(r, slotId);

    const noReason = await w.call('POST', `/api/bookings/${slotId}/cancel`, { token: v.token, body: {} });
    const res = await w.call('POST', `/api/bookings/${slotId}/cancel`, { token: v.token, body: { reason: '临时要出庭' } });

    expect(noReason.status).toBe(400);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancelledBy: 'volunteer', cancelReason: '临时要出庭' });
    const open = await w.call('GET', '/api/slots?limit=50');
    expect(open.body.items.map((s: { start: string }) => s.start)).not.toContain(start);
    // Her inbox says only that something changed; the reason waits on her booking.
    expect((await inbox(w, r.userId)).join()).toBe('预约有变化|预约有变化，请打开小程序查看。');
    const again = await w.call('POST', '/api/volunteer/slots', { token: v.token, body: { start, durationMinutes: 30, mode: 'video' } });
    expect(again.status).toBe(201);
  });

  it('reopens the time when the volunteer cancels for the resident with reopen: true, even within 2 hours', async () => {
    const r = await w.resident('cx-vol-reopen');
    const start = at(NOW, DAY + 6 * HOUR);
    const slotId = await w.slot(v, start);
    await w.book(r, slotId);
    w.time.set(at(start, -30 * MIN));

    const res = await w.call('POST', `/api/bookings/${slotId}/cancel`, { token: v.token, body: { reason: '居民来电话说要改时间', reopen: true } });

    expect(res.status).toBe(200);
    const open = await w.call('GET', '/api/slots?limit=50');
    expect(open.body.items.map((s: { start: string }) => s.start)).toContain(start);
  });

  it('answers TOO_LATE to the volunteer once the start has come, and INVALID_STATE to a second cancel', async () => {
    const r = await w.resident('cx-twice');
    const slotId = await w.slot(v, at(NOW, DAY + 8 * HOUR));
    const other = await w.slot(v, at(NOW, DAY + 10 * HOUR));
    await w.book(r, slotId);
    await w.book(r, other);
    await w.call('POST', `/api/bookings/${slotId}/cancel`, { token: r.token, body: {} });
    const twice = await w.call('POST', `/api/bookings/${slotId}/cancel`, { token: r.token, body: {} });
    w.time.set(at(NOW, DAY + 10 * HOUR));
    const started = await w.call('POST', `/api/bookings/${other}/cancel`, { token: v.token, body: { reason: '来不了' } });

    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('INVALID_STATE');
    expect(started.status).toBe(409);
    expect(started.body.error.code).toBe('TOO_LATE');
  });

  it('cancels exactly once when resident and volunteer cancel at the same moment', async () => {
    const r = await w.resident('cx-race');
    const slotId = await w.slot(v, at(NOW, 2 * DAY));
    await w.book(r, slotId);

    const results = await Promise.all([
      w.call('POST', `/api/bookings/${slotId}/cancel`, { token: r.token, body: {} }),
      w.call('POST', `/api/bookings/${slotId}/cancel`, { token: v.token, body: { reason: '来不了' } }),
      w.call('POST', `/api/bookings/${slotId}/cancel`, { token: r.token, body: {} }),
    ]);

    expect(results.filter((x) => x.status === 200)).toHaveLength(1);
    expect(results.filter((x) => x.status === 409)).toHaveLength(2);
  });
});

describe('complete and no-show', () => {
  let badInputs = 0;
  let w: World;
  let v: Person;
  let r: Person;
  beforeAll(async () => {
    w = world(store);
    v = await w.volunteer('done-vol');
    r = await w.resident('done-res');
  });
  beforeEach(() => w.time.set(NOW));

  it('answers 409 TOO_EARLY one minute before the start and completes at the start', async () => {
    const start = at(NOW, DAY);
    const slotId = await w.slot(v, start);
    await w.book(r, slotId);
    w.time.set(at(start, -MIN));
    const early = await w.call('POST', `/api/bookings/${slotId}/complete`, { token: v.token, body: { outcome: 'legal-aid', minutes: 40 } });
    w.time.set(start);
    const res = await w.call('POST', `/api/bookings/${slotId}/complete`, { token: v.token, body: { outcome: 'legal-aid', minutes: 40 } });
    const again = await w.call('POST', `/api/bookings/${slotId}/no-show`, { token: v.token });

    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('TOO_EARLY');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'completed', outcome: 'legal-aid' });
    expect(again.status).toBe(409);
    const mine = await w.call('GET', '/api/volunteer/slots', { token: v.token });
    expect(mine.body.items.find((s: { id: string }) => s.id === slotId).booking).toMatchObject({ status: 'completed', outcome: 'legal-aid' });
  });

  it('records a no-show after the start', async () => {
    const slotId = await w.slot(v, at(NOW, 2 * DAY));
    await w.book(r, slotId);
    w.time.set(at(NOW, 2 * DAY + 20 * MIN));
    const res = await w.call('POST', `/api/bookings/${slotId}/no-show`, { token: v.token });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('no-show');
  });

  it.each([
    ['an unknown outcome', { outcome: 'won', minutes: 30 }],
    ['0 minutes', { outcome: 'answered', minutes: 0 }],
    ['minutes as text', { outcome: 'answered', minutes: '30' }],
    ['no outcome', { minutes: 30 }],
  ])('answers 400 to %s', async (_name, body) => {
    const slotId = await w.slot(v, at(NOW, 3 * DAY + ++badInputs * HOUR));
    const res = await w.call('POST', `/api/bookings/${slotId}/complete`, { token: v.token, body });
    expect(res.status).toBe(400);
  });

  it('answers 404 to an open slot id, which is not a booking', async () => {
    const slotId = await w.slot(v, at(NOW, 5 * DAY));
    const res = await w.call('POST', `/api/bookings/${slotId}/cancel`, { token: v.token, body: { reason: 'x' } });
    expect(res.status).toBe(404);
  });
});
