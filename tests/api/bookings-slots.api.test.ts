import { startTestStore, type TestStore } from '../helpers/dynamo';
import { world, NOW, at, DAY, HOUR, MIN, type World, type Person } from './bookings.fixtures';

let store: TestStore;

beforeAll(async () => {
  store = await startTestStore();
});
afterAll(() => store.close());

const create = (w: World, v: Person, body: Record<string, unknown>) => w.call('POST', '/api/volunteer/slots', { token: v.token, body });

describe('POST /api/volunteer/slots: time rules with a pinned clock', () => {
  let w: World;
  let v: Person;
  beforeAll(async () => {
    w = world(store);
    v = await w.volunteer('rules');
  });
  beforeEach(() => w.time.set(NOW));

  it('accepts a start exactly 2 hours ahead', async () => {
    const res = await create(w, v, { start: at(NOW, 2 * HOUR), durationMinutes: 30, mode: 'phone' });
    expect(res.status).toBe(201);
    expect(res.body.items[0]).toMatchObject({ start: '2026-12-01T04:00:00.000Z', end: '2026-12-01T04:30:00.000Z', status: 'open', booking: null });
  });

  it('rejects a start 1 minute short of 2 hours ahead', async () => {
    w.time.set(at(NOW, 1 * MIN));
    const late = await create(w, v, { start: at(NOW, 2 * HOUR), durationMinutes: 30, mode: 'video' });
    expect(late.status).toBe(400);
    expect(late.body.error.code).toBe('VALIDATION_FAILED');
    expect(late.body.error.fields[0]).toEqual({ path: 'start', message: '开始时间至少要在 2 小时以后' });
  });

  it('accepts a start exactly 60 days ahead and rejects one 15 minutes later', async () => {
    const ok = await create(w, v, { start: at(NOW, 60 * DAY), durationMinutes: 30, mode: 'phone' });
    const over = await create(w, v, { start: at(NOW, 60 * DAY + 15 * MIN), durationMinutes: 30, mode: 'phone' });
    expect(ok.status).toBe(201);
    expect(over.status).toBe(400);
    expect(over.body.error.fields[0].path).toBe('start');
  });

  it('rejects a weekly repeat whose last week falls beyond 60 days, creating nothing', async () => {
    const start = at(NOW, 20 * DAY + 6 * HOUR);
    const res = await create(w, v, { start, durationMinutes: 30, mode: 'phone', repeatWeeks: 7 });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('repeatWeeks');
    const again = await create(w, v, { start, durationMinutes: 30, mode: 'phone', repeatWeeks: 1 });
    expect(again.status).toBe(201);
  });

  it.each([
    ['at :15', 15 * MIN, 201],
    ['at :45', 45 * MIN, 201],
    ['at :10', 10 * MIN, 400],
    ['with seconds', 30 * MIN + 30_000, 400],
  ])('a start %s (offset %i ms) answers %i', async (_name, offset, status) => {
    const res = await create(w, v, { start: at(NOW, 3 * DAY + offset), durationMinutes: 30, mode: 'phone' });
    expect(res.status).toBe(status);
  });

  it('creates one slot per week with repeatWeeks', async () => {
    const res = await create(w, v, { start: at(NOW, 4 * DAY), durationMinutes: 45, mode: 'video', repeatWeeks: 3 });
    expect(res.status).toBe(201);
    expect(res.body.items.map((s: { start: string }) => s.start)).toEqual([
      at(NOW, 4 * DAY),
      at(NOW, 11 * DAY),
      at(NOW, 18 * DAY),
    ]);
  });

  it.each([
    ['in-person without a location', { mode: 'in-person' }, 'location'],
    ['phone with a location', { mode: 'phone', location: { name: '妇女之家', address: '八一大道' } }, 'location'],
    ['a duration of 50 minutes', { durationMinutes: 50 }, 'durationMinutes'],
    ['repeatWeeks 9', { repeatWeeks: 9 }, 'repeatWeeks'],
    ['repeatWeeks 0', { repeatWeeks: 0 }, 'repeatWeeks'],
    ['an unknown mode', { mode: 'letter' }, 'mode'],
    ['a start that is not a date', { start: 'tomorrow' }, 'start'],
  ])('answers 400 to %s', async (_name, override, path) => {
    const res = await create(w, v, { start: at(NOW, 5 * DAY), durationMinutes: 30, mode: 'phone', ...override });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it('keeps the location of an in-person slot', async () => {
    const location = { name: '东湖区妇女之家', address: '南昌市东湖区八一大道 318 号' };
    const res = await create(w, v, { start: at(NOW, 6 * DAY), durationMinutes: 60, mode: 'in-person', location });
    expect(res.body.items[0].location).toEqual(location);
  });
});

describe('overlap', () => {
  it('answers 409 SLOT_OVERLAP to a slot that overlaps one of hers, but allows touching ends', async () => {
    const w = world(store);
    const v = await w.volunteer('overlap');
    await w.slot(v, at(NOW, DAY), { durationMinutes: 60 });

    const inside = await create(w, v, { start: at(NOW, DAY + 45 * MIN), durationMinutes: 30, mode: 'phone' });
    const before = await create(w, v, { start: at(NOW, DAY - 15 * MIN), durationMinutes: 30, mode: 'phone' });
    const after = await create(w, v, { start: at(NOW, DAY + HOUR), durationMinutes: 30, mode: 'phone' });
    const touchingBefore = await create(w, v, { start: at(NOW, DAY - 30 * MIN), durationMinutes: 30, mode: 'phone' });

    expect(inside.status).toBe(409);
    expect(inside.body.error.code).toBe('SLOT_OVERLAP');
    expect(before.status).toBe(409);
    expect(after.status).toBe(201);
    expect(touchingBefore.status).toBe(201);
  });

  it('lets two volunteers offer the same time', async () => {
    const w = world(store);
    const x = await w.volunteer('same-x');
    const y = await w.volunteer('same-y');
    await w.slot(x, at(NOW, DAY));
    const res = await create(w, y, { start: at(NOW, DAY), durationMinutes: 60, mode: 'phone' });
    expect(res.status).toBe(201);
  });

  it('creates exactly one of 10 overlapping slots sent at once, 20 rounds in a row', async () => {
    const w = world(store);
    const v = await w.volunteer('overlap-race');
    for (let round = 0; round < 20; round++) {
      const start = at(NOW, DAY + round * 2 * HOUR);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          create(w, v, { start: at(start, (i % 4) * 15 * MIN), durationMinutes: 60, mode: 'phone' }),
        ),
      );
      expect(results.filter((r) => r.status === 201)).toHaveLength(1);
      expect(results.filter((r) => r.status === 409 && r.body.error.code === 'SLOT_OVERLAP')).toHaveLength(9);
    }
    const mine = await w.call('GET', `/api/volunteer/slots?limit=50&to=${at(NOW, 3 * DAY)}`, { token: v.token });
    expect(mine.body.items).toHaveLength(20);
  }, 30_000);

  it('creates all of 8 non-overlapping slots sent at once', async () => {
    const w = world(store);
    const v = await w.volunteer('parallel-ok');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => create(w, v, { start: at(NOW, DAY + i * HOUR), durationMinutes: 60, mode: 'phone' })),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
  });
});

