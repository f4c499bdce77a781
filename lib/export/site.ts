/**
 * Where the site is served from, for the absolute URLs a sitemap and Open Graph tags need. Set
 * SITE_URL when building for a real host (e.g. SITE_URL=https://dbguide.example.org npm run build);
 * without it the URLs point at `npm start`'s local server, which is where an unconfigured build runs.
 */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

/** The site's base URL without a trailing slash; throws on a value that is not an http(s) URL. */
export function siteUrl(value: string | undefined = process.env.SITE_URL): string {
  const raw = value?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL (got ${JSON.stringify(raw)})`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`SITE_URL must use http or https (got ${JSON.stringify(raw)})`);
  return url.href.replace(/\/+$/, '');
}

export const SITE_NAME = 'Database Field Guide';
