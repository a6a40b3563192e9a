import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type Koa from 'koa';
import { pinnedClock, startTestStore, type TestStore } from '../helpers/dynamo';
import { lambda, signIn, type CallOptions } from '../helpers/http';
import { buildAuthApp } from '../../functions/auth/app';
import { buildBookingsApp } from '../../functions/bookings/app';
import { buildJobsApp } from '../../functions/jobs/app';
import { buildQaApp } from '../../functions/qa/app';
import { apply, approve } from '../../functions/bookings/volunteers.service';
import { getUser } from '../../functions/platform/users.store';
import { matchRoute } from '../../functions/routes';
import { SENSITIVE_INFO_CONSENT_VERSION } from '../../shared/auth';
import { aJob, givenJobs } from './jobs.fixtures';
import { anApplication, aSlot, DAY, HOUR, NOW, at } from './bookings.fixtures';
import { validQuestion } from './qa.fixtures';

/** The account routes of issue 9: preferences, sign-out-everywhere, delete my data. */
const time = pinnedClock(NOW);
let store: TestStore;
let apps: Record<string, ReturnType<typeof lambda>>;

/** Sends a request to the function that owns the route, as the gateway would. */
const call = (method: string, url: string, opts: CallOptions = {}) => {
  const fn = matchRoute(method, url.split('?')[0]);
  if (!fn || !apps[fn]) throw new Error(`no app for ${method} ${url}`);
  return apps[fn](method, url, opts);
};

let seq = 0;
const person = (name: string) => signIn(store.deps, `acct-${name}-${++seq}`);

async function volunteer(name: string) {
  const p = await person(name);
  const user = await getUser(store.deps, p.userId);
  if (!user) throw new Error('no user');
  await apply(store.deps, user, anApplication());
  await approve(store.deps, p.userId);
  return p;
}

async function consented(name: string) {
  const p = await person(name);
  await call('POST', '/api/me/consents', { token: p.token, body: { kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION } });
  return p;
}

beforeAll(async () => {
  store = await startTestStore({ clock: time.clock });
  const built: Record<string, Koa> = {
    auth: buildAuthApp(store.deps),
    qa: buildQaApp(store.deps),
    bookings: buildBookingsApp(store.deps),
    jobs: buildJobsApp(store.deps),
  };
  apps = Object.fromEntries(Object.entries(built).map(([k, app]) => [k, lambda(app)]));
});
afterAll(() => store.close());

describe('GET /api/me', () => {
  it('asks a new resident for the current consent and leaves discreet mode off until she asks a question', async () => {
    const p = await person('new');
    const res = await call('GET', '/api/me', { token: p.token });
    expect(res.status).toBe(200);
    expect(res.body.preferences).toEqual({ discreet: false });
    expect(res.body.consentsNeeded).toEqual([{ kind: 'sensitive-info', version: SENSITIVE_INFO_CONSENT_VERSION }]);
  });

  it('turns discreet mode on once she has asked, and needs no consent she has given', async () => {
    const p = await consented('asker');
    const asked = await call('POST', '/api/qa/questions', { token: p.token, body: validQuestion() });
    expect(asked.status).toBe(201);
    const res = await call('GET', '/api/me', { token: p.token });
    expect(res.body.preferences).toEqual({ discreet: true });
    expect(res.body.consentsNeeded).toEqual([]);
  });
});

describe('PATCH /api/me/preferences', () => {
  it('keeps her own choice over the default and answers with her profile', async () => {
    const p = await consented('chooser');
    await call('POST', '/api/qa/questions', { token: p.token, body: validQuestion() });
    const off = await call('PATCH', '/api/me/preferences', { token: p.token, body: { discreet: false } });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ id: p.userId, preferences: { discreet: false } });
    expect((await call('GET', '/api/me', { token: p.token })).body.preferences).toEqual({ discreet: false });
  });

  it('answers 400 to a value that is not a boolean or to an unknown field, and changes nothing', async () => {
    const p = await person('bad-prefs');
    expect((await call('PATCH', '/api/me/preferences', { token: p.token, body: { discreet: 'yes' } })).status).toBe(400);
    expect((await call('PATCH', '/api/me/preferences', { token: p.token, body: { discreet: true, colour: 'red' } })).status).toBe(400);
    expect((await call('GET', '/api/me', { token: p.token })).body.preferences).toEqual({ discreet: false });
  });

  it('answers 401 without a token', async () => {
    expect((await call('PATCH', '/api/me/preferences', { body: { discreet: true } })).status).toBe(401);
  });
});

describe('POST /api/me/sign-out-everywhere', () => {
  it('ends every token issued before it, on every device, and a new sign-in works', async () => {
    const handle = `acct-two-phones-${++seq}`;
    const phoneA = await signIn(store.deps, handle);
    const phoneB = await signIn(store.deps, handle);

    const res = await call('POST', '/api/me/sign-out-everywhere', { token: phoneA.token });

    expect(res.status).toBe(204);
    expect((await call('GET', '/api/me', { token: phoneA.token })).status).toBe(401);
    expect((await call('GET', '/api/me', { token: phoneB.token })).status).toBe(401);
    const again = await signIn(store.deps, handle);
    expect((await call('GET', '/api/me', { token: again.token })).status).toBe(200);
  });
});

