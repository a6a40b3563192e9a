import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from '../../scripts/package-functions';
import { ms, percentile, round2 } from './stats';

const TARGET_DOCS = 1000;
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 50);

/** Everyday questions a resident might type, with and without legal words. */
const QUERIES = [
  '老公打我怎么办',
  '家暴报警',
  '人身安全保护令怎么申请',
  '离婚财产怎么分',
  '彩礼能要回来吗',
  '孩子抚养费',
  '探望孩子',
  '怀孕被辞退',
  '产假多少天',
  '工资拖欠',
  '劳动仲裁',
  '法律援助条件',
  '房子写的是他的名字',
  '性骚扰',
  '土地承包',
  '遗产继承',
  '同居分手财产',
  '告诫书',
  '离婚冷静期',
  'domestic violence',
];

interface SearchModule {
  buildIndex(docs: unknown[]): { search(q: string): unknown[]; size: number };
}
interface SeedModule {
  readArticleDir(): { id: string; topic: string; title: string; summary: string; body: string; keywords: string[] }[];
}

export interface SearchFigures {
  articles: number;
  buildMs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
}

/** Ranked search over 1,000 articles (the knowledge base replicated), in process. */
export async function benchSearch(): Promise<SearchFigures | null> {
  console.log(`\n## Knowledge-base search over ${TARGET_DOCS} articles (functions/qa/search.ts, in process)`);
  if (!existsSync(join(ROOT, 'functions/qa/search.ts')) || !existsSync(join(ROOT, 'functions/qa/seed.ts'))) {
    console.log('   qa search not available');
    return null;
  }
  const search = (await import('../../functions/qa/search')) as unknown as SearchModule;
  const seed = (await import('../../functions/qa/seed')) as unknown as SeedModule;
  if (typeof search.buildIndex !== 'function' || typeof seed.readArticleDir !== 'function') {
    console.log('   qa search not available (buildIndex / readArticleDir not exported)');
    return null;
  }
  const base = seed.readArticleDir();
  if (base.length === 0) {
    console.log('   no articles under content/articles');
    return null;
  }
  const docs = Array.from({ length: TARGET_DOCS }, (_, i) => {
    const a = base[i % base.length];
    return { ...a, id: `${a.id}-${Math.floor(i / base.length)}` };
  });
  const t0 = performance.now();
  const index = search.buildIndex(docs);
  const buildMs = performance.now() - t0;
  for (const q of QUERIES) index.search(q); // warm up
  const times: number[] = [];
  let hits = 0;
  for (let r = 0; r < ROUNDS; r++) {
    for (const q of QUERIES) {
      const s = performance.now();
      hits += index.search(q).length;
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`   index of ${index.size} articles (from ${base.length} distinct) built in ${ms(buildMs)}`);
  console.log(
    `   ${times.length} searches: p50 ${ms(percentile(times, 50))} · p90 ${ms(percentile(times, 90))} · p99 ${ms(percentile(times, 99))} · ` +
      `${(1000 / (times.reduce((a, b) => a + b, 0) / times.length)).toFixed(0)} searches/s · ${(hits / times.length).toFixed(0)} hits per search`,
  );
  return {
    articles: index.size,
    buildMs: round2(buildMs),
    p50Ms: round2(percentile(times, 50)),
    p90Ms: round2(percentile(times, 90)),
    p99Ms: round2(percentile(times, 99)),
  };
}

if (require.main === module) {
  benchSearch().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
