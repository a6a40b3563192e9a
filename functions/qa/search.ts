import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { TOPIC_TITLES, type TopicId } from '../../shared/topics';
import { SYNONYMS, type SynonymGroup } from './synonyms';

/**
 * Chinese search over the knowledge base. Words come from Intl.Segmenter('zh-CN'); every run
 * of Chinese characters also yields character bigrams, so words the segmenter does not know
 * (彩礼 → 彩|礼) and typos still meet the text. Queries are expanded with the synonym table
 * (everyday words → legal terms); expansions and bigrams weigh less than the words typed.
 */

export interface SearchDoc {
  id: string;
  topic: TopicId;
  title: string;
  summary: string;
  body: string;
  keywords: string[];
}

export interface SearchHit {
  id: string;
  topic: TopicId;
  score: number;
}

// Made on first use: building ICU's Chinese word breaker costs 10-20 ms, which a qa cold start
// that searches nothing (topics, an article, the questions) need not pay.
let wordSegmenter: Intl.Segmenter | undefined;
const segmenter = () => (wordSegmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' }));

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/** Words that say nothing about the topic of a question. */
const STOP_WORDS = new Set([
  '怎么', '怎么办', '怎样', '什么', '可以', '如何', '应该', '我们', '你们', '他们', '她们', '自己', '一个',
  '没有', '这个', '那个', '这样', '还是', '因为', '所以', '如果', '就是', '已经', '请问', '需要', '能不能',
  '可不可以', '是不是', '有没有', '现在', '时候', '一下', '知道', '问题', '情况', '为什么', '吗', '呢', '吧',
  // colloquial and dialect question words
  '咋办', '咋样', '咋整', '是啥', '啥', '干啥', '为啥', '东西', '能否', '要不要', '该不该', '行不行',
]);
/** Characters that make a bigram noise (的钱, 了吗); pronouns stay (打我 says who was hit). */
const STOP_CHARS = new Set([...'的了吗呢吧啊么这那是咋啥']);

/** Full-width forms to half-width, letters lower-case. */
export const normalize = (s: string): string => s.normalize('NFKC').toLowerCase();

function words(text: string): string[] {
  const out: string[] = [];
  for (const seg of segmenter().segment(text)) {
    if (seg.isWordLike) out.push(seg.segment);
  }
  return out;
}

function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.match(CJK_RUN) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      const a = run[i];
      const b = run[i + 1];
      if (!STOP_CHARS.has(a) && !STOP_CHARS.has(b)) out.push(a + b);
    }
  }
  return out;
}

const isWordToken = (w: string) => w.length >= 2 || (!CJK.test(w) && /[a-z0-9]/.test(w));
/** A word worth indexing: not a question word, not a short word built on a filler (我的, 是否). */
const isMeaningfulWord = (w: string) =>
  isWordToken(w) && !STOP_WORDS.has(w) && !(w.length <= 2 && [...w].some((c) => STOP_CHARS.has(c)));

/** The index tokens of a text: meaningful words plus Chinese bigrams. */
export function tokenize(text: string): string[] {
  const t = normalize(text);
  const ws = words(t).filter(isMeaningfulWord);
  // A two-character word is its own bigram; skip the duplicate so it is not counted twice.
  const two = new Set(ws.filter((w) => w.length === 2));
  return [...ws, ...bigrams(t).filter((b) => !two.has(b))];
}

/**
 * Query bigrams only where the segmenter did not find words: inside runs of single
 * characters (彩|礼, 保|户|令) and inside words of three or more characters. Bigrams that
 * straddle two known words (老公|打 → 公打) are noise in a query. The index keeps all bigrams.
 */
function queryBigrams(text: string): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    if (run.length >= 2) out.push(...bigrams(run));
    run = '';
  };
  for (const seg of segmenter().segment(text)) {
    const w = seg.segment;
    if (seg.isWordLike && w.length === 1 && CJK.test(w)) {
      run += w;
      continue;
    }
    flush();
    if (seg.isWordLike && w.length >= 3) out.push(...bigrams(w));
  }
  flush();
  return out;
}

/** The synonym groups a query mentions (see the matching rule in synonyms.ts). */
export function matchedGroups(query: string, table: SynonymGroup[] = SYNONYMS): SynonymGroup[] {
  const q = normalize(query);
  const single = new Set(words(q).filter((w) => w.length === 1));
  return table.filter((g) =>
    [...g.everyday, ...g.legal].some((term) => {
      const t = normalize(term);
      return t.length >= 2 ? q.includes(t) : single.has(t);
    }),
  );
}

/** A legal term as query words: its segmenter words, or itself when it is one word. */
function legalTerms(term: string): string[] {
  const t = normalize(term);
  const ws = words(t).filter(isMeaningfulWord);
  return ws.length > 0 ? ws : [t];
}

const WEIGHT = { word: 1, bigram: 0.6, expansion: 0.5, typo: 0.35 } as const;

