import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { LegalBasis } from '../../shared/qa';
import { topicOrder, type TopicId } from '../../shared/topics';
import type { Deps } from '../platform/deps';
import {
  ALL_ARTICLES_PK,
  KB_PK,
  TOPIC_COUNT_SK_PREFIX,
  articleIndexes,
  articleKey,
  kbMetaKey,
  topicArticlesPk,
  topicCountKey,
} from '../platform/keys';
import { queryAll, queryFiltered } from '../platform/paging';
import type { Page } from '../../shared/common';

/** An article as stored: an item staff can edit later; `version` guards edits. */
export interface ArticleRecord {
  id: string;
  topic: TopicId;
  title: string;
  summary: string;
  body: string;
  basis: LegalBasis[];
  keywords: string[];
  updatedAt: string;
  /** The reviewer's role (e.g. 志愿律师) and when; absent on articles never reviewed. */
  reviewedBy?: string;
  reviewedAt?: string;
  version: number;
}

type StoreDeps = Pick<Deps, 'db'>;

const toRecord = (i: Record<string, unknown>): ArticleRecord => ({
  id: String(i.id),
  topic: i.topic as TopicId,
  title: String(i.title),
  summary: String(i.summary),
  body: String(i.body),
  basis: (i.basis as LegalBasis[] | undefined) ?? [],
  keywords: (i.keywords as string[] | undefined) ?? [],
  updatedAt: String(i.updatedAt),
  ...(typeof i.reviewedBy === 'string' ? { reviewedBy: i.reviewedBy } : {}),
  ...(typeof i.reviewedAt === 'string' ? { reviewedAt: i.reviewedAt } : {}),
  version: Number(i.version ?? 1),
});

export async function getArticle({ db }: StoreDeps, id: string): Promise<ArticleRecord | null> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: articleKey(id) }));
  return Item ? toRecord(Item) : null;
}

async function addToCount({ db }: StoreDeps, topic: TopicId, n: number) {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: topicCountKey(topic),
      UpdateExpression: 'ADD articleCount :n SET topic = :t',
      ExpressionAttributeValues: { ':n': n, ':t': topic },
    }),
  );
}

/**
 * Every article write bumps the knowledge-base version, so search indexes know to rebuild.
 * A bulk load of the content files records their hash (kb-package.ts contentHash); any other
 * write removes it, since the store then no longer matches the packaged index.
 */
export async function bumpVersion({ db }: StoreDeps, contentHash?: string) {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.table,
      Key: kbMetaKey(),
      UpdateExpression: contentHash ? 'ADD version :one SET contentHash = :h' : 'ADD version :one REMOVE contentHash',
      ExpressionAttributeValues: contentHash ? { ':one': 1, ':h': contentHash } : { ':one': 1 },
    }),
  );
}

/**
 * Creates or replaces an article. The put is conditional on what was read (absent, or the
 * same version), so two writers cannot both count a new article; topic counters move with it.
 */
export async function putArticle(
  deps: StoreDeps,
  a: Omit<ArticleRecord, 'version'>,
  opts: { bumpVersion?: boolean } = {},
): Promise<ArticleRecord> {
  const old = await getArticle(deps, a.id);
  const version = (old?.version ?? 0) + 1;
  await deps.db.doc.send(
    new PutCommand({
      TableName: deps.db.table,
      Item: { ...articleKey(a.id), ...articleIndexes(a.topic, topicOrder(a.topic), a.id), type: 'article', ...a, version },
      ConditionExpression: old ? 'version = :v' : 'attribute_not_exists(PK)',
      ExpressionAttributeValues: old ? { ':v': old.version } : undefined,
    }),
  );
  if (!old) await addToCount(deps, a.topic, 1);
  else if (old.topic !== a.topic) {
    await addToCount(deps, old.topic, -1);
    await addToCount(deps, a.topic, 1);
  }
  if (opts.bumpVersion !== false) await bumpVersion(deps);
  return { ...a, version };
}

/** The knowledge-base version and per-topic article counts: one Query of one partition. */
export async function readKbState({ db }: StoreDeps): Promise<{ version: number; counts: Map<TopicId, number> }> {
  const counts = new Map<TopicId, number>();
  let version = 0;
  for (const i of await queryAll(db, { partitionValue: KB_PK })) {
    if (i.SK === kbMetaKey().SK) version = Number(i.version ?? 0);
    else if (String(i.SK).startsWith(TOPIC_COUNT_SK_PREFIX)) counts.set(i.topic as TopicId, Number(i.articleCount ?? 0));
  }
  return { version, counts };
}

/** The version and, when the store holds exactly the content files loaded last, their hash. */
export async function readKbMeta({ db }: StoreDeps): Promise<{ version: number; contentHash: string | null }> {
  const { Item } = await db.doc.send(new GetCommand({ TableName: db.table, Key: kbMetaKey() }));
  return { version: Number(Item?.version ?? 0), contentHash: typeof Item?.contentHash === 'string' ? Item.contentHash : null };
}

/** Articles of one topic, or all in topic order, through the article GSIs. */
export async function listArticles(
  { db }: StoreDeps,
  opts: { topic?: TopicId; limit: number; cursor?: string },
): Promise<Page<ArticleRecord>> {
  const [index, pk] = opts.topic ? (['GSI1', topicArticlesPk(opts.topic)] as const) : (['GSI2', ALL_ARTICLES_PK] as const);
  const page = await queryFiltered(db, { index, partitionValue: pk, forward: true }, opts.limit, opts.cursor);
  return { items: page.items.map(toRecord), nextCursor: page.nextCursor };
}

/** Every article, for building the search index (a few hundred items at most). */
export async function loadAllArticles(deps: StoreDeps): Promise<ArticleRecord[]> {
  const all: ArticleRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await listArticles(deps, { limit: 200, cursor });
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}
