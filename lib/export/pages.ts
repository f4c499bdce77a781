/**
 * The pages of a static export, found from its files: `out/a/b/index.html` is the page `/a/b/`.
 * Pages that are not for readers (the 404 page, the benchmark baseline) are left out of the sitemap.
 */

/** Export-relative HTML file → its URL path (trailing slash, like every page of the export). */
export function pagePath(htmlFile: string): string {
  const file = htmlFile.replace(/\\/g, '/').replace(/^\/+/, '');
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

const NOT_FOR_READERS = [/^\/404(\.html|\/)$/, /^\/_not-found\//, /^\/bench\//];

/** True for a page a reader (or a search engine) should find: not the 404 page or internal pages. */
export function isReaderPage(path: string): boolean {
  return !NOT_FOR_READERS.some((pattern) => pattern.test(path));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A sitemap.xml listing `paths` under `base`, sorted, home first. */
export function sitemapXml(base: string, paths: readonly string[]): string {
  const sorted = [...new Set(paths)].sort((a, b) => (a === '/' ? -1 : b === '/' ? 1 : a.localeCompare(b)));
  const urls = sorted.map((path) => `  <url><loc>${escapeXml(base + path)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/** robots.txt: everything may be crawled except internal pages; the sitemap is named. */
export function robotsTxt(base: string): string {
  return `User-agent: *\nAllow: /\nDisallow: /bench/\n\nSitemap: ${base}/sitemap.xml\n`;
}