describe('DELETE /api/me', () => {
  it('answers 400 without the typed confirmation and keeps the account', async () => {
    const p = await person('unsure');
    expect((await call('DELETE', '/api/me', { token: p.token, body: {} })).status).toBe(400);
    expect((await call('DELETE', '/api/me', { token: p.token, body: { confirm: '是' } })).status).toBe(400);
    expect((await call('GET', '/api/me', { token: p.token })).status).toBe(200);
  });

  it('erases everything that is hers, cancels her upcoming booking with a plain notice, and leaves the counters', async () => {
    const she = await consented('leaving');
    const v = await volunteer('lawyer');
    // A question claimed and answered by a volunteer, with her follow-up.
    const asked = await call('POST', '/api/qa/questions', {
      token: she.token,
      body: validQuestion({ title: '金丝雀标题问题', body: '金丝雀正文，他不让我出门。' }),
    });
    const questionId = asked.body.question.id;
    expect((await call('POST', `/api/qa/questions/${questionId}/claim`, { token: v.token })).status).toBe(200);
    await call('POST', `/api/qa/questions/${questionId}/messages`, { token: v.token, body: { body: '可以先保存证据。' } });
    await call('POST', `/api/qa/questions/${questionId}/messages`, { token: she.token, body: { body: '金丝雀回复' } });
    // An upcoming booking made with an Idempotency-Key, and one the volunteer already completed.
    const upcoming = await call('POST', '/api/volunteer/slots', { token: v.token, body: aSlot(at(NOW, 2 * DAY)) });
    const soon = await call('POST', '/api/volunteer/slots', { token: v.token, body: aSlot(at(NOW, 3 * HOUR)) });
    const upcomingId = upcoming.body.items[0].id;
    const soonId = soon.body.items[0].id;
    const booked = await call('POST', '/api/bookings', {
      token: she.token,
      body: { slotId: upcomingId, topic: 'custody', note: '金丝雀备注' },
      headers: { 'idempotency-key': 'acct-key-0001' },
    });
    expect(booked.status).toBe(201);
    expect((await call('POST', '/api/bookings', { token: she.token, body: { slotId: soonId, topic: 'custody' } })).status).toBe(201);
    time.advance(4 * HOUR);
    expect((await call('POST', `/api/bookings/${soonId}/complete`, { token: v.token, body: { outcome: 'answered', minutes: 30 } })).status).toBe(200);
    // An intention on a job.
    const [job] = await givenJobs(store.deps, aJob(new Date(time.clock()).toISOString()));
    const intention = await call('POST', `/api/jobs/${job.id}/intentions`, {
      token: she.token,
      body: { name: '金丝雀姓名', phone: '13812345678' },
    });
    expect(intention.status).toBe(201);

    const res = await call('DELETE', '/api/me', { token: she.token, body: { confirm: '删除' } });

    expect(res.status).toBe(204);
    expect((await call('GET', '/api/me', { token: she.token })).status).toBe(401);
    expect((await call('GET', `/api/qa/questions/${questionId}`, { token: v.token })).status).toBe(404);
    const told = await call('GET', '/api/me/notifications', { token: v.token });
    expect(told.body.items.map((n: { title: string }) => n.title)).toContain('预约已取消');
    // The time she had booked is offered again.
    const open = await call('GET', `/api/slots?from=${encodeURIComponent(at(NOW, 2 * DAY - HOUR))}&limit=50`);
    expect(open.body.items.map((s: { start: string }) => s.start)).toContain(at(NOW, 2 * DAY));

    const { Items = [] } = await store.deps.db.doc.send(new ScanCommand({ TableName: store.deps.db.table }));
    const table = JSON.stringify(Items);
    expect(table).not.toContain(she.userId);
    expect(table).not.toContain('acct-leaving');
    expect(table).not.toContain('金丝雀');
    expect(Items.some((i) => i.PK === 'STATS')).toBe(true);
  });

  it('takes a leaving volunteer\'s open times off the list and cancels her upcoming booking for the resident, with a plain notice', async () => {
    const v = await volunteer('leaving-lawyer');
    const r = await person('her-client');
    const openStart = at(NOW, 3 * DAY);
    const bookedStart = at(NOW, 3 * DAY + 2 * HOUR);
    const open = await call('POST', '/api/volunteer/slots', { token: v.token, body: aSlot(openStart) });
    const booked = await call('POST', '/api/volunteer/slots', { token: v.token, body: aSlot(bookedStart) });
    const bookedId = booked.body.items[0].id;
    expect(open.status).toBe(201);
    expect((await call('POST', '/api/bookings', { token: r.token, body: { slotId: bookedId, topic: 'custody' } })).status).toBe(201);

    const listed = async () =>
      (await call('GET', `/api/slots?from=${encodeURIComponent(at(NOW, 3 * DAY - HOUR))}&limit=50`)).body.items.map((x: { start: string }) => x.start);
    expect(await listed()).toContain(openStart);

    expect((await call('DELETE', '/api/me', { token: v.token, body: { confirm: '删除' } })).status).toBe(204);

    expect(await listed()).not.toContain(openStart);
    const mine = await call('GET', '/api/me/bookings', { token: r.token });
    expect(mine.body.items.find((b: { id: string }) => b.id === bookedId)?.status).toBe('cancelled');
    const told = await call('GET', '/api/me/notifications', { token: r.token });
    expect(told.body.items.map((n: { title: string; body: string }) => `${n.title}|${n.body}`)).toContain('预约有变化|预约有变化，请打开小程序查看。');
  });

  it('lets the same person start afresh after erasure, as a new account', async () => {
    const handle = `acct-again-${++seq}`;
    const first = await signIn(store.deps, handle);
    await call('DELETE', '/api/me', { token: first.token, body: { confirm: '删除' } });
    const second = await signIn(store.deps, handle);
    expect(second.userId).not.toBe(first.userId);
  });
});
