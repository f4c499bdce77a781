/**
 * Where the site is served from, for the absolute URLs a sitemap, Open Graph tags and the print view need.
 * Set SITE_URL when building for a real host (e.g. SITE_URL=https://dbguide.example.org npm run build);
 * without it the URLs point at `npm start`'s local server, on PORT when that is set (as `npm start` serves).
 */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

/** `npm start`'s own address: localhost on PORT, or on 3000 when PORT is unset or not a port number. */
export function localSiteUrl(port: string | undefined = process.env.PORT): string {
  const value = Number(port?.trim());
  return Number.isInteger(value) && value > 0 && value < 65_536 ? `http://localhost:${value}` : DEFAULT_SITE_URL;
}

/** The site's base URL without a trailing slash; throws on a value that is not an http(s) URL. */
export function siteUrl(value: string | undefined = process.env.SITE_URL, port: string | undefined = process.env.PORT): string {
  const raw = value?.trim() || localSiteUrl(port);
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
