import { describe, expect, it } from 'vitest';
import { pageSummary, withSocialMeta } from './social';

const PAGE = '<html><head><title>Indexing &amp; plans · Guide</title><meta name="description" content="Why &quot;an index&quot; helps"/></head><body></body></html>';
const CONTEXT = { base: 'https://example.org', path: '/lessons/indexing/', siteName: 'Guide', image: '/og.png', imageAlt: 'Guide card' };

describe('social tags', () => {
  it('reads the title and description as text', () => {
    expect(pageSummary(PAGE)).toEqual({ title: 'Indexing & plans · Guide', description: 'Why "an index" helps' });
  });
  it('adds Open Graph, Twitter and canonical tags from the page’s own title and description, escaped', () => {
    const html = withSocialMeta(PAGE, CONTEXT);
    expect(html).toContain('<meta property="og:title" content="Indexing &amp; plans · Guide"/>');
    expect(html).toContain('<meta property="og:description" content="Why &quot;an index&quot; helps"/>');
    expect(html).toContain('<meta property="og:url" content="https://example.org/lessons/indexing/"/>');
    expect(html).toContain('<meta property="og:image" content="https://example.org/og.png"/>');
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain('<link rel="canonical" href="https://example.org/lessons/indexing/"/>');
    expect(html.indexOf('og:title')).toBeLessThan(html.indexOf('</head>'));
  });
  it('is idempotent, calls the home page a website, and refuses a page with no title', () => {
    const once = withSocialMeta(PAGE, CONTEXT);
    expect(withSocialMeta(once, CONTEXT)).toBe(once);
    expect(withSocialMeta(PAGE, { ...CONTEXT, path: '/' })).toContain('content="website"');
    expect(() => withSocialMeta('<html><head></head></html>', CONTEXT)).toThrow(/no <title>/);
  });
});
