import { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import { pinnedClock, startTestStore, TEST_TOKEN_SECRET, type TestStore } from '../helpers/dynamo';
import { lambda, signIn } from '../helpers/http';
import { buildAuthApp } from '../../functions/auth/app';
import { buildQaApp } from '../../functions/qa/app';
import { buildJobsApp } from '../../functions/jobs/app';
import { buildGateway } from '../../functions/local/gateway';
import { setRole } from '../../functions/platform/users.store';
import { ISSUER, signToken } from '../../functions/platform/tokens';
import { DAY, HOUR, at, world, type World } from './bookings.fixtures';
import { makePerson, makeQuestion } from './qa.fixtures';

/** Issue 9: token claims, request ids, the gateway, her own things after a role change, abuse limits. */
// Several tests send 40-55 requests at once on a shared 2-core machine.
jest.setTimeout(30_000);
let store: TestStore;
beforeAll(async () => {
  store = await startTestStore();
});
afterAll(() => store.close());

const key = (s: string) => new TextEncoder().encode(s);
const now = () => Math.floor(Date.now() / 1000);

describe('tokens', () => {
  let call: ReturnType<typeof lambda>;
  let userId: string;
  beforeAll(async () => {
    call = lambda(buildAuthApp(store.deps));
    userId = (await signIn(store.deps, 'claims-user')).userId;
  });
  const me = (token: string) => call('GET', '/api/me', { token });

  it('accepts a token with exp, sub and our iss', async () => {
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(userId).setIssuer(ISSUER).setExpirationTime(now() + 600).sign(key(TEST_TOKEN_SECRET));
    expect((await me(token)).status).toBe(200);
  });

  it('answers 401 to a token without exp', async () => {
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(userId).setIssuer(ISSUER).sign(key(TEST_TOKEN_SECRET));
    expect((await me(token)).status).toBe(401);
  });

  it('answers 401 to a token without sub', async () => {
    const token = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setExpirationTime(now() + 600).sign(key(TEST_TOKEN_SECRET));
    expect((await me(token)).status).toBe(401);
  });

  it('answers 401 to a token from another issuer, or with none', async () => {
    const other = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(userId).setIssuer('someone-else').setExpirationTime(now() + 600).sign(key(TEST_TOKEN_SECRET));
    const none = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(userId).setExpirationTime(now() + 600).sign(key(TEST_TOKEN_SECRET));
    expect((await me(other)).status).toBe(401);
    expect((await me(none)).status).toBe(401);
  });

  it('keeps tokens of the previous key valid during a rotation, and signs only with the current one', async () => {
    const before = await signToken(store.deps.config, store.deps.clock, userId);
    const rotated = store.with({ config: { ...store.deps.config, tokenSecret: 'the-new-key-after-rotation', tokenSecretPrevious: TEST_TOKEN_SECRET } });
    const afterRotation = lambda(buildAuthApp(rotated));
    const fresh = await signToken(rotated.config, rotated.clock, userId);

    expect((await afterRotation('GET', '/api/me', { token: before })).status).toBe(200);
    expect((await afterRotation('GET', '/api/me', { token: fresh })).status).toBe(200);
    expect((await me(fresh)).status).toBe(401);
  });

  it('lasts 12 hours by default', async () => {
    const { loadConfig } = await import('../../functions/platform/config');
    expect(loadConfig({ AUTH_MODE: 'local', TOKEN_SECRET: 'x', CURSOR_SECRET: 'c', FIELD_KEY: 'f' }).tokenTtlSeconds).toBe(12 * 3600);
  });
});

describe('x-request-id', () => {
  const call = () => lambda(buildAuthApp(store.deps));
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  it('keeps a caller id that is a UUID', async () => {
    const id = '3f2b8c1e-9d4a-4e21-8f0a-2b6c7d8e9f01';
    expect((await call()('GET', '/api/health', { headers: { 'x-request-id': id } })).headers['x-request-id']).toBe(id);
  });

  it('replaces anything else (5,000 characters, text) with a new UUID', async () => {
    for (const given of ['x'.repeat(5000), '他打我', 'abc']) {
      const got = (await call()('GET', '/api/health', { headers: { 'x-request-id': given } })).headers['x-request-id'];
      expect(got).toMatch(UUID);
    }
  });
});

describe('the local gateway', () => {
  it('answers a malformed path with 400, never 500', async () => {
    const server = buildGateway(store.deps, mkdtempSync(join(tmpdir(), 'h5-'))).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/%ZZ`);
      expect(res.status).toBe(400);
    } finally {
      server.close();
    }
  });

  it('hands /api to the function the route table names, and answers an unknown /api path with the JSON 404', async () => {
    const server = buildGateway(store.deps, mkdtempSync(join(tmpdir(), 'h5-'))).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as AddressInfo;
      const jobs = await fetch(`http://127.0.0.1:${port}/api/jobs?limit=2`);
      expect(jobs.status).toBe(200);
      expect(jobs.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(Array.isArray(((await jobs.json()) as { items: unknown }).items)).toBe(true);
      const unknown = await fetch(`http://127.0.0.1:${port}/api/nothing-here`);
      expect([unknown.status, await unknown.json()]).toEqual([404, { error: { code: 'NOT_FOUND', message: '没有找到这条内容' } }]);
      // Not /api: the H5 build (none in this empty folder).
      const page = await fetch(`http://127.0.0.1:${port}/pages/jobs/index`);
      expect([page.status, await page.text()]).toEqual([404, 'H5 build not found: run npm run build:h5']);
    } finally {
      server.close();
    }
  });
});

describe('a resident who became a volunteer', () => {
  it('keeps reading her questions and intentions, cancels her booking, and cannot claim her own question', async () => {
    const w: World = world(store);
    const qa = lambda(buildQaApp(w.deps));
    const jobs = lambda(buildJobsApp(w.deps));
    const she = await makePerson(w.deps, 'resident', { consent: true });
    const questionId = await makeQuestion(w.deps, she);
    const v = await w.volunteer('her-lawyer');
    const slotId = await w.slot(v, at(w.time.clock().toISOString(), 2 * DAY));
    const her = { token: she.token, userId: she.id };
    await w.book(her, slotId);

    await setRole(w.deps, she.id, 'volunteer');

    const mine = await qa('GET', '/api/me/questions', { token: she.token });
    expect([mine.status, mine.body.error]).toEqual([200, undefined]);
    expect(mine.body.items.map((q: { id: string }) => q.id)).toContain(questionId);
    expect((await qa('GET', `/api/qa/questions/${questionId}`, { token: she.token })).status).toBe(200);
    expect((await jobs('GET', '/api/me/intentions', { token: she.token })).status).toBe(200);
    expect((await w.call('GET', '/api/me/bookings', { token: she.token })).status).toBe(200);
    expect((await w.call('POST', `/api/bookings/${slotId}/cancel`, { token: she.token, body: {} })).status).toBe(200);
    const claim = await qa('POST', `/api/qa/questions/${questionId}/claim`, { token: she.token });
    expect(claim.status).toBe(409);
    expect((await qa('GET', `/api/qa/questions/${questionId}`, { token: she.token })).body.question?.status ?? 'open').toBe('open');
  });
});

describe('abuse limits (each one conditional write on a counter)', () => {
  it('lets a resident cancel at most 4 times in 7 days, even when two cancellations race', async () => {
    const w = world(store);
    const v = await w.volunteer('churn-lawyer');
    const r = await w.resident('churner');
    const base = w.time.clock().toISOString();
    for (let i = 0; i < 3; i++) {
      const slotId = await w.slot(v, at(base, DAY + i * 2 * HOUR));
      await w.book(r, slotId);
      expect((await w.call('POST', `/api/bookings/${slotId}/cancel`, { token: r.token, body: {} })).status).toBe(200);
    }
    const a = await w.slot(v, at(base, 2 * DAY));
    const b = await w.slot(v, at(base, 2 * DAY + 2 * HOUR));
    await w.book(r, a);
    await w.book(r, b);

    const results = await Promise.all([a, b].map((id) => w.call('POST', `/api/bookings/${id}/cancel`, { token: r.token, body: {} })));

    expect(results.map((x) => x.status).sort()).toEqual([200, 429]);
    const refused = results.find((x) => x.status === 429);
    expect(refused?.body.error).toMatchObject({ code: 'RATE_LIMITED', message: expect.stringContaining('7 天内最多取消 4 次') });
    // A week later she may cancel again.
    w.time.advance(7 * DAY);
    const later = await w.slot(v, at(w.time.clock().toISOString(), DAY));
    await w.book(r, later);
    expect((await w.call('POST', `/api/bookings/${later}/cancel`, { token: r.token, body: {} })).status).toBe(200);
  });

  it('takes at most 30 messages an hour from one person, of 40 sent at once', async () => {
    const qa = lambda(buildQaApp(store.deps));
    const she = await makePerson(store.deps, 'resident', { consent: true });
    const id = await makeQuestion(store.deps, she);

    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => qa('POST', `/api/qa/questions/${id}/messages`, { token: she.token, body: { body: `补充第 ${i} 条` } })),
    );

    expect(results.filter((x) => x.status === 201)).toHaveLength(30);
    const refused = results.filter((x) => x.status === 429);
    expect(refused).toHaveLength(10);
    expect(refused[0].body.error.message).toContain('一小时内最多发 30 条消息');
  });

  it('makes at most 10 new accounts a minute through local sign-in, of 15 at once, and still signs in existing ones', async () => {
    const existing = await signIn(store.deps, 'signup-existing');
    // A minute of its own, so no other sign-in in this file shares the counter.
    const limited = store.with({ config: { ...store.deps.config, localSignupsPerMinute: 10 }, clock: pinnedClock('2031-01-01T00:00:10.000Z').clock });
    const call = lambda(buildAuthApp(limited));

    const results = await Promise.all(
      Array.from({ length: 15 }, (_, i) => call('POST', '/api/auth/login', { body: { code: `local:signup-burst-${i}` } })),
    );

    expect(results.filter((x) => x.status === 200)).toHaveLength(10);
    const refused = results.filter((x) => x.status === 429);
    expect(refused).toHaveLength(5);
    expect(refused[0].body.error.code).toBe('RATE_LIMITED');
    const again = await call('POST', '/api/auth/login', { body: { code: 'local:signup-existing' } });
    expect(again.status).toBe(200);
    expect(again.body.user.id).toBe(existing.userId);
  });
});

