import { SENSITIVE_INFO_CONSENT_VERSION } from '../../shared/auth';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { lambda } from '../helpers/http';
import { pinnedClock, recordingWeChat, storedNotifications, type TestStore } from '../helpers/dynamo';
import { buildQaApp } from '../../functions/qa/app';
import { questionKey } from '../../functions/platform/keys';
import { setLogSink } from '../../functions/platform/logger';
import type { Deps } from '../../functions/platform/deps';
import { askQuestionResponse, queuePage, questionThread } from '../../shared/qa';
import { makePerson, makeQuestion, qaWorld, validQuestion, type Person } from './qa.fixtures';

/** Beijing 10:00 on a Saturday; tests that move time use their own clock. */
const START = '2026-11-28T02:00:00.000Z';
const HOUR = 3600 * 1000;

let store: TestStore;
let deps: Deps;
let call: ReturnType<typeof lambda>;
let wx: ReturnType<typeof recordingWeChat>;

let residentA: Person;
let residentB: Person;
let volunteerX: Person;
let volunteerY: Person;
let pending: Person;
let staff: Person;

beforeAll(async () => {
  ({ store, deps, call, wx } = await qaWorld(START));
  residentA = await makePerson(deps, 'resident', { consent: true, displayName: '居民阿兰', openid: 'openid-resident-a' });
  residentB = await makePerson(deps, 'resident', { consent: true, displayName: '居民阿梅' });
  volunteerX = await makePerson(deps, 'volunteer', { displayName: '陈律师' });
  volunteerY = await makePerson(deps, 'volunteer', { displayName: '王律师' });
  // She has applied to volunteer; until staff approve she is a resident like any other.
  pending = await makePerson(deps, 'resident', { consent: true, displayName: '申请中的张律师' });
  staff = await makePerson(deps, 'staff', { displayName: '妇联李老师' });
});
afterAll(() => store.close());

/** A fresh person with consent, so rate limits of one test never touch another. */
const freshResident = (opts: { displayName?: string; openid?: string } = {}) =>
  makePerson(deps, 'resident', { consent: true, ...opts });

// --- the authorization matrix ----------------------------------------------

type Actor = 'anonymous' | 'residentA' | 'residentB' | 'volunteerX' | 'volunteerY' | 'pending' | 'staff';
const ACTORS: Actor[] = ['anonymous', 'residentA', 'residentB', 'volunteerX', 'volunteerY', 'pending', 'staff'];
const tokenOf = (a: Actor): string | undefined =>
  ({
    anonymous: undefined,
    residentA: residentA.token,
    residentB: residentB.token,
    volunteerX: volunteerX.token,
    volunteerY: volunteerY.token,
    pending: pending.token,
    staff: staff.token,
  })[a];

interface RouteCase {
  route: string;
  /** Builds the request against a fresh question asked by A and (unless open) claimed by X. */
  request: () => Promise<{ method: string; url: string; body?: unknown }>;
  expect: Record<Actor, number>;
}

const claimedQuestion = () => makeQuestion(deps, residentA, { claimedBy: volunteerX, answered: true });
const openQuestion = () => makeQuestion(deps, residentA);
const thread = { anonymous: 401, residentA: 200, residentB: 404, volunteerX: 200, volunteerY: 404, pending: 404, staff: 404 };
const volunteersOnly = { anonymous: 401, residentA: 403, residentB: 403, volunteerX: 200, volunteerY: 200, pending: 403, staff: 403 };

