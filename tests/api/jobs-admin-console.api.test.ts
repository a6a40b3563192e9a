import ExcelJS from 'exceljs';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { lambda, signIn } from '../helpers/http';
import { pinnedClock, startTestStore, type TestStore } from '../helpers/dynamo';
import { buildJobsApp } from '../../functions/jobs/app';
import { buildAuthApp } from '../../functions/auth/app';
import { buildAdminApp } from '../../functions/admin/app';
import { seedAccounts } from '../../functions/local/seed';
import { IMPORT_COLUMNS, XLSX_CONTENT_TYPE, adminIntention, jobFair, jobPosting } from '../../shared/jobs';
import { aJob, daysFrom, givenJobs } from './jobs.fixtures';

/**
 * The federation's console over HTTP: every staff route acts within the caller's unit
 * (province sees all, 南昌市妇联 its city), fairs, the intention follow-up and its export,
 * and the Excel import.
 */

const NOW = '2026-03-02T02:00:00.000Z';
const time = pinnedClock(NOW);
let store: TestStore;
let jobs: ReturnType<typeof lambda>;
let auth: ReturnType<typeof lambda>;
let admin: ReturnType<typeof lambda>;
const token: Record<string, string> = {};

beforeAll(async () => {
  store = await startTestStore({ clock: time.clock });
  jobs = lambda(buildJobsApp(store.deps));
  auth = lambda(buildAuthApp(store.deps));
  admin = lambda(buildAdminApp(store.deps));
  await seedAccounts(store.deps);
  for (const h of ['resident', 'resident2', 'staff', 'staff-nanchang', 'staff-donghu', 'volunteer']) {
    token[h] = (await signIn(store.deps, h)).token;
  }
});
afterAll(() => store.close());
beforeEach(() => time.set(NOW));

const aPosting = (over: Record<string, unknown> = {}) => ({
  title: '家政服务员',
  employer: { name: '南昌巾帼家政', verified: true, womenLed: true },
  city: 'nanchang',
  district: '东湖区',
  address: '东湖区八一大道 1 号',
  category: 'housekeeping',
  salary: { min: 4000, max: 6000, unit: 'month' },
  headcount: 3,
  duties: '上门做家务。',
  requirements: '细心。',
  expiresAt: daysFrom(NOW, 30),
  ...over,
});

const aFairBody = (over: Record<string, unknown> = {}) => ({
  title: '春风行动女性专场招聘会',
  organiser: '南昌市妇联',
  startAt: daysFrom(NOW, 5),
  endAt: daysFrom(NOW, 6),
  mode: 'offline',
  venue: '南昌市民中心',
  city: 'nanchang',
  description: '现场招聘。',
  womenSpecial: true,
  ...over,
});

async function publishAs(handle: string, over: Record<string, unknown> = {}) {
  const res = await jobs('POST', '/api/admin/jobs', { token: token[handle], body: aPosting(over) });
  expect(res.status).toBe(201);
  return jobPosting.parse(res.body);
}

async function registerIntention(handle: string, jobId: string) {
  const res = await jobs('POST', `/api/jobs/${jobId}/intentions`, {
    token: token[handle],
    body: { name: handle === 'resident' ? '林小芳' : '周小梅', phone: handle === 'resident' ? '13800000001' : '13900000002' },
  });
  expect(res.status).toBe(201);
  return res.body.id as string;
}

