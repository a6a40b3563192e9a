import { lambda, signIn } from '../helpers/http';
import { pinnedClock, startTestStore, type TestStore } from '../helpers/dynamo';
import { buildJobsApp } from '../../functions/jobs/app';
import { seedAccounts } from '../../functions/local/seed';
import { intentionPage, jobPosting, type JobCreateRequest } from '../../shared/jobs';
import { aFair, daysFrom, givenFairs } from './jobs.fixtures';

const NOW = '2026-03-02T02:00:00.000Z';
const time = pinnedClock(NOW);
let store: TestStore;
let call: ReturnType<typeof lambda>;
let resident: string;
let volunteer: string;
let staff: string;

beforeAll(async () => {
  store = await startTestStore({ clock: time.clock });
  call = lambda(buildJobsApp(store.deps));
  await seedAccounts(store.deps);
  [resident, volunteer, staff] = (
    await Promise.all(['resident', 'volunteer', 'staff'].map((h) => signIn(store.deps, h)))
  ).map((s) => s.token);
});
afterAll(() => store.close());
beforeEach(() => time.set(NOW));

const aPosting = (overrides: Partial<JobCreateRequest> = {}) => ({
  title: '养老护理员',
  employer: { name: '新余康颐养老中心', verified: true, womenLed: true },
  city: 'xinyu',
  district: '渝水区',
  address: '渝水区抱石大道 8 号',
  category: 'elderly-care',
  salary: { min: 4000, max: 6000, unit: 'month' },
  headcount: 5,
  duties: '照顾老人吃饭、洗澡。',
  requirements: '有爱心。',
  tags: ['training', 'social-insurance'],
  expiresAt: daysFrom(NOW, 60),
  ...overrides,
});

const publish = async (overrides: Partial<JobCreateRequest> = {}) => {
  const res = await call('POST', '/api/admin/jobs', { token: staff, body: aPosting(overrides) });
  expect(res.status).toBe(201);
  return jobPosting.parse(res.body);
};
const listedIds = async (query: string) =>
  ((await call('GET', `/api/jobs?${query}&limit=50`)).body.items as { id: string }[]).map((i) => i.id);

describe('POST /api/admin/jobs', () => {
  it('publishes a posting that job seekers then find', async () => {
    const job = await publish();

    expect(job).toMatchObject({ status: 'open', version: 1, publishedAt: NOW, education: 'any', fairId: null });
    expect(await listedIds('city=xinyu')).toContain(job.id);
    expect((await call('GET', `/api/jobs/${job.id}`)).body.title).toBe('养老护理员');
  });

  it('links a posting to an existing fair', async () => {
    const [fair] = await givenFairs(store.deps, aFair(NOW, { city: 'xinyu' }));
    const job = await publish({ fairId: fair.id });
    const detail = await call('GET', `/api/fairs/${fair.id}`);
    expect(detail.body.postings.map((p: { id: string }) => p.id)).toEqual([job.id]);
  });

  it('answers 400 naming the field for bad postings', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ salary: { min: 6000, max: 4000, unit: 'month' } }, 'salary.max'],
      [{ salary: { min: 4000, max: 6000, unit: 'week' } }, 'salary.unit'],
      [{ title: '岗'.repeat(41) }, 'title'],
      [{ tags: ['training', 'training'] }, 'tags'],
      [{ expiresAt: daysFrom(NOW, -1) }, 'expiresAt'],
      [{ fairId: 'no-such-fair' }, 'fairId'],
      [{ city: 'shanghai' }, 'city'],
    ];
    for (const [override, path] of cases) {
      const res = await call('POST', '/api/admin/jobs', { token: staff, body: { ...aPosting(), ...override } });
      expect(res.status).toBe(400);
      expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
    }
  });

  it('answers 400 to an unknown field', async () => {
    const res = await call('POST', '/api/admin/jobs', { token: staff, body: { ...aPosting(), status: 'closed' } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].message).toContain('status');
  });

  it('answers 401 without a token and 403 to a resident or a volunteer', async () => {
    expect((await call('POST', '/api/admin/jobs', { body: aPosting() })).status).toBe(401);
    for (const token of [resident, volunteer]) {
      const res = await call('POST', '/api/admin/jobs', { token, body: aPosting() });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
  });
});

