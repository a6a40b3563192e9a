import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { lambda, signIn } from '../helpers/http';
import { pinnedClock, startTestStore, type TestStore } from '../helpers/dynamo';
import { buildJobsApp } from '../../functions/jobs/app';
import { seedAccounts } from '../../functions/local/seed';
import { intentionKey, jobKey } from '../../functions/platform/keys';
import { intention, intentionPage } from '../../shared/jobs';
import { readStats } from '../../functions/platform/stats';
import { beijingDayOf } from '../../shared/time';
import { aJob, givenJobs, minutesFrom } from './jobs.fixtures';

const NOW = '2026-03-02T02:00:00.000Z';
const time = pinnedClock(NOW);
let store: TestStore;
let call: ReturnType<typeof lambda>;
let resident: string;
let resident2: string;
let volunteer: string;
let staff: string;

const form = { name: '林秀英', phone: '13812345678', message: '我想做白班。' };

beforeAll(async () => {
  store = await startTestStore({ clock: time.clock });
  call = lambda(buildJobsApp(store.deps));
  await seedAccounts(store.deps);
  [resident, resident2, volunteer, staff] = (
    await Promise.all(['resident', 'resident2', 'volunteer', 'staff'].map((h) => signIn(store.deps, h)))
  ).map((s) => s.token);
});
afterAll(() => store.close());
beforeEach(() => time.set(NOW));

const openJob = async () => (await givenJobs(store.deps, aJob(NOW)))[0];
const register = (jobId: string, token: string | undefined, body: unknown = form) =>
  call('POST', `/api/jobs/${jobId}/intentions`, { token, body });
const rawItem = async (key: Record<string, string>) =>
  (await store.deps.db.doc.send(new GetCommand({ TableName: store.deps.db.table, Key: key }))).Item;

