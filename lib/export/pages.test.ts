import { describe, expect, it } from 'vitest';
import { isReaderPage, pagePath, robotsTxt, sitemapXml } from './pages';
import { siteUrl } from './site';

describe('export files to page paths', () => {
  it.each([
    ['index.html', '/'],
    ['lessons/indexing/index.html', '/lessons/indexing/'],
    ['404.html', '/404.html'],
    ['tools\\btree\\index.html', '/tools/btree/'],
  ])('%s is %s', (file, path) => expect(pagePath(file)).toBe(path));

  it('keeps the 404 page and internal pages out of the sitemap', () => {
    expect(['/', '/lessons/indexing/', '/404.html', '/404/', '/_not-found/', '/bench/bare/'].filter(isReaderPage)).toEqual(['/', '/lessons/indexing/']);
  });
});

describe('sitemap and robots', () => {
  it('lists each page once under the base, home first, and escapes XML', () => {
    const xml = sitemapXml('https://example.org', ['/tools/', '/', '/a&b/', '/tools/']);
    expect(xml.match(/<loc>/g)).toHaveLength(3);
    expect(xml.indexOf('<loc>https://example.org/</loc>')).toBeLessThan(xml.indexOf('/tools/'));
    expect(xml).toContain('https://example.org/a&amp;b/');
  });
  it('robots.txt names the sitemap and keeps crawlers out of internal pages', () => {
    expect(robotsTxt('https://example.org')).toMatch(/Sitemap: https:\/\/example\.org\/sitemap\.xml/);
    expect(robotsTxt('https://example.org')).toMatch(/Disallow: \/bench\//);
  });
});

describe('the site URL', () => {
  it('defaults to the local server, drops a trailing slash, and refuses what is not http(s)', () => {
    expect(siteUrl(undefined)).toBe('http://localhost:3000');
    expect(siteUrl('  ')).toBe('http://localhost:3000');
    expect(siteUrl('https://guide.example.org/')).toBe('https://guide.example.org');
    expect(() => siteUrl('ftp://x')).toThrow(/http or https/);
    expect(() => siteUrl('not a url')).toThrow(/absolute http/);
  });
});
