import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleDir } from '../../functions/qa/seed';
import { glossaryFile, splitByTerms, termsUsed, type ArticleSource } from '../../shared/qa';
import { TOPIC_IDS } from '../../shared/topics';

/**
 * Rules for the knowledge-base content (content/README.md) that a machine can check:
 * safety help wherever domestic violence is mentioned, a review trail on every article,
 * and a glossary that covers the hard words the articles use and nothing they do not.
 */
const articles = readArticleDir();
const glossary = glossaryFile.parse(
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'content', 'glossary.json'), 'utf8')),
);
const terms = glossary.map((g) => g.term);
const fullText = (a: ArticleSource) => `${a.title}\n${a.summary}\n${a.body}`;

/** The words the issue names; any article that uses one needs its glossary entry. */
const REQUIRED_TERMS = [
  '裁定', '复议', '训诫', '经济补偿', '法定代理人', '司法救助', '先予执行', '行政复议',
  '权属证书', '处分', '集体经济组织', '民事责任', '无民事行为能力', '诉讼时效', '管辖', '强制执行',
];
const SAFETY_LINE = /如果您(或孩子)?现在有危险，先打110|您的安全最重要/;
const MENTIONS_DV = /家暴|家庭暴力/;
const ALLOWED_HOTLINES = ['110', '120', '12338', '12348', '12356', '12333', '12355'];

describe('knowledge-base content', () => {
  it('has at least one article for every topic and unique ids', () => {
    const ids = articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(TOPIC_IDS.filter((t) => !articles.some((a) => a.topic === t))).toEqual([]);
  });

  it('gives the safety line, 110 and 12338 in every article that mentions domestic violence', () => {
    const missing = articles
      .filter((a) => MENTIONS_DV.test(fullText(a)))
      .filter((a) => !SAFETY_LINE.test(a.body) || !a.body.includes('110') || !a.body.includes('12338'))
      .map((a) => a.id);
    expect(missing).toEqual([]);
  });

  it('opens every domestic-violence article except the compulsory-report ones with safety', () => {
    const late = articles
      .filter((a) => a.topic.startsWith('dv-') && a.topic !== 'dv-compulsory-report')
      .filter((a) => !SAFETY_LINE.test(a.body.split('\n')[0]))
      .map((a) => a.id);
    expect(late).toEqual([]);
  });

  it('carries a reviewer role and review date on every article', () => {
    expect(articles.filter((a) => !a.reviewedBy || !a.reviewedAt).map((a) => a.id)).toEqual([]);
  });

  it('cites at least one law for every article', () => {
    expect(articles.filter((a) => a.basis.length === 0).map((a) => a.id)).toEqual([]);
  });

  it('uses no hotline outside the approved list', () => {
    const odd = articles.flatMap((a) =>
      (fullText(a).match(/(?<!\d)1\d{2,4}(?!\d)/g) ?? [])
        .filter((n) => /^(11|12)/.test(n) && !ALLOWED_HOTLINES.includes(n))
        .map((n) => `${a.id}: ${n}`),
    );
    expect(odd).toEqual([]);
  });

  it('says 抚养费 for child support, never 抚育费', () => {
    expect(articles.filter((a) => fullText(a).includes('抚育费')).map((a) => a.id)).toEqual([]);
  });
});

describe('glossary', () => {
  it('has one entry per word, each one or two short sentences', () => {
    expect(new Set(terms).size).toBe(terms.length);
    const long = glossary.filter((g) => (g.explanation.match(/[。！？]/g) ?? []).length > 2 || g.explanation.length > 60);
    expect(long.map((g) => g.term)).toEqual([]);
  });

  it('explains every listed legal word that an article uses', () => {
    const used = REQUIRED_TERMS.filter((t) => articles.some((a) => fullText(a).includes(t)));
    expect(used.filter((t) => !terms.includes(t))).toEqual([]);
  });

  it('has no entry that no article uses', () => {
    const usedSomewhere = new Set(articles.flatMap((a) => termsUsed(fullText(a), terms)));
    expect(terms.filter((t) => !usedSomewhere.has(t))).toEqual([]);
  });

  it('marks the longest glossary word at each place', () => {
    const pieces = splitByTerms('可以申请行政复议，也可以申请复议。', ['复议', '行政复议']);
    expect(pieces.filter((p) => p.term).map((p) => p.term)).toEqual(['行政复议', '复议']);
    expect(pieces.map((p) => p.text).join('')).toBe('可以申请行政复议，也可以申请复议。');
  });
});