describe('POST /api/jobs/:id/intentions', () => {
  it('registers her intention and returns it with a job snapshot', async () => {
    const job = await openJob();

    const res = await register(job.id, resident);

    expect(res.status).toBe(201);
    const body = intention.parse(res.body);
    expect(body).toMatchObject({
      jobId: job.id,
      job: { title: job.title, employerName: job.employer.name },
      name: form.name,
      phone: form.phone,
      message: form.message,
      createdAt: NOW,
    });
    expect(body.id).not.toBe(job.id);
  });

  it('stores name, phone and message only as cipher text', async () => {
    const job = await openJob();
    const { userId } = await signIn(store.deps, 'resident2');

    await register(job.id, resident2);

    const item = await rawItem(intentionKey(job.id, userId));
    expect(item).toBeDefined();
    const raw = JSON.stringify(item);
    expect(raw).not.toContain(form.phone);
    expect(raw).not.toContain(form.name);
    expect(raw).not.toContain(form.message);
    expect(item?.phoneEnc).toMatch(/^enc:v1:/);
  });

  it('accepts one of 50 identical registrations sent at once and refuses the rest', async () => {
    const job = await openJob();
    const { token } = await signIn(store.deps, 'eager-applicant');
    const day = beijingDayOf(new Date(NOW));
    const before = (await readStats(store.deps, day, day)).totals.intentionsRegistered;

    const results = await Promise.all(Array.from({ length: 50 }, () => register(job.id, token)));

    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    const refused = results.filter((r) => r.status === 409);
    expect(refused).toHaveLength(49);
    expect(refused.every((r) => r.body.error.code === 'ALREADY_APPLIED')).toBe(true);
    expect((await rawItem(jobKey(job.id)))?.intentionCount).toBe(1);
    expect((await readStats(store.deps, day, day)).totals.intentionsRegistered).toBe(before + 1);
  });

  it('answers 409 JOB_CLOSED for a closed posting', async () => {
    const [job] = await givenJobs(store.deps, aJob(NOW, { status: 'closed' }));
    const res = await register(job.id, resident);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('JOB_CLOSED');
  });

  it('answers 409 JOB_CLOSED once the posting has expired', async () => {
    const [job] = await givenJobs(store.deps, aJob(NOW, { expiresAt: minutesFrom(NOW, 10) }));
    time.set(minutesFrom(NOW, 11));
    const res = await register(job.id, resident);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('JOB_CLOSED');
  });

  it('answers 404 for an unknown posting', async () => {
    const res = await register('no-such-job', resident);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('answers 400 with the field for an invalid phone number', async () => {
    const job = await openJob();
    const res = await register(job.id, resident, { ...form, phone: '1234567' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.fields).toEqual([{ path: 'phone', message: '请填写 11 位手机号码' }]);
  });

  it('answers 400 to an unknown field, an over-long name or message, and a missing name', async () => {
    const job = await openJob();
    const cases = [
      { ...form, userId: 'someone-else' },
      { ...form, name: '林'.repeat(21) },
      { ...form, message: '好'.repeat(201) },
      { phone: form.phone },
      { ...form, name: '   ' },
    ];
    for (const body of cases) {
      const res = await register(job.id, resident, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('answers 400 INVALID_JSON to a malformed body', async () => {
    const job = await openJob();
    const res = await call('POST', `/api/jobs/${job.id}/intentions`, { token: resident, rawBody: '{"name":"林",' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('INVALID_JSON');
  });

  it('answers 401 without a token or with a bad one', async () => {
    const job = await openJob();
    expect((await register(job.id, undefined)).status).toBe(401);
    const bad = await register(job.id, 'not-a-token');
    expect(bad.status).toBe(401);
    expect(bad.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('answers 403 to a volunteer and to staff', async () => {
    const job = await openJob();
    for (const token of [volunteer, staff]) {
      const res = await register(job.id, token);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
  });
});

describe('GET /api/me/intentions', () => {
  it('lists only her own intentions, newest first, page by page', async () => {
    const { token } = await signIn(store.deps, 'busy-seeker');
    const jobs = await givenJobs(store.deps, aJob(NOW), aJob(NOW), aJob(NOW));
    for (const [i, job] of jobs.entries()) {
      time.set(minutesFrom(NOW, i));
      expect((await register(job.id, token)).status).toBe(201);
    }
    const someoneElses = await openJob();
    await register(someoneElses.id, resident2);

    const first = await call('GET', '/api/me/intentions?limit=2', { token });
    const second = await call('GET', `/api/me/intentions?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`, {
      token,
    });

    expect(first.status).toBe(200);
    const items = [...intentionPage.parse(first.body).items, ...intentionPage.parse(second.body).items];
    expect(items.map((i) => i.jobId)).toEqual(jobs.map((j) => j.id).reverse());
    expect(items[0].phone).toBe(form.phone);
    expect(second.body.nextCursor).toBeNull();
  });

  it('answers 401 without a token and 403 to staff', async () => {
    expect((await call('GET', '/api/me/intentions')).status).toBe(401);
    expect((await call('GET', '/api/me/intentions', { token: staff })).status).toBe(403);
  });
});

describe('DELETE /api/me/intentions/:id', () => {
  it('withdraws her intention, after which she may register again', async () => {
    const job = await openJob();
    const { token } = await signIn(store.deps, 'changed-mind');
    const first = await register(job.id, token);

    const res = await call('DELETE', `/api/me/intentions/${first.body.id}`, { token });

    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
    const mine = await call('GET', '/api/me/intentions', { token });
    expect(mine.body.items).toHaveLength(0);
    expect((await rawItem(jobKey(job.id)))?.intentionCount).toBe(0);
    const again = await register(job.id, token);
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(first.body.id);
  });

  it("answers 404 to another resident's intention and leaves it in place", async () => {
    const job = await openJob();
    const { token: owner } = await signIn(store.deps, 'owner');
    const created = await register(job.id, owner);

    const res = await call('DELETE', `/api/me/intentions/${created.body.id}`, { token: resident });

    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
    const still = await call('GET', '/api/me/intentions', { token: owner });
    expect(still.body.items.map((i: { id: string }) => i.id)).toEqual([created.body.id]);
  });

  it('answers 404 to an unknown id and to a second withdrawal', async () => {
    const job = await openJob();
    const { token } = await signIn(store.deps, 'twice');
    const created = await register(job.id, token);
    expect((await call('DELETE', `/api/me/intentions/${created.body.id}`, { token })).status).toBe(200);
    expect((await call('DELETE', `/api/me/intentions/${created.body.id}`, { token })).status).toBe(404);
    expect((await call('DELETE', '/api/me/intentions/unknown', { token })).status).toBe(404);
  });

  it('answers 404 when the job id is used in place of the intention id', async () => {
    const job = await openJob();
    await register(job.id, resident);
    const res = await call('DELETE', `/api/me/intentions/${job.id}`, { token: resident });
    expect(res.status).toBe(404);
  });

  it('answers 401 without a token, 403 to staff, and 404 to a volunteer for an intention that is not hers', async () => {
    expect((await call('DELETE', '/api/me/intentions/x')).status).toBe(401);
    expect((await call('DELETE', '/api/me/intentions/x', { token: staff })).status).toBe(403);
    // A resident who became a volunteer still withdraws her own intentions (issue 9).
    expect((await call('DELETE', '/api/me/intentions/x', { token: volunteer })).status).toBe(404);
  });
});