/** Query terms with their weights; the strongest reason a term is present wins. */
export function queryTerms(query: string): Map<string, number> {
  const terms = new Map<string, number>();
  const add = (term: string, w: number) => terms.set(term, Math.max(terms.get(term) ?? 0, w));
  const q = normalize(query);
  for (const w of words(q)) if (isMeaningfulWord(w)) add(w, WEIGHT.word);
  for (const b of queryBigrams(q)) add(b, WEIGHT.bigram);
  for (const g of matchedGroups(q)) {
    // A group stands for one idea: its terms share the weight, so an article is not
    // rewarded merely for using every synonym of it.
    const expansion = [...new Set(g.legal.flatMap((legal) => legalTerms(legal)))];
    for (const t of expansion) add(t, WEIGHT.expansion / Math.sqrt(expansion.length));
  }
  return terms;
}

const FIELDS = ['title', 'keywords', 'topicTitle', 'summary', 'body'] as const;
const BOOST: Record<(typeof FIELDS)[number], number> = { title: 4, keywords: 3, topicTitle: 3, summary: 2, body: 1 };

/**
 * Several articles of one topic crowding the top hide the other readings of a vague
 * question; each further article of a topic already shown counts for a little less.
 */
const SAME_TOPIC_DECAY = 0.75;

const byScoreThenId = (a: SearchHit, b: SearchHit) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function diversify(hits: SearchHit[]): SearchHit[] {
  const seen = new Map<TopicId, number>();
  return hits
    .map((h) => {
      const n = seen.get(h.topic) ?? 0;
      seen.set(h.topic, n + 1);
      return { ...h, score: h.score * SAME_TOPIC_DECAY ** n };
    })
    .sort(byScoreThenId);
}

/** The terms the articles contain (a Set, or a lookup in the packaged sorted term list). */
type Vocabulary = Pick<Set<string>, 'has'>;

export interface KbIndex {
  search(query: string, opts?: { topic?: TopicId }): SearchHit[];
  size: number;
}

/** The index options; loading a serialised index needs exactly the ones it was built with. */
function indexOptions(onToken: (t: string) => void = () => undefined): Options<SearchDoc> {
  return {
    fields: [...FIELDS],
    storeFields: ['topic'],
    tokenize: (text) => {
      const tokens = tokenize(text);
      for (const t of tokens) onToken(t);
      return tokens;
    },
    processTerm: (t) => t,
    extractField: (doc, field) => {
      const d = doc as SearchDoc;
      if (field === 'keywords') return d.keywords.join(' ');
      if (field === 'topicTitle') return TOPIC_TITLES[d.topic] ?? '';
      return String((d as unknown as Record<string, unknown>)[field] ?? '');
    },
  };
}

export function buildIndex(docs: SearchDoc[]): KbIndex {
  // Every term the articles contain: a Chinese query term outside it is likely a typo
  // (保户令, 财礼), so only such terms are matched fuzzily, at one character's distance.
  const vocabulary = new Set<string>();
  const mini = new MiniSearch<SearchDoc>(indexOptions((t) => vocabulary.add(t)));
  mini.addAll(docs);
  return wrap(() => mini, vocabulary, docs.length);
}

/**
 * The index as built once when packaging (functions/qa/kb-package.ts): MiniSearch's toJSON
 * without its term list (`meta`), the terms sorted, and each term's postings as a short string
 * (`fieldId:doc=tf,doc=tf;fieldId:…`, the same position as its term). Parsing this costs a
 * fraction of parsing the term list as JSON objects, and a search decodes only the postings of
 * the terms it can reach.
 */
export interface PackedIndex {
  meta: Omit<AsPlainObject, 'index'>;
  terms: string[];
  postings: string[];
}

type Postings = AsPlainObject['index'][number][1];

const encodePostings = (p: Postings): string =>
  Object.entries(p)
    .map(([field, docs]) => `${field}:${Object.entries(docs as Record<string, number>).map(([doc, tf]) => `${doc}=${tf}`).join(',')}`)
    .join(';');

function decodePostings(s: string): Postings {
  const out: Record<string, Record<string, number>> = {};
  for (const field of s.split(';')) {
    const colon = field.indexOf(':');
    const docs: Record<string, number> = {};
    for (const pair of field.slice(colon + 1).split(',')) {
      const eq = pair.indexOf('=');
      docs[pair.slice(0, eq)] = Number(pair.slice(eq + 1));
    }
    out[field.slice(0, colon)] = docs;
  }
  return out as Postings;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function serializeIndex(docs: SearchDoc[]): PackedIndex {
  const mini = new MiniSearch<SearchDoc>(indexOptions());
  mini.addAll(docs);
  const { index, ...meta } = mini.toJSON();
  if (meta.serializationVersion !== 2) throw new Error(`minisearch serialisation version ${meta.serializationVersion}: encodePostings expects 2`);
  const sorted = [...index].sort((a, b) => byCodeUnit(a[0], b[0]));
  return { meta, terms: sorted.map(([t]) => t), postings: sorted.map(([, p]) => encodePostings(p)) };
}

/** The first position in the sorted `terms` whose term is not below `q`. */
function lowerBound(terms: string[], q: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid] < q) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * An index from serializeIndex's output, without tokenizing any article. Rebuilding the whole
 * MiniSearch from it still costs tens of milliseconds on a cold container, so each search
 * loads only the terms it can reach (until the whole index is loaded after it): the query
 * terms themselves and terms they are a prefix of (one range of the sorted terms each), and
 * terms within the largest fuzzy distance a query term may use (a scan, only for such terms).
 * A term's score depends only on its own postings and the per-document field lengths, which
 * are all kept, so the ranking is the same as with the whole index
 * (tests/unit/qa-packaged-index.test.ts). The vocabulary is the index's term list: terms are
 * stored unprocessed.
 */
