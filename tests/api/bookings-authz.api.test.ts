import { startTestStore, type TestStore } from '../helpers/dynamo';
import { anApplication, world, NOW, at, DAY, HOUR, type Person, type World } from './bookings.fixtures';

/**
 * Who may do what: every bookings route × every kind of caller, each cell in a fresh
 * little world (so one caller's success cannot change what the next one sees).
 */
let store: TestStore;
beforeAll(async () => {
  store = await startTestStore();
});
afterAll(() => store.close());

type Actor = 'anonymous' | 'residentA' | 'residentB' | 'pendingVolunteer' | 'volunteerX' | 'volunteerY' | 'staff';
const ACTORS: Actor[] = ['anonymous', 'residentA', 'residentB', 'pendingVolunteer', 'volunteerX', 'volunteerY', 'staff'];

interface Scene {
  w: World;
  people: Record<Exclude<Actor, 'anonymous'>, Person>;
  /** X's slot booked by resident A (the booking id is the slot id). */
  bookingId: string;
  /** X's open slot. */
  openSlotId: string;
  /** Another pending applicant, for staff decisions. */
  applicantId: string;
}

async function scene(): Promise<Scene> {
  const w = world(store);
  const [residentA, residentB, pendingVolunteer, volunteerX, volunteerY, staff, applicant] = await Promise.all([
    w.resident('a'),
    w.resident('b'),
    w.pendingVolunteer('p'),
    w.volunteer('x'),
    w.volunteer('y', { realName: '王芳', profession: 'mediator' }),
    w.staff('s'),
    w.pendingVolunteer('applicant'),
  ]);
  const bookingId = await w.slot(volunteerX, at(NOW, DAY));
  const openSlotId = await w.slot(volunteerX, at(NOW, 2 * DAY));
  await w.book(residentA, bookingId);
  return {
    w,
    people: { residentA, residentB, pendingVolunteer, volunteerX, volunteerY, staff },
    bookingId,
    openSlotId,
    applicantId: applicant.userId,
  };
}

interface RouteCase {
  route: string;
  request: (s: Scene) => { method: string; url: string; body?: unknown };
  /** Runs before the request, e.g. moving the clock past the start. */
  prepare?: (s: Scene) => void;
  expected: Record<Actor, number>;
}

const onlyStaff = { anonymous: 401, residentA: 403, residentB: 403, pendingVolunteer: 403, volunteerX: 403, volunteerY: 403, staff: 200 };
const onlyVolunteers = (ok: number, y = ok) => ({
  anonymous: 401,
  residentA: 403,
  residentB: 403,
  pendingVolunteer: 403,
  volunteerX: ok,
  volunteerY: y,
  staff: 403,
});
const finish = { anonymous: 401, residentA: 403, residentB: 404, pendingVolunteer: 404, volunteerX: 200, volunteerY: 404, staff: 404 };

