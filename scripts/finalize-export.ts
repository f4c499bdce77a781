/**
 * The last step of `npm run build`, after the lesson HTML is inlined (and the search index built):
 * - adds Open Graph, Twitter card and canonical tags to every page from its own title and description;
 * - gives every page a Content-Security-Policy <meta> listing the hashes of its own inline scripts;
 * - writes sitemap.xml and robots.txt for the reader pages;
 * - writes sw.js, the offline service worker, over the final files.
 * Usage: tsx scripts/finalize-export.ts [outDir]   (SITE_URL sets the absolute URLs; see lib/export/site.ts)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { withContentSecurityPolicy } from '../lib/export/csp';
import { isReaderPage, pagePath, robotsTxt, sitemapXml } from '../lib/export/pages';
import { cacheVersion, fileUrl, isPrecached, serviceWorkerSource } from '../lib/export/service-worker';
import { SITE_NAME, siteUrl } from '../lib/export/site';
import { withSocialMeta } from '../lib/export/social';

const outDir = path.resolve(process.argv[2] ?? 'out');
const base = siteUrl();

function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? files(path.join(dir, entry.name), relative) : [relative];
  });
}

const all = files(outDir);
const pages = all.filter((file) => file.endsWith('.html') && !file.startsWith('lesson-html/'));
for (const file of pages) {
  const full = path.join(outDir, file);
  const pathname = pagePath(file);
  let html = readFileSync(full, 'utf8');
  html = withSocialMeta(html, { base, path: pathname, siteName: SITE_NAME, image: '/og-image.png', imageAlt: `${SITE_NAME}: an interactive course on choosing and scaling databases` });
  html = withContentSecurityPolicy(html);
  writeFileSync(full, html);
}

const readerPages = pages.map(pagePath).filter(isReaderPage);
writeFileSync(path.join(outDir, 'sitemap.xml'), sitemapXml(base, readerPages));
writeFileSync(path.join(outDir, 'robots.txt'), robotsTxt(base));

const precached = files(outDir).filter(isPrecached);
const entries = precached.map((file) => ({ url: fileUrl(file), content: readFileSync(path.join(outDir, file)) }));
const version = cacheVersion(entries);
writeFileSync(path.join(outDir, 'sw.js'), serviceWorkerSource(version, entries.map((e) => e.url)));
const bytes = entries.reduce((sum, e) => sum + e.content.length, 0);
console.log(
  `finalize-export: ${pages.length} pages with CSP and social tags; sitemap of ${readerPages.length} pages at ${base}; ` +
    `sw.js ${version} precaches ${entries.length} files (${(bytes / 1e6).toFixed(1)} MB)`,
);
