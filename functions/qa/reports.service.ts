import type { ArticleReport, ArticleReportPage, ArticleReportReceipt, ArticleReportRequest } from '../../shared/qa';
import { ARTICLE_REPORTS_PER_DAY } from '../../shared/qa';
import { DAY_MS, HOUR_MS } from '../../shared/time';
import type { Deps } from '../platform/deps';
import { AppError } from '../platform/errors';
import { takeUserAllowance, type Limit } from '../platform/limits';
import type { UserRecord } from '../platform/users.store';
import { getArticle } from './articles.store';
import { insertReport, listReports, type ArticleReportRecord } from './reports.store';

/** Reports one person may send in a Beijing day: enough for honest use, too few to flood staff. */
export const ARTICLE_REPORT_LIMIT: Limit = {
  kind: 'article-report',
  max: ARTICLE_REPORTS_PER_DAY,
  windowMs: DAY_MS,
  offsetMs: 8 * HOUR_MS,
  message: `每天最多反馈 ${ARTICLE_REPORTS_PER_DAY} 次，请明天再来`,
};

/** Records a content error report on an article that exists; 429 past the daily allowance. */
export async function reportArticle(
  deps: Deps,
  caller: UserRecord,
  articleId: string,
  input: ArticleReportRequest,
): Promise<ArticleReportReceipt> {
  const article = await getArticle(deps, articleId);
  if (!article) throw new AppError('NOT_FOUND');
  await takeUserAllowance(deps, caller.id, ARTICLE_REPORT_LIMIT);
  const record: ArticleReportRecord = {
    id: deps.ids(),
    articleId: article.id,
    articleTitle: article.title,
    topic: article.topic,
    reason: input.reason,
    noteEnc: input.note ? deps.cipher.encrypt(input.note) : null,
    createdAt: deps.clock().toISOString(),
  };
  await insertReport(deps, record);
  return { id: record.id, articleId: record.articleId, createdAt: record.createdAt };
}

const toView = (deps: Pick<Deps, 'cipher'>, r: ArticleReportRecord): ArticleReport => ({
  id: r.id,
  articleId: r.articleId,
  articleTitle: r.articleTitle,
  topic: r.topic,
  reason: r.reason,
  note: r.noteEnc ? deps.cipher.decrypt(r.noteEnc) : null,
  createdAt: r.createdAt,
});

/** Staff's list of reports, newest first. */
export async function listArticleReports(deps: Deps, limit: number, cursor?: string): Promise<ArticleReportPage> {
  const page = await listReports(deps, limit, cursor);
  return { items: page.items.map((r) => toView(deps, r)), nextCursor: page.nextCursor };
}