describe('DELETE /api/volunteer/slots/:id', () => {
  it('deletes her open slot and frees the time for a new one', async () => {
    const w = world(store);
    const v = await w.volunteer('deleter');
    const slotId = await w.slot(v, at(NOW, DAY));

    const res = await w.call('DELETE', `/api/volunteer/slots/${slotId}`, { token: v.token });
    const again = await create(w, v, { start: at(NOW, DAY), durationMinutes: 60, mode: 'video' });

    expect(res.status).toBe(204);
    expect(again.status).toBe(201);
    expect((await w.call('DELETE', `/api/volunteer/slots/${slotId}`, { token: v.token })).status).toBe(404);
  });

  it('answers 409 SLOT_BOOKED for a booked slot and 404 for another volunteer', async () => {
    const w = world(store);
    const v = await w.volunteer('keeper');
    const other = await w.volunteer('other');
    const r = await w.resident('booker');
    const slotId = await w.slot(v, at(NOW, DAY));
    await w.book(r, slotId);

    const booked = await w.call('DELETE', `/api/volunteer/slots/${slotId}`, { token: v.token });
    const notHers = await w.call('DELETE', `/api/volunteer/slots/${slotId}`, { token: other.token });

    expect(booked.status).toBe(409);
    expect(booked.body.error.code).toBe('SLOT_BOOKED');
    expect(notHers.status).toBe(404);
  });
});

