import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleDir } from '../../functions/qa/seed';
import { buildIndex } from '../../functions/qa/search';
import { isTopicId, type TopicId } from '../../shared/topics';

/**
 * Retrieval quality of the knowledge-base search: every query of tests/fixtures/qa-eval.tsv
 * (query<TAB>expected_topic) goes through the same index the API uses; a query is a hit when
 * one of the first three results has the expected topic. MRR uses the first such rank.
 */
const EVAL_FILE = join(__dirname, '..', 'fixtures', 'qa-eval.tsv');
const HIT_AT_3_MIN = 0.95;
const MRR_MIN = 0.9;

function readEval(): { query: string; topic: TopicId }[] {
  return readFileSync(EVAL_FILE, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'))
    .filter(([q, t]) => q && t && q !== 'query')
    .map(([query, topic]) => {
      if (!isTopicId(topic.trim())) throw new Error(`unknown topic in qa-eval.tsv: ${topic}`);
      return { query: query.trim(), topic: topic.trim() as TopicId };
    });
}

const articles = readArticleDir();
const ready = existsSync(EVAL_FILE) && articles.length > 0;

(ready ? describe : describe.skip)('knowledge-base search quality', () => {
  it(`finds the expected topic in the top 3 for at least ${HIT_AT_3_MIN * 100}% of queries, MRR at least ${MRR_MIN}`, () => {
    const index = buildIndex(articles);
    const cases = readEval();
    let hits = 0;
    let rr = 0;
    const misses: string[] = [];
    for (const c of cases) {
      const ranked = index.search(c.query).map((h) => h.topic);
      const rank = ranked.indexOf(c.topic) + 1;
      if (rank > 0) rr += 1 / rank;
      if (rank > 0 && rank <= 3) hits++;
      else misses.push(`${c.query} → want ${c.topic}, got ${ranked.slice(0, 3).join(', ') || '(nothing)'}`);
    }
    const hitAt3 = hits / cases.length;
    const mrr = rr / cases.length;
    console.log(
      `qa-eval: ${cases.length} queries over ${articles.length} articles — hit@3 ${hitAt3.toFixed(3)}, MRR ${mrr.toFixed(3)}` +
        (misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : ''),
    );
    expect(cases.length).toBeGreaterThan(0);
    expect(hitAt3).toBeGreaterThanOrEqual(HIT_AT_3_MIN);
    expect(mrr).toBeGreaterThanOrEqual(MRR_MIN);
  });
});
