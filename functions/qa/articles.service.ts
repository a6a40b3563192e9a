import type { Article, ArticleListItem, ArticlePage, ArticlesQuery, TopicsResponse } from '../../shared/qa';
import { TOPICS, type TopicId } from '../../shared/topics';
import type { Deps } from '../platform/deps';
import type { Db } from '../platform/db';
import { AppError } from '../platform/errors';
import { badCursor, decodeCursor, encodeCursor } from '../platform/cursor';
import { getArticle, listArticles, loadAllArticles, readKbMeta, readKbState, type ArticleRecord } from './articles.store';
import { buildIndex, loadIndex, type KbIndex } from './search';
import { packagedKb, type PackagedListItem } from './kb-package';
import { termsFor } from './glossary';

type KbDeps = Pick<Deps, 'db'>;

export async function listTopics(deps: KbDeps): Promise<TopicsResponse> {
  const { counts } = await readKbState(deps);
  return {
    items: TOPICS.map((t) => ({ id: t.id, title: t.title, group: t.group, articleCount: counts.get(t.id) ?? 0 })),
  };
}

const toListItem = (a: Pick<ArticleRecord, 'id' | 'title' | 'summary' | 'topic'>): ArticleListItem => ({
  id: a.id,
  title: a.title,
  summary: a.summary,
  topic: a.topic,
});

export const toArticle = (a: ArticleRecord): Article => ({
  id: a.id,
  title: a.title,
  summary: a.summary,
  body: a.body,
  topic: a.topic,
  basis: a.basis,
  updatedAt: a.updatedAt,
  reviewedBy: a.reviewedBy ?? null,
  reviewedAt: a.reviewedAt ?? null,
  terms: termsFor(a),
});

export async function getArticleView(deps: KbDeps, id: string): Promise<Article> {
  const a = await getArticle(deps, id);
  if (!a) throw new AppError('NOT_FOUND');
  return toArticle(a);
}

// --- the search index, built once per container ---------------------------

interface IndexEntry {
  version: number;
  index: KbIndex;
  articles: Map<string, PackagedListItem>;
}

/**
 * One index per store (per Lambda container in the cloud, per test store here). A search
 * costs one small GetItem for the knowledge-base META item; the index is rebuilt only when an
 * article write has bumped the version, and concurrent first searches share one build. When
 * the store holds exactly the articles the packaged index was built from (same content hash),
 * that index is loaded instead of reading and tokenizing every article.
 */
const indexes = new WeakMap<Db, Promise<IndexEntry>>();

async function buildEntry(deps: KbDeps, version: number, contentHash: string | null): Promise<IndexEntry> {
  const packaged = packagedKb();
  if (packaged && contentHash !== null && packaged.hash === contentHash) {
    return { version, index: loadIndex(packaged.index), articles: new Map(packaged.items.map((a) => [a.id, a])) };
  }
  const all = await loadAllArticles(deps);
  return { version, index: buildIndex(all), articles: new Map(all.map((a) => [a.id, a])) };
}

export async function currentIndex(deps: KbDeps): Promise<IndexEntry> {
  const { version, contentHash } = await readKbMeta(deps);
  const cached = indexes.get(deps.db);
  if (cached) {
    const entry = await cached.catch(() => null);
    if (entry && entry.version >= version) return entry;
  }
  const building = buildEntry(deps, version, contentHash);
  indexes.set(deps.db, building);
  return building;
}

export async function searchArticles(deps: KbDeps, query: ArticlesQuery): Promise<ArticlePage> {
  if (!query.q) {
    const page = await listArticles(deps, { topic: query.topic, limit: query.limit, cursor: query.cursor });
    return { items: page.items.map(toListItem), nextCursor: page.nextCursor };
  }
  const start = decodeCursor(query.cursor);
  const offset = start === undefined ? 0 : start.o;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw badCursor();
  const { index, articles } = await currentIndex(deps);
  const hits = index.search(query.q, { topic: query.topic as TopicId | undefined });
  const items = hits
    .slice(offset, offset + query.limit)
    .map((h) => articles.get(h.id))
    .filter((a): a is PackagedListItem => a !== undefined)
    .map(toListItem);
  const next = offset + query.limit;
  return { items, nextCursor: next < hits.length ? encodeCursor({ o: next }) : null };
}

/** The first article of a topic (for safety advice), or null when the topic has none. */
export async function firstArticleOf(deps: KbDeps, topic: TopicId): Promise<ArticleRecord | null> {
  const page = await listArticles(deps, { topic, limit: 1 });
  return page.items[0] ?? null;
}