describe('PATCH /api/admin/jobs/:id', () => {
  it('changes the posting and moves it to its new city list', async () => {
    const job = await publish();

    const res = await call('PATCH', `/api/admin/jobs/${job.id}`, {
      token: staff,
      body: { version: 1, city: 'pingxiang', district: '安源区', salary: { min: 30, max: 40, unit: 'hour' } },
    });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ version: 2, city: 'pingxiang', title: job.title });
    expect(await listedIds('city=xinyu')).not.toContain(job.id);
    expect(await listedIds('city=pingxiang&salaryMin=7000')).toContain(job.id);
  });

  it('answers 409 VERSION_CONFLICT to a change based on an old version', async () => {
    const job = await publish();
    await call('PATCH', `/api/admin/jobs/${job.id}`, { token: staff, body: { version: 1, headcount: 9 } });

    const res = await call('PATCH', `/api/admin/jobs/${job.id}`, { token: staff, body: { version: 1, headcount: 3 } });

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('VERSION_CONFLICT');
    expect((await call('GET', `/api/jobs/${job.id}`)).body.headcount).toBe(9);
  });

  it('lets exactly one of 10 simultaneous changes to the same version win', async () => {
    const job = await publish();

    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        call('PATCH', `/api/admin/jobs/${job.id}`, { token: staff, body: { version: 1, headcount: i + 1 } }),
      ),
    );

    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    expect((await call('GET', `/api/jobs/${job.id}`)).body.version).toBe(2);
  });

  it('answers 400 to a change without a version or with nothing to change', async () => {
    const job = await publish();
    expect((await call('PATCH', `/api/admin/jobs/${job.id}`, { token: staff, body: { headcount: 3 } })).status).toBe(400);
    expect((await call('PATCH', `/api/admin/jobs/${job.id}`, { token: staff, body: { version: 1 } })).status).toBe(400);
  });

  it('answers 404 to an unknown posting and 403 to a resident', async () => {
    expect((await call('PATCH', '/api/admin/jobs/nope', { token: staff, body: { version: 1, headcount: 2 } })).status).toBe(
      404,
    );
    const job = await publish();
    const res = await call('PATCH', `/api/admin/jobs/${job.id}`, { token: resident, body: { version: 1, headcount: 2 } });
    expect(res.status).toBe(403);
  });
});

describe('POST /api/admin/jobs/:id/close', () => {
  it('closes the posting: gone from every list, still readable, no more intentions', async () => {
    const [fair] = await givenFairs(store.deps, aFair(NOW, { city: 'xinyu' }));
    const job = await publish({ fairId: fair.id });

    const res = await call('POST', `/api/admin/jobs/${job.id}/close`, { token: staff });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: job.id, status: 'closed', version: 2 });
    expect(await listedIds('')).not.toContain(job.id);
    expect(await listedIds('city=xinyu')).not.toContain(job.id);
    expect(await listedIds(`fairId=${fair.id}`)).not.toContain(job.id);
    expect((await call('GET', `/api/fairs/${fair.id}`)).body.postings).toEqual([]);
    expect((await call('GET', `/api/jobs/${job.id}`)).body.status).toBe('closed');
    const late = await call('POST', `/api/jobs/${job.id}/intentions`, {
      token: resident,
      body: { name: '周', phone: '13900000000' },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('JOB_CLOSED');
  });

  it('keeps a closed posting out of the lists when it is edited afterwards', async () => {
    const job = await publish();
    const closed = await call('POST', `/api/admin/jobs/${job.id}/close`, { token: staff });

    const res = await call('PATCH', `/api/admin/jobs/${job.id}`, {
      token: staff,
      body: { version: closed.body.version, title: '养老护理员（已招满）' },
    });

    expect(res.status).toBe(200);
    expect(res.body.status).toBe('closed');
    expect(await listedIds('city=xinyu')).not.toContain(job.id);
  });

  it('closing twice is harmless; an unknown posting is 404; a resident is 403', async () => {
    const job = await publish();
    await call('POST', `/api/admin/jobs/${job.id}/close`, { token: staff });
    const again = await call('POST', `/api/admin/jobs/${job.id}/close`, { token: staff });
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('closed');
    expect((await call('POST', '/api/admin/jobs/nope/close', { token: staff })).status).toBe(404);
    expect((await call('POST', `/api/admin/jobs/${job.id}/close`, { token: resident })).status).toBe(403);
  });
});

describe('GET /api/admin/jobs/:id/intentions', () => {
  it('shows staff every intention for the posting, decrypted, page by page', async () => {
    const job = await publish();
    const phones = ['13800000001', '13800000002', '13800000003'];
    for (const [i, phone] of phones.entries()) {
      const { token } = await signIn(store.deps, `seeker-${i}`);
      const res = await call('POST', `/api/jobs/${job.id}/intentions`, { token, body: { name: `求职者${i}`, phone } });
      expect(res.status).toBe(201);
    }

    const first = await call('GET', `/api/admin/jobs/${job.id}/intentions?limit=2`, { token: staff });
    const second = await call(
      'GET',
      `/api/admin/jobs/${job.id}/intentions?limit=2&cursor=${encodeURIComponent(first.body.nextCursor)}`,
      { token: staff },
    );

    expect(first.status).toBe(200);
    const items = [...intentionPage.parse(first.body).items, ...intentionPage.parse(second.body).items];
    expect(items.map((i) => i.phone).sort()).toEqual(phones);
    expect(second.body.nextCursor).toBeNull();
  });

  it('answers 404 to an unknown posting and 403 to a resident', async () => {
    expect((await call('GET', '/api/admin/jobs/nope/intentions', { token: staff })).status).toBe(404);
    const job = await publish();
    expect((await call('GET', `/api/admin/jobs/${job.id}/intentions`, { token: resident })).status).toBe(403);
  });
});
