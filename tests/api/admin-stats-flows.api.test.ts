import ExcelJS from 'exceljs';
import { lambda, signIn } from '../helpers/http';
import { pinnedClock, startTestStore, type TestStore } from '../helpers/dynamo';
import { buildAdminApp } from '../../functions/admin/app';
import { buildJobsApp } from '../../functions/jobs/app';
import { buildQaApp } from '../../functions/qa/app';
import { seedAccounts } from '../../functions/local/seed';
import { statsResponse } from '../../shared/admin';
import { loadFixtureArticles, makePerson, validQuestion, type Person } from './qa.fixtures';
import { world } from './bookings.fixtures';

/**
 * Statistics come from the real routes: questions asked, claimed, answered and closed through
 * the Q&A app, postings and intentions through the jobs app, then read over HTTP, by region.
 */

const START = '2026-05-11T02:00:00.000Z'; // Monday 10:00 Beijing
const MIN = 60_000;
const time = pinnedClock(START);
let store: TestStore;
let qa: ReturnType<typeof lambda>;
let jobs: ReturnType<typeof lambda>;
let admin: ReturnType<typeof lambda>;
const token: Record<string, string> = {};

beforeAll(async () => {
  store = await startTestStore({ clock: time.clock });
  qa = lambda(buildQaApp(store.deps));
  jobs = lambda(buildJobsApp(store.deps));
  admin = lambda(buildAdminApp(store.deps));
  await seedAccounts(store.deps);
  await loadFixtureArticles(store.deps);
  for (const h of ['staff', 'staff-nanchang', 'staff-donghu', 'volunteer', 'resident']) token[h] = (await signIn(store.deps, h)).token;
});
afterAll(() => store.close());

const stats = async (handle: string, query = 'from=2026-05-11&to=2026-05-17') => {
  const res = await admin('GET', `/api/admin/stats?${query}`, { token: token[handle] });
  expect(res.status).toBe(200);
  return statsResponse.parse(res.body);
};

/** One question through its whole life, answered `minutes` after it was asked. */
async function askClaimAnswerClose(asker: Person, city: string, minutes: number) {
  const asked = await qa('POST', '/api/qa/questions', { token: asker.token, body: validQuestion({ city }) });
  expect(asked.status).toBe(201);
  const id = asked.body.question.id;
  expect((await qa('POST', `/api/qa/questions/${id}/claim`, { token: token.volunteer })).status).toBe(200);
  time.advance(minutes * MIN);
  const reply = await qa('POST', `/api/qa/questions/${id}/messages`, { token: token.volunteer, body: { body: '您好，可以这样做。' } });
  expect(reply.status).toBe(201);
  await qa('POST', `/api/qa/questions/${id}/messages`, { token: token.volunteer, body: { body: '补充一点。' } });
  expect((await qa('POST', `/api/qa/questions/${id}/close`, { token: asker.token })).status).toBe(200);
}