describe('GET /api/qa/questions/:id pages its thread', () => {
  it('returns 50 messages, oldest first, and a cursor to the rest; a cursor of another thread is 400', async () => {
    const qa = lambda(buildQaApp(store.deps));
    const she = await makePerson(store.deps, 'resident', { consent: true });
    const lawyer = await makePerson(store.deps, 'volunteer');
    const id = await makeQuestion(store.deps, she, { claimedBy: lawyer });
    const other = await makeQuestion(store.deps, she);
    await Promise.all([
      ...Array.from({ length: 30 }, (_, i) => qa('POST', `/api/qa/questions/${id}/messages`, { token: she.token, body: { body: `她的第 ${i} 条` } })),
      ...Array.from({ length: 25 }, (_, i) => qa('POST', `/api/qa/questions/${id}/messages`, { token: lawyer.token, body: { body: `回复第 ${i} 条` } })),
    ]);
    const otherPage = await qa('GET', `/api/qa/questions/${other}?limit=1`, { token: she.token });

    const first = await qa('GET', `/api/qa/questions/${id}`, { token: she.token });
    const second = await qa('GET', `/api/qa/questions/${id}?cursor=${encodeURIComponent(first.body.nextCursor)}`, { token: she.token });
    const small = await qa('GET', `/api/qa/questions/${id}?limit=5`, { token: she.token });

    expect(first.status).toBe(200);
    expect(first.body.messages).toHaveLength(50);
    expect(typeof first.body.nextCursor).toBe('string');
    expect(second.body.messages).toHaveLength(5);
    expect(second.body.nextCursor).toBeNull();
    const times = [...first.body.messages, ...second.body.messages].map((m: { createdAt: string }) => m.createdAt);
    expect(times).toEqual([...times].sort());
    expect(small.body.messages).toHaveLength(5);
    expect(otherPage.body.nextCursor ?? null).toBeNull();
    const foreign = await qa('GET', `/api/qa/questions/${other}?cursor=${encodeURIComponent(first.body.nextCursor)}`, { token: she.token });
    expect(foreign.status).toBe(400);
    expect((await qa('GET', `/api/qa/questions/${id}?limit=500`, { token: she.token })).status).toBe(400);
  });
});
