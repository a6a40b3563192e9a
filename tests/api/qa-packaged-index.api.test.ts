import { lambda } from '../helpers/http';
import { startTestStore, type TestStore } from '../helpers/dynamo';
import { buildQaApp } from '../../functions/qa/app';
import { putArticle } from '../../functions/qa/articles.store';
import { contentHash, packageKb, setPackagedKb, type PackagedKb } from '../../functions/qa/kb-package';
import { articlePage } from '../../shared/qa';
import { FIXTURE_ARTICLES, loadFixtureArticles } from './qa.fixtures';

/**
 * qa loads the search index built when packaging only while the store holds exactly the
 * articles it was built from. To see which index answered, the packaged one here carries a
 * marked title for the protection-order article; the store keeps the real one.
 */
const QUERY = `/api/qa/articles?q=${encodeURIComponent('老公打我，想让他别靠近我')}`;
const MARK = '（打包索引）';

function markedPackage(hash: string): PackagedKb {
  const marked = FIXTURE_ARTICLES.map((a) => (a.id === 'fx-protection-order' ? { ...a, title: a.title + MARK } : a));
  return { ...packageKb(marked), hash };
}

async function firstTitle(call: ReturnType<typeof lambda>): Promise<string> {
  const res = await call('GET', QUERY);
  expect(res.status).toBe(200);
  const page = articlePage.parse(res.body);
  expect(page.items[0]?.id).toBe('fx-protection-order');
  return page.items[0].title;
}

let store: TestStore;
let call: ReturnType<typeof lambda>;

beforeEach(async () => {
  store = await startTestStore();
  call = lambda(buildQaApp(store.deps));
  await loadFixtureArticles(store.deps);
});
afterEach(async () => {
  setPackagedKb(null);
  await store.close();
});

describe('the packaged search index', () => {
  it('answers a search when its content hash equals the one the store recorded at loading', async () => {
    setPackagedKb(markedPackage(contentHash(FIXTURE_ARTICLES)));
    expect(await firstTitle(call)).toContain(MARK);
  });

  it('is not used when the hashes differ: the index is built from the store', async () => {
    setPackagedKb(markedPackage('0'.repeat(64)));
    expect(await firstTitle(call)).not.toContain(MARK);
  });

  it('is dropped once staff edit an article, since the store no longer matches the package', async () => {
    setPackagedKb(markedPackage(contentHash(FIXTURE_ARTICLES)));
    expect(await firstTitle(call)).toContain(MARK);
    const edited = FIXTURE_ARTICLES.find((a) => a.id === 'fx-protection-order');
    if (!edited) throw new Error('fixture article missing');
    await putArticle(store.deps, { ...edited, title: edited.title + '（修订）' });
    const title = await firstTitle(call);
    expect(title).not.toContain(MARK);
    expect(title).toContain('（修订）');
  });
});