async function sheet(rows: (string | number | Date)[][], header: readonly string[] = IMPORT_COLUMNS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('岗位');
  ws.addRow([...header]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const importSheet = (handle: string, body: Buffer, type = XLSX_CONTENT_TYPE) =>
  jobs('POST', '/api/admin/jobs/import', { token: token[handle], rawBody: body, headers: { 'content-type': type } });

async function readSheet(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

// --- region scoping -------------------------------------------------------------------

describe('region scoping of every staff route', () => {
  let ganzhouJob: string;
  let ganzhouIntention: string;
  let ganzhouFair: string;

  beforeAll(async () => {
    ganzhouJob = (await publishAs('staff', { city: 'ganzhou', district: '章贡区', address: '章贡区 1 号' })).id;
    ganzhouIntention = await registerIntention('resident', ganzhouJob);
    const fair = await jobs('POST', '/api/admin/fairs', { token: token.staff, body: aFairBody({ city: 'ganzhou', organiser: '赣州市妇联' }) });
    ganzhouFair = fair.body.id;
  });

  type Case = [string, () => [string, string, Record<string, unknown>?]];
  const routes: Case[] = [
    ['PATCH /api/admin/jobs/:id', () => ['PATCH', `/api/admin/jobs/${ganzhouJob}`, { version: 1, headcount: 4 }]],
    ['POST /api/admin/jobs/:id/close', () => ['POST', `/api/admin/jobs/${ganzhouJob}/close`, {}]],
    ['POST /api/admin/jobs/:id/reopen', () => ['POST', `/api/admin/jobs/${ganzhouJob}/reopen`, {}]],
    ['GET /api/admin/jobs/:id/intentions', () => ['GET', `/api/admin/jobs/${ganzhouJob}/intentions`]],
    ['GET /api/admin/jobs/:id/intentions.xlsx', () => ['GET', `/api/admin/jobs/${ganzhouJob}/intentions.xlsx`]],
    ['PATCH /api/admin/intentions/:id', () => ['PATCH', `/api/admin/intentions/${ganzhouIntention}`, { status: 'pending', note: '备注' }]],
    ['POST /api/admin/jobs (in 赣州)', () => ['POST', '/api/admin/jobs', aPosting({ city: 'ganzhou', district: '章贡区' })]],
    ['POST /api/admin/fairs (in 赣州)', () => ['POST', '/api/admin/fairs', aFairBody({ city: 'ganzhou' })]],
    ['PATCH /api/admin/fairs/:id', () => ['PATCH', `/api/admin/fairs/${ganzhouFair}`, { version: 1, title: '改名' }]],
    ['POST /api/admin/fairs/:id/cancel', () => ['POST', `/api/admin/fairs/${ganzhouFair}/cancel`, {}]],
    ['GET /api/admin/stats?region=ganzhou', () => ['GET', '/api/admin/stats?from=2026-03-01&to=2026-03-02&region=ganzhou']],
  ];
  // Reading what is not hers is not found; changing something outside her region is forbidden.
  const expectedForOtherCity: Record<string, number> = {
    'PATCH /api/admin/jobs/:id': 403,
    'POST /api/admin/jobs/:id/close': 403,
    'POST /api/admin/jobs/:id/reopen': 403,
    'GET /api/admin/jobs/:id/intentions': 404,
    'GET /api/admin/jobs/:id/intentions.xlsx': 404,
    'PATCH /api/admin/intentions/:id': 404,
    'POST /api/admin/jobs (in 赣州)': 403,
    'POST /api/admin/fairs (in 赣州)': 403,
    'PATCH /api/admin/fairs/:id': 403,
    'POST /api/admin/fairs/:id/cancel': 403,
    'GET /api/admin/stats?region=ganzhou': 403,
  };

  const send = (handle: string, [method, path, body]: [string, string, Record<string, unknown>?]) => {
    const app = path.startsWith('/api/admin/stats') ? admin : jobs;
    return app(method, path, { token: token[handle], body });
  };

  it.each(routes)('%s: 南昌市妇联 staff are refused on a 赣州 item, and nothing changes', async (name, route) => {
    const res = await send('staff-nanchang', route());
    expect(res.status).toBe(expectedForOtherCity[name]);
    const after = await jobs('GET', `/api/jobs/${ganzhouJob}`);
    expect(after.body).toMatchObject({ status: 'open', version: 1, headcount: 3 });
  });

  it.each(routes)('%s: 东湖区妇联 staff are refused on a 赣州 item too', async (name, route) => {
    const res = await send('staff-donghu', route());
    expect(res.status).toBe(expectedForOtherCity[name]);
  });

  it.each(routes.filter(([n]) => !n.includes('cancel') && !n.includes('close') && !n.includes('reopen')))(
    '%s: province staff may act on it',
    async (_name, route) => {
      const [method, path, body] = route();
      const fresh =
        method === 'PATCH' && path.includes('/jobs/')
          ? { ...body, version: (await jobs('GET', `/api/jobs/${ganzhouJob}`)).body.version }
          : method === 'PATCH' && path.includes('/fairs/')
            ? { ...body, version: (await jobs('GET', `/api/fairs/${ganzhouFair}`)).body.version }
            : body;
      const res = await send('staff', [method, path, fresh]);
      expect(res.status).toBeLessThan(300);
    },
  );

  it('province staff close, reopen and cancel 赣州 items', async () => {
    expect((await jobs('POST', `/api/admin/jobs/${ganzhouJob}/close`, { token: token.staff })).body.status).toBe('closed');
    expect((await jobs('POST', `/api/admin/jobs/${ganzhouJob}/reopen`, { token: token.staff })).body.status).toBe('open');
    expect((await jobs('POST', `/api/admin/fairs/${ganzhouFair}/cancel`, { token: token.staff })).body.status).toBe('cancelled');
  });

  it('lists to 南昌 staff only 南昌 postings, and to 东湖区 staff only 东湖区 ones', async () => {
    const donghu = await publishAs('staff-nanchang', { district: '东湖区' });
    const qingshanhu = await publishAs('staff-nanchang', { district: '青山湖区', address: '青山湖区 2 号' });
    const ids = async (handle: string) =>
      ((await jobs('GET', '/api/admin/jobs?limit=50', { token: token[handle] })).body.items as { id: string }[]).map((i) => i.id);

    const nanchang = await ids('staff-nanchang');
    const district = await ids('staff-donghu');
    const province = await ids('staff');

    expect(nanchang).toEqual(expect.arrayContaining([donghu.id, qingshanhu.id]));
    expect(nanchang).not.toContain(ganzhouJob);
    expect(district).toContain(donghu.id);
    expect(district).not.toContain(qingshanhu.id);
    expect(province).toEqual(expect.arrayContaining([donghu.id, qingshanhu.id, ganzhouJob]));
  });

  it('answers 403 to residents and volunteers on staff routes', async () => {
    for (const h of ['resident', 'volunteer']) {
      expect((await jobs('GET', '/api/admin/jobs', { token: token[h] })).status).toBe(403);
      expect((await jobs('POST', '/api/admin/fairs', { token: token[h], body: aFairBody() })).status).toBe(403);
      expect((await jobs('GET', '/api/admin/jobs/import-template', { token: token[h] })).status).toBe(403);
    }
  });
});

// --- postings: edit conflicts, close and reopen ----------------------------------------

describe('editing, closing and reopening a posting', () => {
  it('lets exactly one of two edits based on the same version through; the other is VERSION_CONFLICT', async () => {
    const job = await publishAs('staff-nanchang');
    const [a, b] = await Promise.all([
      jobs('PATCH', `/api/admin/jobs/${job.id}`, { token: token['staff-nanchang'], body: { version: 1, headcount: 7 } }),
      jobs('PATCH', `/api/admin/jobs/${job.id}`, { token: token.staff, body: { version: 1, headcount: 9 } }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    expect(loser.body.error).toEqual({ code: 'VERSION_CONFLICT', message: '内容已被别人修改，请刷新后再试' });
  });

  it('refuses to move a posting out of her region', async () => {
    const job = await publishAs('staff-nanchang');
    const res = await jobs('PATCH', `/api/admin/jobs/${job.id}`, {
      token: token['staff-nanchang'],
      body: { version: 1, city: 'ganzhou', district: '章贡区' },
    });
    expect(res.status).toBe(403);
  });

  it('reopens a closed posting, which job seekers then find again', async () => {
    const job = await publishAs('staff-nanchang');
    await jobs('POST', `/api/admin/jobs/${job.id}/close`, { token: token['staff-nanchang'] });
    const closedList = await jobs('GET', '/api/admin/jobs?status=closed&limit=50', { token: token['staff-nanchang'] });
    expect(closedList.body.items.map((i: { id: string }) => i.id)).toContain(job.id);

    const res = await jobs('POST', `/api/admin/jobs/${job.id}/reopen`, { token: token['staff-nanchang'] });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'open', version: 3 });
    const publicList = await jobs('GET', '/api/jobs?city=nanchang&limit=50');
    expect(publicList.body.items.map((i: { id: string }) => i.id)).toContain(job.id);
  });

  it('answers 400 in Chinese when reopening a posting whose deadline passed', async () => {
    const job = await publishAs('staff-nanchang', { expiresAt: daysFrom(NOW, 1) });
    await jobs('POST', `/api/admin/jobs/${job.id}/close`, { token: token['staff-nanchang'] });
    time.set(daysFrom(NOW, 2));
    const res = await jobs('POST', `/api/admin/jobs/${job.id}/reopen`, { token: token['staff-nanchang'] });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toEqual({ path: 'expiresAt', message: '截止时间已过，请先修改截止时间' });
  });
});

// --- fairs ------------------------------------------------------------------------------

describe('fairs', () => {
  it('creates a fair that the public list shows, with the fields as GET /api/fairs/:id shows them', async () => {
    const res = await jobs('POST', '/api/admin/fairs', { token: token['staff-nanchang'], body: aFairBody() });
    expect(res.status).toBe(201);
    const fair = jobFair.parse(res.body);
    expect(fair).toMatchObject({ status: 'scheduled', version: 1, city: 'nanchang' });
    const detail = await jobs('GET', `/api/fairs/${fair.id}`);
    expect(detail.body).toMatchObject({ ...aFairBody(), id: fair.id });
  });

  it('answers 400 in Chinese for an offline fair without a venue and for an end before the start', async () => {
    const noVenue = await jobs('POST', '/api/admin/fairs', { token: token.staff, body: aFairBody({ venue: null }) });
    const reversed = await jobs('POST', '/api/admin/fairs', { token: token.staff, body: aFairBody({ endAt: daysFrom(NOW, 4) }) });
    expect(noVenue.body.error.fields).toEqual([{ path: 'venue', message: '线下招聘会请填写地点' }]);
    expect(reversed.body.error.fields).toEqual([{ path: 'endAt', message: '结束时间要晚于开始时间' }]);
  });

  it('edits with the version it saw, and refuses a stale version', async () => {
    const fair = (await jobs('POST', '/api/admin/fairs', { token: token.staff, body: aFairBody() })).body;
    const ok = await jobs('PATCH', `/api/admin/fairs/${fair.id}`, { token: token.staff, body: { version: 1, mode: 'online' } });
    const stale = await jobs('PATCH', `/api/admin/fairs/${fair.id}`, { token: token.staff, body: { version: 1, title: '旧版本' } });
    expect(ok.body).toMatchObject({ mode: 'online', venue: null, version: 2 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('VERSION_CONFLICT');
  });

  it('attaches and detaches a posting through the posting’s fairId', async () => {
    const fair = (await jobs('POST', '/api/admin/fairs', { token: token.staff, body: aFairBody() })).body;
    const job = await publishAs('staff-nanchang');
    await jobs('PATCH', `/api/admin/jobs/${job.id}`, { token: token['staff-nanchang'], body: { version: 1, fairId: fair.id } });
    expect((await jobs('GET', `/api/fairs/${fair.id}`)).body.postings.map((p: { id: string }) => p.id)).toEqual([job.id]);
    await jobs('PATCH', `/api/admin/jobs/${job.id}`, { token: token['staff-nanchang'], body: { version: 2, fairId: null } });
    expect((await jobs('GET', `/api/fairs/${fair.id}`)).body.postings).toEqual([]);
  });

  it('cancelling tells each resident with an intention for its postings once, in fixed words, and drops it from the list', async () => {
    const fair = (await jobs('POST', '/api/admin/fairs', { token: token['staff-nanchang'], body: aFairBody() })).body;
    const one = await publishAs('staff-nanchang', { fairId: fair.id });
    const two = await publishAs('staff-nanchang', { fairId: fair.id, title: '保洁员' });
    await registerIntention('resident2', one.id);
    await registerIntention('resident2', two.id);
    await registerIntention('resident', two.id);
    // A posting that stopped recruiting still belongs to the fair: its applicants are told too.
    await jobs('POST', `/api/admin/jobs/${two.id}/close`, { token: token['staff-nanchang'] });

    const res = await jobs('POST', `/api/admin/fairs/${fair.id}/cancel`, { token: token['staff-nanchang'] });

    expect(res.status).toBe(200);
    expect(res.body.status).toBe('cancelled');
    const inbox = await auth('GET', '/api/me/notifications', { token: token.resident2 });
    const notes = inbox.body.items.filter((n: { kind: string }) => n.kind === 'fair-cancelled');
    expect(notes).toHaveLength(1);
    expect(notes[0].body).not.toContain('家政');
    const hers = await auth('GET', '/api/me/notifications', { token: token.resident });
    expect(hers.body.items.filter((n: { kind: string }) => n.kind === 'fair-cancelled')).toHaveLength(1);
    const listed = await jobs('GET', '/api/fairs?city=nanchang&limit=50');
    expect(listed.body.items.map((f: { id: string }) => f.id)).not.toContain(fair.id);
    expect((await jobs('GET', `/api/fairs/${fair.id}`)).body.status).toBe('cancelled');
    const again = await jobs('PATCH', `/api/admin/fairs/${fair.id}`, { token: token['staff-nanchang'], body: { version: 2, title: 'x' } });
    expect(again.status).toBe(409);
  });
});

// --- intentions: follow-up and export ---------------------------------------------------

describe('following an intention to an outcome', () => {
  it('goes pending → contacted → interviewing → hired; she sees the status but never the note, and is told', async () => {
    const job = await publishAs('staff-nanchang');
    const id = await registerIntention('resident', job.id);
    const step = (status: string, note?: string) =>
      jobs('PATCH', `/api/admin/intentions/${id}`, { token: token['staff-nanchang'], body: { status, note } });

    expect((await step('contacted', '已电话联系，下周面试')).status).toBe(200);
    expect((await step('interviewing')).status).toBe(200);
    const hired = await step('hired');

    expect(adminIntention.parse(hired.body)).toMatchObject({ status: 'hired', note: '已电话联系，下周面试' });
    const mine = await jobs('GET', '/api/me/intentions', { token: token.resident });
    const item = mine.body.items.find((i: { id: string }) => i.id === id);
    expect(item.status).toBe('hired');
    expect(JSON.stringify(mine.body)).not.toContain('下周面试');
    const inbox = await auth('GET', '/api/me/notifications', { token: token.resident });
    const note = inbox.body.items.find((n: { kind: string }) => n.kind === 'intention-updated');
    expect(note).toBeDefined();
    expect(JSON.stringify(note)).not.toContain('面试');
  });

  it('refuses a jump that skips the follow-up, and any step after a final status', async () => {
    const job = await publishAs('staff-nanchang');
    const id = await registerIntention('resident', job.id);
    const jump = await jobs('PATCH', `/api/admin/intentions/${id}`, { token: token.staff, body: { status: 'interviewing' } });
    expect(jump.status).toBe(409);
    expect(jump.body.error.message).toBe('“待联系”之后不能改为“面试中”');
    await jobs('PATCH', `/api/admin/intentions/${id}`, { token: token.staff, body: { status: 'not-suitable' } });
    const back = await jobs('PATCH', `/api/admin/intentions/${id}`, { token: token.staff, body: { status: 'contacted' } });
    expect(back.status).toBe(409);
  });

  it('records one step when two staff members mark the same intention at once', async () => {
    const job = await publishAs('staff-nanchang');
    const id = await registerIntention('resident', job.id);
    const contacted = async () =>
      (await admin('GET', '/api/admin/stats?from=2026-03-02&to=2026-03-02', { token: token.staff })).body.totals.intentionsContacted;
    const before = await contacted();

    const both = await Promise.all(
      ['staff', 'staff-nanchang'].map((h) => jobs('PATCH', `/api/admin/intentions/${id}`, { token: token[h], body: { status: 'contacted' } })),
    );

    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await contacted()).toBe(before + 1);
  });

  it('answers 400 to an unknown status or an unknown field', async () => {
    const job = await publishAs('staff-nanchang');
    const id = await registerIntention('resident', job.id);
    for (const body of [{ status: 'done' }, { status: 'contacted', userId: 'x' }]) {
      const res = await jobs('PATCH', `/api/admin/intentions/${id}`, { token: token.staff, body });
      expect(res.status).toBe(400);
    }
  });

  it('exports the posting’s intentions as a sheet with names and phones, and records who exported it', async () => {
    const job = await publishAs('staff-nanchang');
    await registerIntention('resident', job.id);
    await registerIntention('resident2', job.id);

    const res = await jobs('GET', `/api/admin/jobs/${job.id}/intentions.xlsx`, { token: token['staff-nanchang'] });

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX_CONTENT_TYPE);
    const rows = await readSheet(res.body);
    expect(rows[1]).toEqual(['姓名', '手机号码', '留言', '状态', '跟进备注', '登记时间（北京时间）']);
    expect(rows.slice(2).map((r) => [r[0], r[1], r[3]])).toEqual(
      expect.arrayContaining([
        ['林小芳', '13800000001', '待联系'],
        ['周小梅', '13900000002', '待联系'],
      ]),
    );
    const audit = await store.deps.db.doc.send(
      new QueryCommand({
        TableName: store.deps.db.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': 'AUDIT#EXPORTS' },
      }),
    );
    const entry = audit.Items?.find((i) => i.jobId === job.id);
    expect(entry).toMatchObject({ staffId: 'demo-staff-nanchang', jobId: job.id, at: NOW, rows: 2 });
    expect(JSON.stringify(entry)).not.toContain('13800000001');
  });
});

// --- Excel import ----------------------------------------------------------------------

describe('Excel import', () => {
  const row = (code: string, over: Partial<Record<(typeof IMPORT_COLUMNS)[number], string | number | Date>> = {}) => {
    const base: Record<(typeof IMPORT_COLUMNS)[number], string | number | Date> = {
      岗位编号: code,
      岗位名称: '电商客服',
      单位名称: '南昌巧手电商',
      '妇字号(是/否)': '是',
      城市: '南昌',
      区县: '东湖区',
      工种: '电商客服',
      最低工资: 3500,
      最高工资: 5000,
      '工资单位(月/日/时)': '月',
      招聘人数: 5,
      工作内容: '在线回答顾客问题。',
      任职要求: '会用电脑。',
      '福利(用、分隔)': '在家可做、提供培训',
      截止日期: '2026-04-30',
      招聘会编号: '',
      ...over,
    };
    return IMPORT_COLUMNS.map((c) => base[c]);
  };

  it('gives a template whose header row is exactly the columns', async () => {
    const res = await jobs('GET', '/api/admin/jobs/import-template', { token: token.staff });
    expect(res.status).toBe(200);
    expect((await readSheet(res.body))[0]).toEqual([...IMPORT_COLUMNS]);
  });

  it('saves the valid rows, reports the invalid ones by row and column in Chinese, and updates on a second import', async () => {
    const file = await sheet([
      row('NC-001'),
      row('NC-002', { 岗位名称: '仓库分拣员', 工种: '普工/制造', 截止日期: new Date(Date.UTC(2026, 4, 31)) }),
      row('NC-003', { 城市: '上海' }),
      row('NC-004', { 最低工资: 6000, 最高工资: 4000 }),
      row('NC-005', { 截止日期: '2026-01-01' }),
      row('NC-006', { '福利(用、分隔)': '年终奖' }),
    ]);

    const first = await importSheet('staff-nanchang', file);

    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      created: 2,
      updated: 0,
      errors: [
        { row: 4, column: '城市', message: '没有这个城市：上海' },
        { row: 5, column: '最高工资', message: '最低工资不能高于最高工资' },
        { row: 6, column: '截止日期', message: '截止时间要晚于现在' },
        { row: 7, column: '福利(用、分隔)', message: '没有这个福利标签：年终奖' },
      ],
    });
    const listed = await jobs('GET', '/api/jobs?q=巧手电商&limit=50');
    expect(listed.body.items).toHaveLength(2);
    const detail = listed.body.items.find((i: { title: string }) => i.title === '仓库分拣员');
    expect(detail).toMatchObject({ category: 'manufacturing', expiresAt: '2026-05-31T15:59:59.000Z' });

    const second = await importSheet('staff-nanchang', await sheet([row('NC-001', { 招聘人数: 8 }), row('NC-002')]));

    expect(second.body).toEqual({ created: 0, updated: 2, errors: [] });
    const again = await jobs('GET', '/api/jobs?q=巧手电商&limit=50');
    expect(again.body.items).toHaveLength(2);
  });

  it('reports a row outside her region and a 岗位编号 used twice in one file', async () => {
    const file = await sheet([row('GZ-001', { 城市: '赣州', 区县: '章贡区' }), row('NC-100'), row('NC-100')]);
    const outsideHerRegion = { row: 2, column: '城市', message: '这个地区不在您所在妇联的管辖范围内' };
    const usedTwice = { row: 4, column: '岗位编号', message: '同一个岗位编号在表格里出现了两次' };

    const res = await importSheet('staff-nanchang', file);

    expect(res.body).toEqual({ created: 1, updated: 0, errors: [outsideHerRegion, usedTwice] });
  });

  it('answers 400 to a renamed .txt file, whatever type it claims', async () => {
    const txt = Buffer.from('岗位编号,岗位名称\nA1,保洁员\n', 'utf8');
    for (const type of [XLSX_CONTENT_TYPE, 'text/plain']) {
      const res = await importSheet('staff', txt, type);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('answers 400 to a zip that is not a workbook, and to a sheet with another header', async () => {
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 1)]);
    expect((await importSheet('staff', broken)).status).toBe(400);
    const wrongHeader = await importSheet('staff', await sheet([row('X-1')], ['编号', ...IMPORT_COLUMNS.slice(1)]));
    expect(wrongHeader.status).toBe(400);
    expect(wrongHeader.body.error.message).toBe('表头和模板不一致，请下载模板后填写');
  });

  it('answers 413 to a 3 MB body and saves nothing', async () => {
    const res = await importSheet('staff', Buffer.alloc(3 * 1024 * 1024, 0x41));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('imports a full sheet of 2,000 rows', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => row(`FULL-${i}`, { 单位名称: '南昌满额导入公司' }));
    const res = await importSheet('staff-nanchang', await sheet(rows));
    expect(res.body).toEqual({ created: 2000, updated: 0, errors: [] });
  }, 120_000);

  it('answers 400 to more than 2,000 rows', async () => {
    const rows = Array.from({ length: 2001 }, (_, i) => row(`BIG-${i}`));
    const res = await importSheet('staff', await sheet(rows));
    expect(res.status).toBe(400);
    expect(res.body.error.message).toBe('一次最多导入 2000 行，请分成几个文件');
  });

  it('keeps the 64 KiB limit on every other route', async () => {
    const res = await jobs('POST', '/api/admin/jobs', { token: token.staff, rawBody: 'x'.repeat(70 * 1024) });
    expect(res.status).toBe(413);
  });
});

describe('seeded postings still open for staff', () => {
  it('closes a posting written before closed postings were indexed', async () => {
    const [old] = await givenJobs(store.deps, aJob(NOW));
    const res = await jobs('POST', `/api/admin/jobs/${old.id}/close`, { token: token.staff });
    expect(res.body.status).toBe('closed');
  });
});