const CASES: RouteCase[] = [
  {
    route: 'POST /api/volunteers/apply',
    request: () => ({ method: 'POST', url: '/api/volunteers/apply', body: anApplication() }),
    expected: { anonymous: 401, residentA: 201, residentB: 201, pendingVolunteer: 409, volunteerX: 409, volunteerY: 409, staff: 403 },
  },
  {
    route: 'GET /api/me/volunteer',
    request: () => ({ method: 'GET', url: '/api/me/volunteer' }),
    expected: { anonymous: 401, residentA: 200, residentB: 200, pendingVolunteer: 200, volunteerX: 200, volunteerY: 200, staff: 200 },
  },
  {
    route: 'GET /api/admin/volunteers',
    request: () => ({ method: 'GET', url: '/api/admin/volunteers?status=pending' }),
    expected: onlyStaff,
  },
  {
    route: 'POST /api/admin/volunteers/:id/approve',
    request: (s) => ({ method: 'POST', url: `/api/admin/volunteers/${s.applicantId}/approve` }),
    expected: onlyStaff,
  },
  {
    route: 'POST /api/admin/volunteers/:id/reject',
    request: (s) => ({ method: 'POST', url: `/api/admin/volunteers/${s.applicantId}/reject`, body: { reason: '资料不全' } }),
    expected: onlyStaff,
  },
  {
    route: 'POST /api/volunteer/slots',
    request: () => ({ method: 'POST', url: '/api/volunteer/slots', body: { start: at(NOW, 3 * DAY), durationMinutes: 30, mode: 'phone' } }),
    expected: onlyVolunteers(201),
  },
  {
    route: 'GET /api/volunteer/slots',
    request: () => ({ method: 'GET', url: '/api/volunteer/slots' }),
    expected: onlyVolunteers(200),
  },
  {
    route: 'DELETE /api/volunteer/slots/:id',
    request: (s) => ({ method: 'DELETE', url: `/api/volunteer/slots/${s.openSlotId}` }),
    expected: onlyVolunteers(204, 404),
  },
  {
    route: 'GET /api/slots',
    request: () => ({ method: 'GET', url: '/api/slots' }),
    expected: { anonymous: 200, residentA: 200, residentB: 200, pendingVolunteer: 200, volunteerX: 200, volunteerY: 200, staff: 200 },
  },
  {
    route: 'POST /api/bookings',
    request: (s) => ({ method: 'POST', url: '/api/bookings', body: { slotId: s.openSlotId, topic: 'custody' } }),
    expected: { anonymous: 401, residentA: 201, residentB: 201, pendingVolunteer: 201, volunteerX: 403, volunteerY: 403, staff: 403 },
  },
  {
    route: 'GET /api/me/bookings',
    request: () => ({ method: 'GET', url: '/api/me/bookings' }),
    // A volunteer reads her own bookings from when she was a resident (issue 9).
    expected: { anonymous: 401, residentA: 200, residentB: 200, pendingVolunteer: 200, volunteerX: 200, volunteerY: 200, staff: 403 },
  },
  {
    route: 'POST /api/bookings/:id/cancel',
    request: (s) => ({ method: 'POST', url: `/api/bookings/${s.bookingId}/cancel`, body: { reason: '有事' } }),
    expected: { anonymous: 401, residentA: 200, residentB: 404, pendingVolunteer: 404, volunteerX: 200, volunteerY: 404, staff: 404 },
  },
  {
    route: 'POST /api/bookings/:id/complete',
    prepare: (s) => s.w.time.set(at(NOW, DAY + HOUR)),
    request: (s) => ({ method: 'POST', url: `/api/bookings/${s.bookingId}/complete`, body: { outcome: 'answered', minutes: 30 } }),
    expected: finish,
  },
  {
    route: 'POST /api/bookings/:id/no-show',
    prepare: (s) => s.w.time.set(at(NOW, DAY + HOUR)),
    request: (s) => ({ method: 'POST', url: `/api/bookings/${s.bookingId}/no-show` }),
    expected: finish,
  },
];

const table = CASES.flatMap((c) => ACTORS.map((actor) => [c.route, actor, c.expected[actor], c] as const));

it('covers every bookings route in functions/routes.ts', async () => {
  const { ROUTES } = await import('../../functions/routes');
  expect(CASES.map((c) => c.route).sort()).toEqual(ROUTES.bookings.map((r) => `${r.method} ${r.path}`).sort());
});

it.each(table)('%s as %s answers %i', async (_route, actor, expected, c) => {
  const s = await scene();
  c.prepare?.(s);
  const { method, url, body } = c.request(s);

  const res = await s.w.call(method, url, { token: actor === 'anonymous' ? undefined : s.people[actor].token, body });

  expect(res.status).toBe(expected);
  if (expected >= 400) expect(res.body.error.code).toBeDefined();
});

it('ignores a bad token on the public list but answers 401 to it where sign-in is needed', async () => {
  const s = await scene();
  const res = await s.w.call('GET', '/api/slots', { headers: { authorization: 'Bearer nonsense' } });
  expect(res.status).toBe(200);
  const mine = await s.w.call('GET', '/api/me/bookings', { headers: { authorization: 'Bearer nonsense' } });
  expect(mine.status).toBe(401);
});

it('answers 404 to a path id that is not an id', async () => {
  const s = await scene();
  const res = await s.w.call('POST', '/api/bookings/bad.id!/cancel', { token: s.people.residentA.token, body: {} });
  expect(res.status).toBe(404);
});