const MATRIX: RouteCase[] = [
  {
    route: 'GET /api/qa/topics',
    request: async () => ({ method: 'GET', url: '/api/qa/topics' }),
    expect: { anonymous: 200, residentA: 200, residentB: 200, volunteerX: 200, volunteerY: 200, pending: 200, staff: 200 },
  },
  {
    route: 'GET /api/qa/articles',
    request: async () => ({ method: 'GET', url: `/api/qa/articles?q=${encodeURIComponent('抚养费')}` }),
    expect: { anonymous: 200, residentA: 200, residentB: 200, volunteerX: 200, volunteerY: 200, pending: 200, staff: 200 },
  },
  {
    route: 'GET /api/qa/articles/:id',
    request: async () => ({ method: 'GET', url: '/api/qa/articles/fx-shelter' }),
    expect: { anonymous: 200, residentA: 200, residentB: 200, volunteerX: 200, volunteerY: 200, pending: 200, staff: 200 },
  },
  {
    route: 'POST /api/qa/questions',
    request: async () => ({ method: 'POST', url: '/api/qa/questions', body: validQuestion() }),
    expect: { anonymous: 401, residentA: 201, residentB: 201, volunteerX: 403, volunteerY: 403, pending: 201, staff: 403 },
  },
  {
    route: 'GET /api/me/questions',
    request: async () => ({ method: 'GET', url: '/api/me/questions' }),
    // A volunteer reads the questions she asked as a resident (issue 9).
    expect: { anonymous: 401, residentA: 200, residentB: 200, volunteerX: 200, volunteerY: 200, pending: 200, staff: 403 },
  },
  {
    route: 'GET /api/qa/questions/:id',
    request: async () => ({ method: 'GET', url: `/api/qa/questions/${await claimedQuestion()}` }),
    expect: thread,
  },
  {
    route: 'POST /api/qa/questions/:id/messages',
    request: async () => ({
      method: 'POST',
      url: `/api/qa/questions/${await claimedQuestion()}/messages`,
      body: { body: '请问需要带什么材料？' },
    }),
    expect: { ...thread, residentA: 201, volunteerX: 201 },
  },
  {
    route: 'POST /api/qa/questions/:id/close',
    request: async () => ({ method: 'POST', url: `/api/qa/questions/${await claimedQuestion()}/close` }),
    expect: thread,
  },
  {
    route: 'POST /api/qa/questions/:id/feedback',
    request: async () => ({
      method: 'POST',
      url: `/api/qa/questions/${await claimedQuestion()}/feedback`,
      body: { helpful: true },
    }),
    expect: { ...thread, volunteerX: 404 },
  },
  {
    route: 'GET /api/qa/queue',
    request: async () => ({ method: 'GET', url: '/api/qa/queue' }),
    expect: volunteersOnly,
  },
  {
    route: 'GET /api/qa/claims',
    request: async () => ({ method: 'GET', url: '/api/qa/claims' }),
    expect: volunteersOnly,
  },
  {
    route: 'POST /api/qa/questions/:id/claim',
    request: async () => ({ method: 'POST', url: `/api/qa/questions/${await openQuestion()}/claim` }),
    expect: volunteersOnly,
  },
  {
    route: 'POST /api/qa/questions/:id/release',
    request: async () => ({ method: 'POST', url: `/api/qa/questions/${await claimedQuestion()}/release` }),
    expect: { ...volunteersOnly, volunteerY: 404 },
  },
  {
    route: 'POST /api/qa/articles/:id/report',
    request: async () => ({ method: 'POST', url: '/api/qa/articles/fx-shelter/report', body: { reason: 'unclear' } }),
    expect: { anonymous: 401, residentA: 201, residentB: 201, volunteerX: 201, volunteerY: 201, pending: 201, staff: 201 },
  },
  {
    route: 'GET /api/admin/article-reports',
    request: async () => ({ method: 'GET', url: '/api/admin/article-reports' }),
    expect: { anonymous: 401, residentA: 403, residentB: 403, volunteerX: 403, volunteerY: 403, pending: 403, staff: 200 },
  },
];

describe('who may call which Q&A route', () => {
  const cases = MATRIX.flatMap((c) => ACTORS.map((actor) => [c.route, actor, c.expect[actor], c] as const));
  it.each(cases)('%s as %s answers %i', async (_route, actor, status, c) => {
    const req = await c.request();
    const res = await call(req.method, req.url, { token: tokenOf(actor), body: req.body });
    expect(res.status).toBe(status);
    if (status >= 400) expect(res.body.error.code).toEqual(expect.any(String));
  });

  it('covers every qa route of the route table', async () => {
    const { ROUTES } = await import('../../functions/routes');
    expect(MATRIX.map((c) => c.route).sort()).toEqual(ROUTES.qa.map((r) => `${r.method} ${r.path}`).sort());
  });
});

