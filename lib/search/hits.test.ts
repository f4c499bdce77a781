import { describe, expect, it } from 'vitest';
import { toSearchHits, type PagefindResultData } from './hits';

const page = (extra: Partial<PagefindResultData> = {}): PagefindResultData => ({
  url: '/lessons/indexing/',
  excerpt: 'a <mark>covering</mark> index',
  meta: { title: 'Indexing', module: 'How a database works' },
  ...extra,
});

describe('toSearchHits', () => {
  it('without scores, points a hit at the section with the most matches, with its heading and excerpt', () => {
    const [hit] = toSearchHits([
      page({
        sub_results: [
          { title: 'Indexing', url: '/lessons/indexing/', excerpt: 'intro', locations: [1, 2, 3, 4] },
          { title: 'Composite indexes', url: '/lessons/indexing/#composite-indexes', excerpt: 'column <mark>order</mark>', locations: [9], anchor: { id: 'composite-indexes' } },
          { title: 'Covering indexes', url: '/lessons/indexing/#covering-indexes', excerpt: 'a <mark>covering</mark> index', locations: [20, 22], anchor: { id: 'covering-indexes' } },
        ],
      }),
    ]);
    expect(hit).toEqual({
      url: '/lessons/indexing/#covering-indexes',
      title: 'Indexing',
      module: 'How a database works',
      section: 'Covering indexes',
      excerpt: [
        { text: 'a ', marked: false },
        { text: 'covering', marked: true },
        { text: ' index', marked: false },
      ],
    });
  });

  it('prefers the section whose matches score higher over the one with more matches', () => {
    const [hit] = toSearchHits([
      page({
        url: '/glossary/',
        meta: { title: 'Glossary' },
        sub_results: [
          { title: 'Commit log', url: '/glossary/#term-commit-log', excerpt: 'x', anchor: { id: 'term-commit-log' }, weighted_locations: [1, 2, 3].map(() => ({ balanced_score: 10 })) },
          { title: 'Write amplification', url: '/glossary/#term-write-amplification', excerpt: 'y', anchor: { id: 'term-write-amplification' }, weighted_locations: [{ balanced_score: 45 }, { balanced_score: 40 }] },
        ],
      }),
    ]);
    expect(hit).toMatchObject({ url: '/glossary/#term-write-amplification', section: 'Write amplification' });
  });

  it('falls back to the page and its excerpt when no section with a heading matched', () => {
    const [hit] = toSearchHits([page({ sub_results: [{ title: 'Indexing', url: '/lessons/indexing/', excerpt: 'x', locations: [1] }] })]);
    expect(hit).toMatchObject({ url: '/lessons/indexing/', section: undefined, excerpt: [{ text: 'a ', marked: false }, { text: 'covering', marked: true }, { text: ' index', marked: false }] });
  });

  it('uses the URL when a page has no title, and leaves the module out when it has none', () => {
    const [hit] = toSearchHits([page({ url: '/glossary/', meta: {} })]);
    expect(hit).toMatchObject({ title: '/glossary/', module: undefined });
  });
});
