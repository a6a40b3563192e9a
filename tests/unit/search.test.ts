import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex, diversify, matchedGroups, queryTerms, tokenize, type SearchDoc } from '../../functions/qa/search';
import { articleFile } from '../../shared/qa';

const fixture: SearchDoc[] = articleFile.parse(
  JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'qa-articles.json'), 'utf8')),
);
const index = buildIndex(fixture);
const top = (q: string) => index.search(q)[0]?.id;

describe('the Chinese tokenizer', () => {
  it('segments Chinese into words with Intl.Segmenter', () => {
    expect(tokenize('申请保护令')).toEqual(expect.arrayContaining(['申请']));
  });

  it('adds character bigrams so words the segmenter splits still match', () => {
    // The segmenter splits 彩礼 into 彩|礼; the bigram keeps the word.
    expect(tokenize('彩礼要退吗')).toContain('彩礼');
  });

  it('drops question words and bigrams with filler characters', () => {
    const tokens = tokenize('我的钱怎么办呢');
    expect(tokens).not.toContain('怎么');
    expect(tokens.some((t) => /[的呢]/.test(t))).toBe(false);
  });

  it('keeps who did what to whom in the index (打我)', () => {
    expect(tokenize('他正在打我')).toContain('打我');
  });

  it('folds full-width letters and digits', () => {
    expect(tokenize('ＡＢＣ１２３')).toContain('abc123');
  });
});

describe('the synonym expansion', () => {
  it('maps everyday words to the legal terms', () => {
    const terms = queryTerms('老公打我');
    expect(terms.has('丈夫')).toBe(true);
    expect(terms.has('家暴')).toBe(true);
  });

  it('weighs expansions below the words typed', () => {
    const terms = queryTerms('老公打我');
    expect(terms.get('老公')).toBeGreaterThan(terms.get('丈夫') ?? 1);
  });

  it('matches a single character only when it stands as a word', () => {
    const violence = (q: string) => matchedGroups(q).some((g) => g.legal.includes('家暴'));
    expect(violence('他打我')).toBe(true);
    expect(violence('打官司要多少钱')).toBe(false);
  });

  it('understands a common typo', () => {
    expect(queryTerms('想离昏').has('离婚')).toBe(true);
  });

  it('takes query bigrams only where the segmenter found no words', () => {
    const terms = queryTerms('老公打我');
    expect(terms.has('公打')).toBe(false);
    expect(terms.has('打我')).toBe(true);
  });
});

describe('ranked search', () => {
  it('finds the protection order for an everyday question', () => {
    expect(top('老公天天揍我，怎么让他别靠近我')).toBe('fx-protection-order');
  });

  it('finds the shelter when she has nowhere to go', () => {
    expect(top('不敢回家，没地方住')).toBe('fx-shelter');
  });

  it('finds child support asked as living costs', () => {
    expect(top('孩子他爸不给生活费')).toBe('fx-child-support');
  });

  it('finds unpaid wages asked in everyday words', () => {
    expect(top('老板欠工钱不给')).toBe('fx-wage-arrears');
  });

  it('limits results to one topic when asked', () => {
    const hits = index.search('孩子', { topic: 'wage-arrears' });
    expect(hits.every((h) => h.topic === 'wage-arrears')).toBe(true);
  });

  it('forgives a one-character typo the articles never contain', () => {
    expect(top('保户令怎么申请')).toBe('fx-protection-order');
  });

  it('lets another topic pass a third article of the same topic when scores are close', () => {
    const hits = diversify([
      { id: 'a1', topic: 'child-support', score: 10 },
      { id: 'a2', topic: 'child-support', score: 9.5 },
      { id: 'a3', topic: 'child-support', score: 9 },
      { id: 'b1', topic: 'custody', score: 6 },
    ]);
    expect(hits.map((h) => h.id)).toEqual(['a1', 'a2', 'b1', 'a3']);
  });

  it('returns nothing for a query of filler words only', () => {
    expect(index.search('怎么办呢')).toEqual([]);
  });
});
