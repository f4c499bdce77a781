import { describe, expect, it } from 'vitest';
import { describeFindings, findSourceDocumentWording, findUndatedPrices, markdownSections } from './reader-wording';

describe('findSourceDocumentWording', () => {
  it.each([
    ['The seed says 10k writes/s.', 'seed'],
    ['As Seed 001 puts it', 'Seed'],
    ['one of the seeds', 'seeds'],
    ['a Course seed document', 'seed'],
    ['the HowToHLD summary', 'HowToHLD'],
    ['in the source documents', 'source documents'],
  ])('flags %j', (text, match) => {
    expect(findSourceDocumentWording(text).map((f) => f.match)).toContain(match);
  });

  it.each([['The playground runs against a seeded table of orders.'], ['Options are in a seeded shuffle.'], ['Seedless grapes']])(
    'lets %j pass',
    (text) => {
      expect(findSourceDocumentWording(text)).toEqual([]);
    },
  );

  it('gives the line of each match', () => {
    expect(findSourceDocumentWording('one\ntwo\nthe seed\n').map((f) => f.line)).toEqual([3]);
  });
});

describe('findUndatedPrices', () => {
  it('flags a block with a price and no month', () => {
    const findings = findUndatedPrices([{ text: 'intro\nA db.r6g.large costs $0.26 an hour.', startLine: 10 }]);
    expect(findings).toEqual([{ rule: 'undated-price', match: '$0.26', line: 11 }]);
  });

  it.each([
    ['A db.r6g.large costs $0.26 an hour (as of December 2026).'],
    ['Prices as of Nov 2026: $0.26 an hour.'],
    ['Assume an engineer hour costs $150.'],
    ['At a hypothetical $0.10 per GB-month'],
    ['No price here, only 30 GB.'],
  ])('lets %j pass', (text) => {
    expect(findUndatedPrices([{ text, startLine: 1 }])).toEqual([]);
  });

  it('does not take "as of" without a month and year', () => {
    expect(findUndatedPrices([{ text: 'As of now it costs $5.', startLine: 1 }])).toHaveLength(1);
  });
});

describe('markdownSections', () => {
  it('splits at level-two headings, keeping fenced code whole', () => {
    const text = ['intro', '## One', '```md', '## not a heading', '```', '## Two', 'body'].join('\n');
    expect(markdownSections(text).map((s) => [s.startLine, s.text.split('\n')[0]])).toEqual([
      [1, 'intro'],
      [2, '## One'],
      [6, '## Two'],
    ]);
  });
});

describe('describeFindings', () => {
  it('names the file and line', () => {
    expect(describeFindings('a.mdx', [{ rule: 'source-document', match: 'seed', line: 4 }])[0]).toMatch(/^a\.mdx:4: "seed"/);
  });
});