export function loadIndex(packed: PackedIndex): KbIndex {
  const { meta, terms, postings } = packed;
  const vocabulary = { has: (t: string) => terms[lowerBound(terms, t)] === t };
  const entries = (positions: Iterable<number>): AsPlainObject['index'] => [...positions].map((i) => [terms[i], decodePostings(postings[i])]);
  const reachable = (queryTerms: string[]) => {
    const at = new Set<number>();
    for (const q of queryTerms) {
      for (let i = lowerBound(terms, q); i < terms.length && terms[i].startsWith(q); i++) at.add(i);
      const d = fuzzyReach(q, vocabulary);
      if (d > 0) terms.forEach((t, i) => withinDistance(t, q, d) && at.add(i));
    }
    return entries([...at].sort((a, b) => a - b));
  };
  // The first search answers from the terms it reaches; the whole index is loaded right after
  // it, off that request's path, so later searches do not pay for the selection each time.
  let whole: MiniSearch<SearchDoc> | undefined;
  let scheduled = false;
  const miniFor = (queryTerms: string[]) => {
    if (whole) return whole;
    if (!scheduled) {
      scheduled = true;
      setImmediate(() => (whole = MiniSearch.loadJS<SearchDoc>({ ...meta, index: entries(terms.keys()) }, indexOptions()))).unref();
    }
    return MiniSearch.loadJS<SearchDoc>({ ...meta, index: reachable(queryTerms) }, indexOptions());
  };
  return wrap(miniFor, vocabulary, meta.documentCount);
}

/**
 * At least the edit distance the search below lets MiniSearch use for a query term: 1 for a
 * likely typo (a Chinese term outside the vocabulary), 0.2 of the length for long Latin
 * terms, else none. Keep in step with the `fuzzy` option of search().
 */
const fuzzyReach = (q: string, vocabulary: Vocabulary) =>
  CJK.test(q) ? (q.length >= 2 && q.length <= 4 && !vocabulary.has(q) ? 1 : 0) : q.length >= 5 ? Math.round(q.length * 0.2) : 0;

/** Edit distance at most 1, without allocating: skip the common prefix and suffix. */
function withinOne(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let ea = a.length;
  let eb = b.length;
  while (ea > i && eb > i && a[ea - 1] === b[eb - 1]) {
    ea--;
    eb--;
  }
  return ea - i <= 1 && eb - i <= 1;
}

/** Whether the edit distance of a and b is at most d (a row-by-row Levenshtein that stops early). */
function withinDistance(a: string, b: string, d: number): boolean {
  if (Math.abs(a.length - b.length) > d) return false;
  if (d === 1) return withinOne(a, b);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > d) return false;
    prev = row;
  }
  return prev[b.length] <= d;
}

/** `miniFor(terms)` gives an index holding at least every term the query terms can reach. */
function wrap(miniFor: (terms: string[]) => MiniSearch<SearchDoc>, vocabulary: Vocabulary, size: number): KbIndex {
  const isTypo = (term: string) => CJK.test(term) && term.length >= 2 && term.length <= 4 && !vocabulary.has(term);
  return {
    size,
    search(query, opts = {}) {
      const terms = queryTerms(query);
      if (terms.size === 0) return [];
      for (const [t, w] of terms) if (isTypo(t)) terms.set(t, Math.min(w, WEIGHT.typo));
      const results = miniFor([...terms.keys()]).search([...terms.keys()].join(' '), {
        tokenize: (s) => s.split(' '),
        processTerm: (t) => t,
        combineWith: 'OR',
        boost: BOOST,
        boostTerm: (term) => terms.get(term) ?? 1,
        prefix: (term) => CJK.test(term) && term.length >= 3,
        fuzzy: (term) => (isTypo(term) ? 1 : !CJK.test(term) && term.length >= 5 ? 0.2 : false),
        weights: { prefix: 0.3, fuzzy: 0.6 },
        filter: opts.topic ? (r) => r.topic === opts.topic : undefined,
      });
      // Scores are rounded and ties broken by id, so an index loaded from its serialised form
      // (whose sums may differ in the last bit) ranks exactly like one built from the articles.
      const ranked = results
        .map((r) => ({ id: String(r.id), topic: r.topic as TopicId, score: Math.round(r.score * 1e6) / 1e6 }))
        .sort(byScoreThenId);
      return diversify(ranked);
    },
  };
}
