import type { Deps } from '../platform/deps';
import type { ContentVerdict } from '../platform/wechat';

/** Checks text a resident wants to post; 'risky' is refused with 422 CONTENT_REJECTED. */
export type ContentCheck = (text: string, author: { openid?: string }) => Promise<ContentVerdict>;

/**
 * Obvious spam words for local runs, where no WeChat account exists. Words of abuse or danger
 * are NOT here: a woman describing what was done to her must never be refused.
 */
const BLOCKED_WORDS = [
  '赌博', '博彩', '网赌', '百家乐', '六合彩', '时时彩', '赌场', '彩票代购',
  '裸聊', '约炮', '色情', '黄色网站', '援交', '一夜情',
  '代开发票', '刷单返利', '贷款秒批', '加微信领', '兼职刷单', '办证', '枪支', '出售迷药',
];

export function wordListVerdict(text: string): ContentVerdict {
  const t = text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return BLOCKED_WORDS.some((w) => t.includes(w)) ? 'risky' : 'pass';
}

/**
 * The one place the check is chosen: WeChat msgSecCheck v2 in production, the word list when
 * AUTH_MODE=local (or for a user without an openid, whom WeChat cannot check).
 */
export function contentCheckFor(deps: Pick<Deps, 'config' | 'wechat'>): ContentCheck {
  if (deps.config.authMode === 'local') return async (text) => wordListVerdict(text);
  return async (text, author) =>
    author.openid ? deps.wechat.msgSecCheck(author.openid, text, 3) : wordListVerdict(text);
}
