import { lambda } from '../helpers/http';
import { startTestStore, type TestStore } from '../helpers/dynamo';
import { buildQaApp } from '../../functions/qa/app';
import { putArticle } from '../../functions/qa/articles.store';
import { readArticleDir, seedQa } from '../../functions/qa/seed';
import { articlePage, article as articleSchema, topicsResponse } from '../../shared/qa';
import { TOPICS } from '../../shared/topics';
import { FIXTURE_ARTICLES, loadFixtureArticles } from './qa.fixtures';

let store: TestStore;
let call: ReturnType<typeof lambda>;

beforeAll(async () => {
  store = await startTestStore();
  call = lambda(buildQaApp(store.deps));
  await loadFixtureArticles(store.deps);
});
afterAll(() => store.close());

describe('GET /api/qa/topics', () => {
  it('lists every topic with its Chinese title and article count', async () => {
    const res = await call('GET', '/api/qa/topics');
    expect(res.status).toBe(200);
    const body = topicsResponse.parse(res.body);
    expect(body.items.map((t) => t.id)).toEqual(TOPICS.map((t) => t.id));
    const byId = new Map(body.items.map((t) => [t.id, t]));
    expect(byId.get('dv-protection-order')).toEqual(
      expect.objectContaining({ title: '人身安全保护令', articleCount: 1 }),
    );
    expect(byId.get('inheritance')?.articleCount).toBe(0);
  });

  it('counts an article once however often it is saved', async () => {
    const [first] = FIXTURE_ARTICLES;
    await putArticle(store.deps, { ...first, title: first.title + '（修订）' });
    const res = await call('GET', '/api/qa/topics');
    const count = res.body.items.find((t: { id: string }) => t.id === first.topic).articleCount;
    expect(count).toBe(1);
  });
});

describe('GET /api/qa/articles', () => {
  it('ranks the matching article first for an everyday question', async () => {
    const res = await call('GET', `/api/qa/articles?q=${encodeURIComponent('老公打我，想让他别靠近我')}`);
    expect(res.status).toBe(200);
    const page = articlePage.parse(res.body);
    expect(page.items[0]).toEqual(
      expect.objectContaining({ id: 'fx-protection-order', topic: 'dv-protection-order' }),
    );
    expect(Object.keys(page.items[0]).sort()).toEqual(['id', 'summary', 'title', 'topic']);
  });

  it('pages through search results with a cursor', async () => {
    const q = encodeURIComponent('离婚 孩子 工资 家暴 住');
    const first = await call('GET', `/api/qa/articles?q=${q}&limit=1`);
    expect(first.body.items).toHaveLength(1);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call('GET', `/api/qa/articles?q=${q}&limit=1&cursor=${first.body.nextCursor}`);
    expect(second.status).toBe(200);
    expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
  });

  it('filters a search to one topic', async () => {
    const res = await call('GET', `/api/qa/articles?q=${encodeURIComponent('孩子')}&topic=child-support`);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((i: { topic: string }) => i.topic === 'child-support')).toBe(true);
  });

  it('lists one topic without a query', async () => {
    const res = await call('GET', '/api/qa/articles?topic=wage-arrears');
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual(['fx-wage-arrears']);
  });

  it('lists all articles in topic order, page by page', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; nextCursor: string | null } } = await call(
        'GET',
        `/api/qa/articles?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.items.map((i) => i.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['fx-protection-order', 'fx-shelter', 'fx-child-support', 'fx-wage-arrears']);
  });

  it('treats an empty topic parameter as no filter', async () => {
    const res = await call('GET', '/api/qa/articles?topic=&q=');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBe(4);
  });

  it('finds an edited article by its new words without a restart', async () => {
    const shelter = FIXTURE_ARTICLES.find((a) => a.id === 'fx-shelter');
    if (!shelter) throw new Error('fixture missing');
    await putArticle(store.deps, { ...shelter, keywords: [...shelter.keywords, '蓝天妇女之家'] });
    const res = await call('GET', `/api/qa/articles?q=${encodeURIComponent('蓝天妇女之家')}`);
    expect(res.body.items[0]?.id).toBe('fx-shelter');
  });

  it.each([
    ['an unknown topic', '/api/qa/articles?topic=astrology'],
    ['a limit over 50', '/api/qa/articles?limit=51'],
    ['a forged cursor', '/api/qa/articles?q=x&cursor=abc.def'],
    ['an unknown parameter', '/api/qa/articles?sort=new'],
    ['a repeated parameter', '/api/qa/articles?topic=custody&topic=visitation'],
  ])('answers 400 to %s', async (_label, url) => {
    const res = await call('GET', url);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
  });

  it('answers 400 when a listing cursor is used for a search', async () => {
    const listing = await call('GET', '/api/qa/articles?limit=1');
    const res = await call('GET', `/api/qa/articles?q=${encodeURIComponent('孩子')}&cursor=${listing.body.nextCursor}`);
    expect(res.status).toBe(400);
  });
});

describe('GET /api/qa/articles/:id', () => {
  it('returns the article with its legal basis', async () => {
    const res = await call('GET', '/api/qa/articles/fx-child-support');
    expect(res.status).toBe(200);
    const a = articleSchema.parse(res.body);
    expect(a.basis[0]).toEqual({ law: '中华人民共和国民法典', article: '第一千零八十五条' });
    expect(res.body).not.toHaveProperty('keywords');
    expect(res.body).not.toHaveProperty('PK');
  });

  it('stores a plain updatedAt date as an instant', async () => {
    const res = await call('GET', '/api/qa/articles/fx-shelter');
    expect(res.body.updatedAt).toBe('2026-11-01T00:00:00.000Z');
  });

  it('answers 404 to an unknown or malformed id', async () => {
    expect((await call('GET', '/api/qa/articles/nope')).status).toBe(404);
    expect((await call('GET', '/api/qa/articles/%E5%AE%B6')).status).toBe(404);
  });
});

describe('seedQa', () => {
  it('loads every article of content/articles and counts them per topic', async () => {
    const fresh = await startTestStore();
    try {
      await seedQa(fresh.deps);
      const expected = readArticleDir();
      const res = await lambda(buildQaApp(fresh.deps))('GET', '/api/qa/topics');
      const total = res.body.items.reduce((n: number, t: { articleCount: number }) => n + t.articleCount, 0);
      expect(total).toBe(expected.length);
      // DESIGN: every topic id has at least one article.
      expect(res.body.items.filter((t: { articleCount: number }) => t.articleCount === 0)).toEqual([]);
      await seedQa(fresh.deps);
      const again = await lambda(buildQaApp(fresh.deps))('GET', '/api/qa/topics');
      expect(again.body).toEqual(res.body);
    } finally {
      await fresh.close();
    }
  }, 60_000);
});