describe('statistics after real flows', () => {
  beforeAll(async () => {
    const asker = await makePerson(store.deps, 'resident', { consent: true });
    await askClaimAnswerClose(asker, 'nanchang', 20);
    await askClaimAnswerClose(asker, 'nanchang', 50);
    await askClaimAnswerClose(asker, 'ganzhou', 400);
    // An unanswered one: asked, never claimed.
    await qa('POST', '/api/qa/questions', { token: asker.token, body: validQuestion({ city: 'nanchang' }) });

    const job = await jobs('POST', '/api/admin/jobs', {
      token: token['staff-nanchang'],
      body: {
        title: '育婴师',
        employer: { name: '东湖母婴之家', verified: true, womenLed: true },
        city: 'nanchang',
        district: '东湖区',
        address: '东湖区 3 号',
        category: 'maternity-care',
        salary: { min: 5000, max: 8000, unit: 'month' },
        headcount: 2,
        duties: '照顾婴儿。',
        requirements: '有证书。',
        expiresAt: '2026-07-01T00:00:00.000Z',
      },
    });
    const intention = await jobs('POST', `/api/jobs/${job.body.id}/intentions`, {
      token: token.resident,
      body: { name: '林小芳', phone: '13800000001' },
    });
    for (const status of ['contacted', 'interviewing', 'hired']) {
      await jobs('PATCH', `/api/admin/intentions/${intention.body.id}`, { token: token['staff-nanchang'], body: { status } });
    }
    await jobs('POST', '/api/admin/fairs', {
      token: token.staff,
      body: {
        title: '线上春风行动',
        organiser: '江西省妇联',
        startAt: '2026-05-13T01:00:00.000Z',
        endAt: '2026-05-13T09:00:00.000Z',
        mode: 'online',
        city: 'ganzhou',
        description: '线上招聘。',
        womenSpecial: true,
      },
    });
  });

  it('counts bookings made, completed by outcome, no-shows and volunteers, in the volunteer’s city', async () => {
    const w = world(store, START);
    const lawyer = await w.volunteer('lawyer-nc', { city: 'nanchang', district: '东湖区' });
    const her = await w.resident('booker');
    const first = await w.book(her, await w.slot(lawyer, '2026-05-11T05:00:00.000Z'));
    const second = await w.book(her, await w.slot(lawyer, '2026-05-11T07:00:00.000Z'));
    w.time.set('2026-05-11T09:00:00.000Z');
    expect((await w.call('POST', `/api/bookings/${first}/complete`, { token: lawyer.token, body: { outcome: 'legal-aid', minutes: 45 } })).status).toBe(200);
    expect((await w.call('POST', `/api/bookings/${second}/no-show`, { token: lawyer.token })).status).toBe(200);

    const nanchang = await stats('staff-nanchang');
    const ganzhou = await stats('staff', 'from=2026-05-11&to=2026-05-17&region=ganzhou');

    expect(nanchang.totals).toMatchObject({
      bookingsMade: 2,
      bookingsCompleted: 1,
      'outcome_legal-aid': 1,
      bookingsNoShow: 1,
      consultMinutes: 45,
      volunteersApplied: 1,
      volunteersApproved: 1,
    });
    expect(ganzhou.totals.bookingsMade).toBe(0);
  });

  it('counts questions asked, claimed, answered and closed for the province, with minutes to the first answer', async () => {
    const s = await stats('staff');

    expect(s.totals).toMatchObject({ questionsAsked: 4, questionsClaimed: 3, questionsAnswered: 3, questionsClosed: 3 });
    // Buckets: 20 → ≤30, 50 → ≤60, 400 → ≤480; the median answer is in ≤60, the 90th percentile in ≤480.
    expect(s.firstAnswerMinutes).toEqual({ answered: 3, median: 60, p90: 480 });
    expect(s.totals).not.toHaveProperty('firstAnswer_le30');
  });

  it('counts the jobs follow-up: postings, intentions registered and hired, fairs by mode', async () => {
    const s = await stats('staff');
    expect(s.totals).toMatchObject({
      postingsPublished: 1,
      intentionsRegistered: 1,
      intentionsContacted: 1,
      intentionsInterviewing: 1,
      intentionsHired: 1,
      fairsHeld: 1,
      fairsHeld_online: 1,
    });
    expect(s.weeks).toEqual([expect.objectContaining({ week: '2026-05-11' })]);
    expect(s.byCity?.find((c) => c.city === 'ganzhou')?.totals).toMatchObject({ questionsAsked: 1, fairsHeld: 1 });
  });

  it('gives 南昌 staff 南昌 figures only', async () => {
    const s = await stats('staff-nanchang');
    expect(s.region).toEqual({ id: 'nanchang', name: '南昌' });
    expect(s.totals).toMatchObject({ questionsAsked: 3, questionsAnswered: 2, intentionsHired: 1, fairsHeld: 0 });
    expect(s.firstAnswerMinutes).toEqual({ answered: 2, median: 30, p90: 60 });
    expect(s.byCity).toEqual([]);
  });

  it('gives 东湖区 staff the postings and intentions of 东湖区 (questions carry a city only)', async () => {
    const s = await stats('staff-donghu');
    expect(s.region).toEqual({ id: 'nanchang-donghu', name: '东湖区妇联' });
    expect(s.totals).toMatchObject({ postingsPublished: 1, intentionsHired: 1, questionsAsked: 0 });
  });

  it('lets province staff narrow to a city, and refuses 南昌 staff another city or the province', async () => {
    expect((await stats('staff', 'from=2026-05-11&to=2026-05-17&region=ganzhou')).totals.questionsAsked).toBe(1);
    for (const region of ['ganzhou', 'jiangxi']) {
      const res = await admin('GET', `/api/admin/stats?from=2026-05-11&to=2026-05-17&region=${region}`, { token: token['staff-nanchang'] });
      expect(res.status).toBe(403);
    }
    const unknown = await admin('GET', '/api/admin/stats?from=2026-05-11&to=2026-05-17&region=shanghai', { token: token.staff });
    expect(unknown.status).toBe(400);
  });

  it('exports the same figures as a sheet', async () => {
    const res = await admin('GET', '/api/admin/stats.xlsx?from=2026-05-11&to=2026-05-17', { token: token['staff-nanchang'] });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as unknown as ArrayBuffer);
    const rows: Record<string, unknown> = {};
    wb.getWorksheet('汇总')?.eachRow((r) => {
      rows[String(r.getCell(1).value)] = r.getCell(2).value;
    });
    expect(rows['地区']).toBe('南昌');
    expect(rows['收到的提问']).toBe(3);
    expect(rows['达成就业意向（已录用）']).toBe(1);
    expect(rows['提问到首次回复（分钟，中位数，不超过）']).toBe(30);
  });

  it('answers 403 to a volunteer asking for the sheet', async () => {
    const res = await admin('GET', '/api/admin/stats.xlsx?from=2026-05-11&to=2026-05-17', { token: token.volunteer });
    expect(res.status).toBe(403);
  });
});
