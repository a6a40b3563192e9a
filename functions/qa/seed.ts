import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFile, type ArticleSource } from '../../shared/qa';
import type { Deps } from '../platform/deps';
import { bumpVersion, putArticle } from './articles.store';
import { contentHash } from './kb-package';
import { insertQuestion, newQuestion, type QuestionRecord } from './questions.store';

/** content/articles/<topic-id>.json at the repository root. */
export const ARTICLES_DIR = join(__dirname, '..', '..', 'content', 'articles');

/** Reads and validates every article file; a bad file fails loudly with its name. */
export function readArticleDir(dir: string = ARTICLES_DIR): ArticleSource[] {
  if (!existsSync(dir)) return [];
  const out: ArticleSource[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const parsed = articleFile.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) throw new Error(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    out.push(...parsed.data);
  }
  return out;
}

/**
 * Writes articles a few at a time (counters are atomic ADDs) and bumps the version once,
 * recording the hash of what was loaded so a packaged index built from the same files is used.
 */
export async function loadArticles(deps: Pick<Deps, 'db'>, articles: ArticleSource[]): Promise<number> {
  const PARALLEL = 8;
  for (let i = 0; i < articles.length; i += PARALLEL) {
    await Promise.all(articles.slice(i, i + PARALLEL).map((a) => putArticle(deps, a, { bumpVersion: false })));
  }
  await bumpVersion(deps, contentHash(articles));
  return articles.length;
}

/** Demo questions from the demo resident so the volunteer queue is not empty. */
function demoQuestions(now: Date): QuestionRecord[] {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3600 * 1000).toISOString();
  const base = { askerId: 'demo-resident', city: 'nanchang' };
  return [
    {
      ...base,
      id: 'demo-question-urgent',
      title: '他喝了酒就打我，我不敢回家',
      body: '结婚五年了，他一喝酒就动手，昨天又打我。我现在住在朋友家，不敢回去。能申请保护令吗？',
      topic: 'dv-protection-order' as const,
      anonymous: true,
      urgent: true,
      createdAt: at(2),
    },
    {
      ...base,
      id: 'demo-question-support',
      title: '离婚后他不给孩子抚养费',
      body: '去年协议离婚，孩子跟我。他说好每月给 1000 元，已经半年没给了。我该怎么办？',
      topic: 'child-support' as const,
      anonymous: false,
      urgent: false,
      createdAt: at(26),
    },
    {
      ...base,
      id: 'demo-question-wage',
      title: '饭店老板欠我三个月工资',
      body: '我在饭店做服务员，没签合同。老板欠了三个月工资，一直说下个月给。',
      topic: 'wage-arrears' as const,
      anonymous: false,
      urgent: false,
      createdAt: at(50),
    },
  ].map(newQuestion);
}

/** Loads every article and the demo questions into a fresh store; safe to run twice. */
export async function seedQa(deps: Deps, dir: string = ARTICLES_DIR): Promise<void> {
  await loadArticles(deps, readArticleDir(dir));
  for (const q of demoQuestions(deps.clock())) {
    try {
      await insertQuestion(deps, q);
    } catch (e) {
      if ((e as { name?: string }).name !== 'ConditionalCheckFailedException') throw e;
    }
  }
}
