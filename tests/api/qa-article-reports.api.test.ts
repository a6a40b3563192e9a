import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { lambda } from '../helpers/http';
import { pinnedClock, startTestStore, type TestStore } from '../helpers/dynamo';
import { buildQaApp } from '../../functions/qa/app';
import { putArticle } from '../../functions/qa/articles.store';
import { ARTICLE_REPORTS_PK } from '../../functions/platform/keys';
import { ARTICLE_REPORTS_PER_DAY, article as articleSchema, articleReportPage, articleReportReceipt } from '../../shared/qa';
import { makePerson, type Person } from './qa.fixtures';

/** Words explained on tap, the review trail, and 反馈有误 reports that staff read. */
const time = pinnedClock('2026-11-29T02:00:00.000Z');
let store: TestStore;
let call: ReturnType<typeof lambda>;
let resident: Person;
let staff: Person;

const ARTICLE = {
  id: 'gl-warning-letter',
  topic: 'dv-warning-letter' as const,
  title: '警察不给开告诫书怎么办？',
  summary: '可以直接申请人身安全保护令。',
  body: '如果你现在有危险，先打110。对驳回的裁定不服，可以申请复议。对政府的决定不服，可以申请行政复议。',
  basis: [{ law: '反家庭暴力法', article: '第十六条' }],
  keywords: ['告诫书'],
  updatedAt: '2026-11-29T00:00:00.000Z',
  reviewedBy: '志愿律师',
  reviewedAt: '2026-11-20T00:00:00.000Z',
};

beforeAll(async () => {
  store = await startTestStore({ clock: time.clock });
  call = lambda(buildQaApp(store.deps));
  await putArticle(store.deps, ARTICLE);
  resident = await makePerson(store.deps, 'resident');
  staff = await makePerson(store.deps, 'staff');
});
afterAll(() => store.close());

const report = (who: Person | undefined, body: unknown, id = ARTICLE.id) =>
  call('POST', `/api/qa/articles/${id}/report`, { token: who?.token, body });

describe('GET /api/qa/articles/:id — glossary and review trail', () => {
  it('returns the glossary words the article uses, longest first at each place, with their explanations', async () => {
    const res = await call('GET', `/api/qa/articles/${ARTICLE.id}`);
    expect(res.status).toBe(200);
    const a = articleSchema.parse(res.body);
    expect(a.terms.map((t) => t.term)).toEqual(['告诫书', '人身安全保护令', '裁定', '复议', '行政复议']);
    expect(a.terms.every((t) => t.explanation.length > 0)).toBe(true);
  });

  it('carries who reviewed the article and when', async () => {
    const res = await call('GET', `/api/qa/articles/${ARTICLE.id}`);
    expect(res.body).toEqual(expect.objectContaining({ reviewedBy: '志愿律师', reviewedAt: '2026-11-20T00:00:00.000Z' }));
  });
});

describe('POST /api/qa/articles/:id/report', () => {
  it('records a report with an encrypted note and answers 201 with a receipt', async () => {
    const res = await report(resident, { reason: 'wrong-contact', note: '电话号码好像不对' });
    expect(res.status).toBe(201);
    expect(articleReportReceipt.parse(res.body).articleId).toBe(ARTICLE.id);

    const stored = await store.deps.db.doc.send(
      new QueryCommand({
        TableName: store.deps.db.table,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': ARTICLE_REPORTS_PK },
      }),
    );
    const item = stored.Items?.find((i) => i.id === res.body.id);
    expect(String(item?.noteEnc)).toMatch(/^enc:v1:/);
    expect(JSON.stringify(item)).not.toContain('电话号码好像不对');
    expect(JSON.stringify(item)).not.toContain(resident.id);
  });

  it('answers 401 without a token', async () => {
    expect((await report(undefined, { reason: 'other' })).status).toBe(401);
  });

  it('answers 404 for an article that does not exist', async () => {
    const res = await report(resident, { reason: 'other' }, 'no-such-article');
    expect(res.status).toBe(404);
  });

  it.each([
    ['an unknown reason', { reason: 'boring' }],
    ['an unknown field', { reason: 'other', contact: '13800000000' }],
    ['a note that is too long', { reason: 'other', note: '字'.repeat(301) }],
    ['no reason', { note: '不对' }],
  ])('answers 400 to %s', async (_label, body) => {
    const res = await report(resident, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

});

describe('GET /api/admin/article-reports', () => {
  it('shows staff the reports newest first, with the note readable and no sender', async () => {
    const res = await call('GET', '/api/admin/article-reports?limit=50', { token: staff.token });
    expect(res.status).toBe(200);
    const page = articleReportPage.parse(res.body);
    const times = page.items.map((i) => i.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(page.items.find((i) => i.reason === 'wrong-contact')).toEqual(
      expect.objectContaining({ articleTitle: ARTICLE.title, topic: 'dv-warning-letter', note: '电话号码好像不对' }),
    );
    expect(JSON.stringify(res.body)).not.toContain(resident.id);
  });

  it('pages with a cursor', async () => {
    await report(resident, { reason: 'outdated' });
    await report(resident, { reason: 'wrong-law' });
    const first = await call('GET', '/api/admin/article-reports?limit=2', { token: staff.token });
    expect(first.body.items).toHaveLength(2);
    const second = await call('GET', `/api/admin/article-reports?limit=2&cursor=${first.body.nextCursor}`, { token: staff.token });
    expect(second.status).toBe(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('answers 403 to a resident', async () => {
    expect((await call('GET', '/api/admin/article-reports', { token: resident.token })).status).toBe(403);
  });
});

describe('the daily allowance of reports', () => {
  it(`lets one person send at most ${ARTICLE_REPORTS_PER_DAY} reports a day, even all at once`, async () => {
    const sender = await makePerson(store.deps, 'resident');
    const results = await Promise.all(
      Array.from({ length: ARTICLE_REPORTS_PER_DAY + 3 }, () => report(sender, { reason: 'unclear' })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(ARTICLE_REPORTS_PER_DAY);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);

    time.advance(24 * 3600 * 1000);
    // A fresh sign-in the next day (tokens do not outlive a day).
    const nextDay = await makePerson(store.deps, 'resident', { id: sender.id });
    expect((await report(nextDay, { reason: 'unclear' })).status).toBe(201);
  });
});