describe('GET /api/slots', () => {
  let w: World;
  let lawyer: Person;
  let mediator: Person;
  beforeAll(async () => {
    w = world(store, '2027-03-01T02:00:00.000Z');
    lawyer = await w.volunteer('f-lawyer', { specialities: ['custody'], city: 'nanchang' });
    mediator = await w.volunteer('f-mediator', { profession: 'mediator', specialities: ['mediation'], city: 'jiujiang', realName: '王芳' });
    const base = '2027-03-01T02:00:00.000Z';
    await w.slot(lawyer, at(base, 3 * DAY), { mode: 'phone' });
    await w.slot(lawyer, at(base, DAY), { mode: 'in-person', location: { name: '妇女之家', address: '八一大道 1 号' } });
    await w.slot(mediator, at(base, 2 * DAY), { mode: 'video' });
    await w.slot(mediator, at(base, 20 * DAY), { mode: 'video' });
    const booked = await w.slot(mediator, at(base, 4 * DAY), { mode: 'phone' });
    await w.book(await w.resident('f-res'), booked);
  });
  beforeEach(() => w.time.set('2027-03-01T02:00:00.000Z'));
  const ids = (res: { body: { items: { volunteer: { id: string }; mode: string; start: string }[] } }) =>
    res.body.items.map((s) => `${s.volunteer.id === lawyer.userId ? 'lawyer' : 'mediator'}:${s.mode}`);

  it('lists open slots of the next 14 days by start, without booked or later ones', async () => {
    const res = await w.call('GET', '/api/slots');
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual(['lawyer:in-person', 'mediator:video', 'lawyer:phone']);
    const starts = res.body.items.map((s: { start: string }) => s.start);
    expect([...starts].sort()).toEqual(starts);
  });

  it.each([
    ['mode=video', ['mediator:video']],
    ['city=nanchang', ['lawyer:in-person', 'lawyer:phone']],
    ['topic=mediation', ['mediator:video']],
    ['topic=custody&mode=phone', ['lawyer:phone']],
    ['mode=', ['lawyer:in-person', 'mediator:video', 'lawyer:phone']],
  ])('filters by %s', async (query, expected) => {
    expect(ids(await w.call('GET', `/api/slots?${query}`))).toEqual(expected);
  });

  it('honours from and to, and never lists a slot that has started', async () => {
    const res = await w.call('GET', `/api/slots?from=2027-03-01T00:00:00.000Z&to=2027-03-30T00:00:00.000Z`);
    expect(ids(res)).toEqual(['lawyer:in-person', 'mediator:video', 'lawyer:phone', 'mediator:video']);
    w.time.set('2027-03-02T02:30:00.000Z');
    expect(ids(await w.call('GET', '/api/slots'))).toEqual(['mediator:video', 'lawyer:phone']);
  });

  it('pages with limit and cursor', async () => {
    const first = await w.call('GET', '/api/slots?limit=2');
    const second = await w.call('GET', `/api/slots?limit=2&cursor=${first.body.nextCursor}`);
    expect(first.body.items).toHaveLength(2);
    expect(ids(second)).toEqual(['lawyer:phone']);
  });

  it.each(['mode=letter', 'topic=astrology', 'limit=0', 'limit=51', 'from=yesterday', 'cursor=forged', 'extra=1'])(
    'answers 400 to %s',
    async (query) => {
      const res = await w.call('GET', `/api/slots?${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    },
  );
});

describe('GET /api/volunteer/slots', () => {
  it('shows her own slots with the booking: resident display name, topic and decrypted note', async () => {
    const w = world(store);
    const v = await w.volunteer('own-list');
    const other = await w.volunteer('own-other');
    const r = await w.resident('own-res');
    const booked = await w.slot(v, at(NOW, DAY));
    await w.slot(v, at(NOW, 2 * DAY));
    await w.slot(other, at(NOW, DAY));
    await w.book(r, booked, '他经常打我');

    const res = await w.call('GET', '/api/volunteer/slots', { token: v.token });

    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(2);
    expect(res.body.items[0]).toMatchObject({
      id: booked,
      status: 'booked',
      booking: { id: booked, status: 'booked', topic: 'custody', note: '他经常打我' },
    });
    expect(Object.keys(res.body.items[0].booking.resident)).toEqual(['displayName']);
    expect(JSON.stringify(res.body)).not.toContain(r.userId);
    expect(res.body.items[1]).toMatchObject({ status: 'open', booking: null });
  });

  it('answers 400 to a cursor from another volunteer\'s list', async () => {
    const w = world(store);
    const x = await w.volunteer('own-cur-x');
    const y = await w.volunteer('own-cur-y');
    await w.slot(x, at(NOW, DAY));
    await w.slot(x, at(NOW, 2 * DAY));
    const page = await w.call('GET', '/api/volunteer/slots?limit=1', { token: x.token });
    const res = await w.call('GET', `/api/volunteer/slots?limit=1&cursor=${page.body.nextCursor}`, { token: y.token });
    expect(res.status).toBe(400);
  });

  it('filters by from and to', async () => {
    const w = world(store);
    const v = await w.volunteer('own-range');
    await w.slot(v, at(NOW, DAY));
    await w.slot(v, at(NOW, 10 * DAY));
    const res = await w.call('GET', `/api/volunteer/slots?from=${at(NOW, 5 * DAY)}&to=${at(NOW, 11 * DAY)}`, { token: v.token });
    expect(res.body.items.map((s: { start: string }) => s.start)).toEqual([at(NOW, 10 * DAY)]);
  });
});
