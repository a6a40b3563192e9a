import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Page } from '../../shared/common';
import type { ArticleReportReason } from '../../shared/qa';
import type { TopicId } from '../../shared/topics';
import type { Deps } from '../platform/deps';
import { ARTICLE_REPORTS_PK, articleReportKey } from '../platform/keys';
import { queryFiltered } from '../platform/paging';

/**
 * A content error report as stored. It names the article, never the person who sent it:
 * staff only need to know what to fix. The optional note is free text, so it is kept
 * encrypted (`enc:v1:…`).
 */
export interface ArticleReportRecord {
  id: string;
  articleId: string;
  articleTitle: string;
  topic: TopicId;
  reason: ArticleReportReason;
  noteEnc: string | null;
  createdAt: string;
}

type StoreDeps = Pick<Deps, 'db'>;

export async function insertReport({ db }: StoreDeps, r: ArticleReportRecord): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.table,
      Item: { ...articleReportKey(r.createdAt, r.id), type: 'article-report', ...r },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
}

const toRecord = (i: Record<string, unknown>): ArticleReportRecord => ({
  id: String(i.id),
  articleId: String(i.articleId),
  articleTitle: String(i.articleTitle),
  topic: i.topic as TopicId,
  reason: i.reason as ArticleReportReason,
  noteEnc: typeof i.noteEnc === 'string' ? i.noteEnc : null,
  createdAt: String(i.createdAt),
});

/** Newest first, one Query on the reports partition. */
export async function listReports({ db }: StoreDeps, limit: number, cursor?: string): Promise<Page<ArticleReportRecord>> {
  const page = await queryFiltered(db, { partitionValue: ARTICLE_REPORTS_PK, forward: false }, limit, cursor);
  return { items: page.items.map(toRecord), nextCursor: page.nextCursor };
}