// --- asking ----------------------------------------------------------------

describe('POST /api/qa/questions', () => {
  it('creates the question and returns it to the asker without safety advice', async () => {
    const asker = await freshResident();
    const res = await call('POST', '/api/qa/questions', { token: asker.token, body: validQuestion() });
    expect(res.status).toBe(201);
    const body = askQuestionResponse.parse(res.body);
    expect(body.question).toEqual(
      expect.objectContaining({ title: validQuestion().title, status: 'open', urgent: false, viewer: 'asker' }),
    );
    expect(body.safety).toBeUndefined();
  });

  it('answers 403 CONSENT_REQUIRED before the sensitive-info consent is given', async () => {
    const asker = await makePerson(deps, 'resident');
    const res = await call('POST', '/api/qa/questions', { token: asker.token, body: validQuestion() });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CONSENT_REQUIRED');
    // The client learns which consent and which version to send.
    expect(res.body.error.consent).toEqual({ kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION });
  });

  it('marks words of immediate danger urgent and returns hotlines and safety articles', async () => {
    const asker = await freshResident();
    const res = await call('POST', '/api/qa/questions', {
      token: asker.token,
      body: validQuestion({ title: '他喝了酒就打我', body: '昨天他又拿刀吓我，我现在不敢回家。', topic: undefined }),
    });
    expect(res.status).toBe(201);
    const body = askQuestionResponse.parse(res.body);
    expect(body.question.urgent).toBe(true);
    expect(body.safety?.hotlines.map((h) => h.number)).toEqual(['110', '12338']);
    expect(body.safety?.articles.map((a) => a.id)).toEqual(['fx-protection-order', 'fx-shelter']);
  });

  it('refuses obvious spam with 422 CONTENT_REJECTED through the local word list', async () => {
    const asker = await freshResident();
    const res = await call('POST', '/api/qa/questions', {
      token: asker.token,
      body: validQuestion({ body: '加群网赌，稳赚不赔' }),
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('CONTENT_REJECTED');
  });

  it('asks WeChat msgSecCheck in production and refuses what it calls risky', async () => {
    const checked: string[] = [];
    const risky = recordingWeChat('risky');
    const fake = { ...risky.adapter, msgSecCheck: async (openid: string, content: string) => {
      checked.push(openid);
      return content.includes('代购') ? ('risky' as const) : ('pass' as const);
    } };
    const prod = lambda(buildQaApp(store.with({ config: { ...deps.config, authMode: 'wechat' }, wechat: fake })));
    const asker = await freshResident({ openid: 'openid-prod-asker' });
    const refused = await prod('POST', '/api/qa/questions', { token: asker.token, body: validQuestion({ body: '代购奶粉' }) });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('CONTENT_REJECTED');
    const passed = await prod('POST', '/api/qa/questions', { token: asker.token, body: validQuestion() });
    expect(passed.status).toBe(201);
    expect(checked).toEqual(['openid-prod-asker', 'openid-prod-asker']);
  });

  it('allows five questions a Beijing day and answers the sixth with 429 RATE_LIMITED', async () => {
    const asker = await freshResident();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await call('POST', '/api/qa/questions', { token: asker.token, body: validQuestion() })).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const sixth = await call('POST', '/api/qa/questions', { token: asker.token, body: validQuestion() });
    expect(sixth.body.error.code).toBe('RATE_LIMITED');
  });

  it('lets only five of ten questions sent at once through', async () => {
    const asker = await freshResident();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => call('POST', '/api/qa/questions', { token: asker.token, body: validQuestion() })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    expect(results.filter((r) => r.status === 429)).toHaveLength(5);
  });

  it('opens a new allowance at midnight Beijing time', async () => {
    const clock = pinnedClock('2026-11-28T15:00:00.000Z'); // 23:00 in Beijing
    const timed = lambda(buildQaApp(store.with({ clock: clock.clock })));
    const asker = await freshResident();
    for (let i = 0; i < 5; i++) await timed('POST', '/api/qa/questions', { token: asker.token, body: validQuestion() });
    expect((await timed('POST', '/api/qa/questions', { token: asker.token, body: validQuestion() })).status).toBe(429);
    clock.set('2026-11-28T16:00:01.000Z'); // 00:00:01 the next day in Beijing
    expect((await timed('POST', '/api/qa/questions', { token: asker.token, body: validQuestion() })).status).toBe(201);
  });

  it.each([
    ['a title over 60 characters', validQuestion({ title: '问'.repeat(61) }), 'title'],
    ['a body over 2000 characters', validQuestion({ body: '字'.repeat(2001) }), 'body'],
    ['an empty body', validQuestion({ body: '   ' }), 'body'],
    ['a missing anonymous flag', { title: '问题', body: '内容' }, 'anonymous'],
    ['an unknown topic', validQuestion({ topic: 'astrology' }), 'topic'],
    ['an unknown field', validQuestion({ askerId: 'someone-else' }), '(body)'],
    ['a city that is not an id', validQuestion({ city: '南昌 红谷滩 某小区' }), 'city'],
  ])('answers 400 VALIDATION_FAILED to %s', async (_label, body, path) => {
    const res = await call('POST', '/api/qa/questions', { token: residentB.token, body });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it('answers 400 INVALID_JSON to a malformed body', async () => {
    const res = await call('POST', '/api/qa/questions', { token: residentB.token, rawBody: '{"title":' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_JSON');
  });

  it('stores title, body and messages encrypted', async () => {
    const asker = await freshResident();
    const secret = '我丈夫叫赵大勇，住在幸福小区三栋';
    const res = await call('POST', '/api/qa/questions', {
      token: asker.token,
      body: validQuestion({ title: '赵大勇的事', body: secret }),
    });
    const id = res.body.question.id;
    await call('POST', `/api/qa/questions/${id}/messages`, { token: asker.token, body: { body: '补充：赵大勇还欠了网贷' } });
    const { Item } = await deps.db.doc.send(new GetCommand({ TableName: deps.db.table, Key: questionKey(id) }));
    const messages = await deps.db.doc.send(
      new QueryCommand({
        TableName: deps.db.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': questionKey(id).PK },
      }),
    );
    const raw = JSON.stringify(messages.Items);
    expect(Item?.body).toMatch(/^enc:v1:/);
    expect(Item?.title).toMatch(/^enc:v1:/);
    expect(raw).not.toContain('赵大勇');
    expect(raw).not.toContain('幸福小区');
    expect(messages.Items?.length).toBe(2);
  });
});

describe('GET /api/me/questions', () => {
  it('lists only the own questions, newest first, paged', async () => {
    const asker = await freshResident();
    const other = await freshResident();
    await makeQuestion(deps, other);
    const first = await makeQuestion(deps, asker, { createdAt: '2026-11-27T01:00:00.000Z' });
    const second = await makeQuestion(deps, asker, { createdAt: '2026-11-27T02:00:00.000Z' });
    const page1 = await call('GET', '/api/me/questions?limit=1', { token: asker.token });
    const page2 = await call('GET', `/api/me/questions?limit=1&cursor=${page1.body.nextCursor}`, { token: asker.token });
    expect([...page1.body.items, ...page2.body.items].map((q: { id: string }) => q.id)).toEqual([second, first]);
  });
});

// --- the volunteer queue ---------------------------------------------------

describe('GET /api/qa/queue', () => {
  it('puts urgent questions first, then the oldest, and filters by topic', async () => {
    const asker = await freshResident();
    const older = await makeQuestion(deps, asker, { topic: 'inheritance', createdAt: '2026-11-20T00:00:00.000Z' });
    const newer = await makeQuestion(deps, asker, { topic: 'inheritance', createdAt: '2026-11-21T00:00:00.000Z' });
    const urgent = await makeQuestion(deps, asker, { topic: 'inheritance', urgent: true, createdAt: '2026-11-22T00:00:00.000Z' });
    await makeQuestion(deps, asker, { topic: 'inheritance', claimedBy: volunteerY });
    await makeQuestion(deps, asker, { topic: 'custody' });
    const res = await call('GET', '/api/qa/queue?topic=inheritance', { token: volunteerX.token });
    expect(res.status).toBe(200);
    expect(queuePage.parse(res.body).items.map((q) => q.id)).toEqual([urgent, older, newer]);
  });

  it('pages through the queue without losing or repeating a question', async () => {
    const asker = await freshResident();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      ids.push(await makeQuestion(deps, asker, { topic: 'cohabitation', createdAt: `2026-11-1${i}T00:00:00.000Z` }));
    }
    await makeQuestion(deps, asker, { topic: 'cohabitation', claimedBy: volunteerY, createdAt: '2026-11-12T12:00:00.000Z' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await call(
        'GET',
        `/api/qa/queue?topic=cohabitation&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        { token: volunteerX.token },
      );
      seen.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(ids);
  });

  it('never shows who asked', async () => {
    const asker = await freshResident({ displayName: '居民秀英' });
    await makeQuestion(deps, asker, { topic: 'mediation', anonymous: false });
    const res = await call('GET', '/api/qa/queue?topic=mediation', { token: volunteerX.token });
    expect(res.body.items).toHaveLength(1);
    expect(Object.keys(res.body.items[0]).sort()).toEqual(['body', 'city', 'createdAt', 'id', 'title', 'topic', 'urgent']);
    const raw = JSON.stringify(res.body);
    expect(raw).not.toContain(asker.id);
    expect(raw).not.toContain('居民秀英');
  });
});

// --- claims ------------------------------------------------------------------

describe('POST /api/qa/questions/:id/claim', () => {
  it('gives the question to the first volunteer and 409 ALREADY_CLAIMED to the next', async () => {
    const id = await makeQuestion(deps, residentA, { topic: 'visitation' });
    const first = await call('POST', `/api/qa/questions/${id}/claim`, { token: volunteerX.token });
    expect(first.status).toBe(200);
    expect(questionThread.parse(first.body)).toEqual(expect.objectContaining({ status: 'claimed', viewer: 'volunteer' }));
    const second = await call('POST', `/api/qa/questions/${id}/claim`, { token: volunteerY.token });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('ALREADY_CLAIMED');
    const queue = await call('GET', '/api/qa/queue?topic=visitation', { token: volunteerY.token });
    expect(queue.body.items.map((q: { id: string }) => q.id)).not.toContain(id);
    const claims = await call('GET', '/api/qa/claims', { token: volunteerX.token });
    expect(claims.body.items.map((q: { id: string }) => q.id)).toContain(id);
  });

  it('treats a second claim by the same volunteer as a retry', async () => {
    const id = await makeQuestion(deps, residentA);
    await call('POST', `/api/qa/questions/${id}/claim`, { token: volunteerX.token });
    expect((await call('POST', `/api/qa/questions/${id}/claim`, { token: volunteerX.token })).status).toBe(200);
  });

  it('lets exactly one of 50 volunteers claiming at once win', async () => {
    const id = await makeQuestion(deps, residentA);
    const volunteers = await Promise.all(Array.from({ length: 50 }, () => makePerson(deps, 'volunteer')));
    const results = await Promise.all(
      volunteers.map((v) => call('POST', `/api/qa/questions/${id}/claim`, { token: v.token })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    const losers = results.filter((r) => r.status === 409);
    expect(losers).toHaveLength(49);
    expect(losers.every((r) => r.body.error.code === 'ALREADY_CLAIMED')).toBe(true);
  }, 30_000);

  it('answers 404 for an unknown question and 409 QUESTION_CLOSED for a closed one', async () => {
    expect((await call('POST', '/api/qa/questions/nothing-here/claim', { token: volunteerX.token })).status).toBe(404);
    const id = await makeQuestion(deps, residentA);
    await call('POST', `/api/qa/questions/${id}/close`, { token: residentA.token });
    const res = await call('POST', `/api/qa/questions/${id}/claim`, { token: volunteerX.token });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('QUESTION_CLOSED');
  });

  it('answers 400 to a claim with a body', async () => {
    const id = await makeQuestion(deps, residentA);
    const res = await call('POST', `/api/qa/questions/${id}/claim`, { token: volunteerX.token, body: { volunteerId: 'x' } });
    expect(res.status).toBe(400);
  });
});

describe('a claim that lapses', () => {
  let clock: ReturnType<typeof pinnedClock>;
  let timed: ReturnType<typeof lambda>;
  let asker: Person;

  beforeEach(async () => {
    clock = pinnedClock(START);
    timed = lambda(buildQaApp(store.with({ clock: clock.clock })));
    asker = await freshResident();
  });

  const queueIds = async (topic: string) =>
    (await timed('GET', `/api/qa/queue?topic=${topic}`, { token: volunteerY.token })).body.items.map(
      (q: { id: string }) => q.id,
    );

  it('returns to the queue after 48 hours without a reply, with no background job', async () => {
    const id = await makeQuestion(store.with({ clock: clock.clock }), asker, { topic: 'litigation-costs' });
    await timed('POST', `/api/qa/questions/${id}/claim`, { token: volunteerX.token });
    clock.advance(47 * HOUR);
    expect(await queueIds('litigation-costs')).not.toContain(id);
    expect((await timed('POST', `/api/qa/questions/${id}/claim`, { token: volunteerY.token })).status).toBe(409);
    clock.advance(HOUR + 1000);
    expect(await queueIds('litigation-costs')).toContain(id);
    expect((await timed('GET', `/api/qa/questions/${id}`, { token: asker.token })).body.status).toBe('open');
    expect((await timed('POST', `/api/qa/questions/${id}/claim`, { token: volunteerY.token })).status).toBe(200);
    // The volunteer who let it lapse no longer sees the thread.
    expect((await timed('GET', `/api/qa/questions/${id}`, { token: volunteerX.token })).status).toBe(404);
  });

  it('stays with a volunteer who has replied, however long it takes', async () => {
    const id = await makeQuestion(store.with({ clock: clock.clock }), asker, { topic: 'psych-support' });
    await timed('POST', `/api/qa/questions/${id}/claim`, { token: volunteerX.token });
    await timed('POST', `/api/qa/questions/${id}/messages`, { token: volunteerX.token, body: { body: '您好，我来回答。' } });
    clock.advance(100 * HOUR);
    expect(await queueIds('psych-support')).not.toContain(id);
    expect((await timed('POST', `/api/qa/questions/${id}/claim`, { token: volunteerY.token })).status).toBe(409);
  });
});

describe('POST /api/qa/questions/:id/release', () => {
  it('returns the question to the queue at once', async () => {
    const id = await makeQuestion(deps, residentA, { topic: 'legal-aid-how' });
    await call('POST', `/api/qa/questions/${id}/claim`, { token: volunteerX.token });
    const res = await call('POST', `/api/qa/questions/${id}/release`, { token: volunteerX.token });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
    const queue = await call('GET', '/api/qa/queue?topic=legal-aid-how', { token: volunteerY.token });
    expect(queue.body.items.map((q: { id: string }) => q.id)).toContain(id);
    expect((await call('POST', `/api/qa/questions/${id}/claim`, { token: volunteerY.token })).status).toBe(200);
    const claimsX = await call('GET', '/api/qa/claims', { token: volunteerX.token });
    expect(claimsX.body.items.map((q: { id: string }) => q.id)).not.toContain(id);
  });

  it('answers 404 to a volunteer who does not hold the claim', async () => {
    const id = await makeQuestion(deps, residentA, { claimedBy: volunteerX });
    expect((await call('POST', `/api/qa/questions/${id}/release`, { token: volunteerY.token })).status).toBe(404);
  });
});

// --- the thread --------------------------------------------------------------

describe('the question thread', () => {
  it('carries messages between the asker and the claiming volunteer, oldest first', async () => {
    const clock = pinnedClock(START);
    const timed = lambda(buildQaApp(store.with({ clock: clock.clock })));
    const asker = await freshResident();
    const asked = await timed('POST', '/api/qa/questions', { token: asker.token, body: validQuestion() });
    const id = asked.body.question.id;
    clock.advance(1000);
    await timed('POST', `/api/qa/questions/${id}/claim`, { token: volunteerX.token });
    clock.advance(1000);
    const reply = await timed('POST', `/api/qa/questions/${id}/messages`, {
      token: volunteerX.token,
      body: { body: '一般是月收入的百分之二十到三十。' },
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual(expect.objectContaining({ from: 'volunteer' }));
    clock.advance(1000);
    await timed('POST', `/api/qa/questions/${id}/messages`, { token: asker.token, body: { body: '谢谢您！' } });
    const seen = await timed('GET', `/api/qa/questions/${id}`, { token: asker.token });
    const t = questionThread.parse(seen.body);
    expect(t.messages.map((m) => [m.from, m.body])).toEqual([
      ['volunteer', '一般是月收入的百分之二十到三十。'],
      ['asker', '谢谢您！'],
    ]);
    expect(t).toEqual(expect.objectContaining({ status: 'claimed', volunteerName: '陈律师', viewer: 'asker', messageCount: 2 }));
  });

  it('shows the volunteer 匿名居民 for an anonymous question and the shown name otherwise', async () => {
    const asker = await freshResident({ displayName: '居民小芳' });
    const hidden = await makeQuestion(deps, asker, { anonymous: true, claimedBy: volunteerX });
    const open = await makeQuestion(deps, asker, { anonymous: false, claimedBy: volunteerX });
    const a = await call('GET', `/api/qa/questions/${hidden}`, { token: volunteerX.token });
    const b = await call('GET', `/api/qa/questions/${open}`, { token: volunteerX.token });
    expect(a.body.askerName).toBe('匿名居民');
    expect(JSON.stringify(a.body)).not.toContain('居民小芳');
    expect(b.body.askerName).toBe('居民小芳');
    expect(JSON.stringify([a.body, b.body])).not.toContain(asker.id);
  });

  it('refuses messages on a closed question with 409 QUESTION_CLOSED', async () => {
    const id = await makeQuestion(deps, residentA, { claimedBy: volunteerX });
    const closed = await call('POST', `/api/qa/questions/${id}/close`, { token: volunteerX.token });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('closed');
    for (const who of [residentA, volunteerX]) {
      const res = await call('POST', `/api/qa/questions/${id}/messages`, { token: who.token, body: { body: '还在吗？' } });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('QUESTION_CLOSED');
    }
    expect((await call('POST', `/api/qa/questions/${id}/close`, { token: residentA.token })).status).toBe(409);
  });

  it('refuses spam in a follow-up message with 422 CONTENT_REJECTED', async () => {
    const id = await makeQuestion(deps, residentA);
    const res = await call('POST', `/api/qa/questions/${id}/messages`, { token: residentA.token, body: { body: '来玩百家乐' } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('CONTENT_REJECTED');
  });

  it('lets a volunteer reply only while holding the claim', async () => {
    const id = await makeQuestion(deps, residentA);
    const res = await call('POST', `/api/qa/questions/${id}/messages`, { token: volunteerX.token, body: { body: '您好' } });
    expect(res.status).toBe(404);
  });

  it('answers 400 to an empty or overlong message', async () => {
    const id = await makeQuestion(deps, residentA);
    for (const body of [{ body: '' }, { body: '字'.repeat(2001) }, { text: '你好' }]) {
      const res = await call('POST', `/api/qa/questions/${id}/messages`, { token: residentA.token, body });
      expect(res.status).toBe(400);
    }
  });
});

describe('POST /api/qa/questions/:id/feedback', () => {
  it('waits for a volunteer reply, then records whether it helped', async () => {
    const id = await makeQuestion(deps, residentA, { claimedBy: volunteerX });
    const early = await call('POST', `/api/qa/questions/${id}/feedback`, { token: residentA.token, body: { helpful: true } });
    expect(early.status).toBe(409);
    await call('POST', `/api/qa/questions/${id}/messages`, { token: volunteerX.token, body: { body: '可以申请法律援助。' } });
    const res = await call('POST', `/api/qa/questions/${id}/feedback`, { token: residentA.token, body: { helpful: false } });
    expect(res.status).toBe(200);
    expect(res.body.helpful).toBe(false);
  });

  it('answers 400 when helpful is not a boolean', async () => {
    const id = await makeQuestion(deps, residentA, { claimedBy: volunteerX, answered: true });
    const res = await call('POST', `/api/qa/questions/${id}/feedback`, { token: residentA.token, body: { helpful: 'yes' } });
    expect(res.status).toBe(400);
  });
});

// --- notifications and privacy ------------------------------------------------

describe('notifications to the asker', () => {
  it('tells her when a volunteer claims and replies, without quoting the question', async () => {
    const asker = await freshResident({ openid: 'openid-notified' });
    const question = validQuestion({ title: '婆婆把我锁在门外', body: '婆婆把我锁在门外不让进家门。' });
    const asked = await call('POST', '/api/qa/questions', { token: asker.token, body: question });
    const id = asked.body.question.id;
    wx.sent.length = 0;
    await call('POST', `/api/qa/questions/${id}/claim`, { token: volunteerX.token });
    await call('POST', `/api/qa/questions/${id}/messages`, { token: volunteerX.token, body: { body: '可以先找居委会。' } });
    const notes = await storedNotifications(deps, asker.id);
    expect(notes.map((n) => n.title).sort()).toEqual(['您的咨询有新回复', '您的咨询有人接手了'].sort());
    expect(wx.sent).toHaveLength(2);
    expect(wx.sent.every((m) => m.openid === 'openid-notified' && m.templateId)).toBe(true);
    const everything = JSON.stringify([notes, wx.sent]);
    for (const words of ['婆婆', '锁在门外', '居委会']) expect(everything).not.toContain(words);
  });
});

describe('privacy of the asker', () => {
  it('keeps her id, name and words out of every log line and out of what volunteers see', async () => {
    const lines: string[] = [];
    const previous = setLogSink((line) => lines.push(line));
    try {
      const asker = await freshResident({ displayName: '居民春兰' });
      const asked = await call('POST', '/api/qa/questions', {
        token: asker.token,
        body: validQuestion({ topic: 'hotlines', title: '春兰的求助', body: '我在红星村，丈夫打我。', anonymous: true }),
      });
      const id = asked.body.question.id;
      const queue = await call('GET', '/api/qa/queue?topic=hotlines', { token: volunteerY.token });
      const claimed = await call('POST', `/api/qa/questions/${id}/claim`, { token: volunteerY.token });
      await call('POST', `/api/qa/questions/${id}/messages`, { token: volunteerY.token, body: { body: '请先拨打 110。' } });
      const threadForVolunteer = await call('GET', `/api/qa/questions/${id}`, { token: volunteerY.token });
      const claims = await call('GET', '/api/qa/claims', { token: volunteerY.token });
      await call('GET', `/api/qa/questions/${id}`, { token: residentB.token });

      const shown = JSON.stringify([queue.body, claimed.body, threadForVolunteer.body, claims.body]);
      expect(shown).not.toContain(asker.id);
      expect(shown).not.toContain('居民春兰');
      expect(lines.length).toBeGreaterThan(5);
      const logged = lines.join('\n');
      for (const secret of [asker.id, '居民春兰', '红星村', '春兰的求助', 'openid', volunteerY.id]) {
        expect(logged).not.toContain(secret);
      }
    } finally {
      setLogSink(previous);
    }
  });
});
