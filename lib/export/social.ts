/**
 * Open Graph and Twitter card tags for an exported page, taken from the page's own <title> and
 * description, so every page that has those gets a matching link preview without repeating them.
 */

export interface SocialContext {
  /** Site base URL without a trailing slash. */
  base: string;
  /** The page's URL path, e.g. `/lessons/indexing/`. */
  path: string;
  siteName: string;
  /** Path of the preview image under the site, e.g. `/og-image.png`. */
  image: string;
  imageAlt: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The page's title and description as plain text (null when absent). */
export function pageSummary(html: string): { title: string | null; description: string | null } {
  const title = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const description = /<meta name="description" content="([^"]*)"\/?>/i.exec(html)?.[1];
  return { title: title === undefined ? null : decode(title), description: description === undefined ? null : decode(description) };
}

/** `html` with Open Graph, Twitter card and canonical tags added at the end of <head> (idempotent). */
export function withSocialMeta(html: string, context: SocialContext): string {
  const cleaned = html.replace(/<meta (property|name)="(og|twitter):[^"]+" content="[^"]*"\/>/g, '').replace(/<link rel="canonical" href="[^"]*"\/>/g, '');
  const { title, description } = pageSummary(cleaned);
  if (!title) throw new Error(`page ${context.path} has no <title>`);
  const url = context.base + context.path;
  const tags: Array<[string, string, string]> = [
    ['property', 'og:type', context.path === '/' ? 'website' : 'article'],
    ['property', 'og:site_name', context.siteName],
    ['property', 'og:title', title],
    ['property', 'og:url', url],
    ['property', 'og:image', context.base + context.image],
    ['property', 'og:image:alt', context.imageAlt],
    ['name', 'twitter:card', 'summary_large_image'],
  ];
  if (description) tags.splice(3, 0, ['property', 'og:description', description]);
  const markup = `<link rel="canonical" href="${attribute(url)}"/>${tags.map(([kind, key, value]) => `<meta ${kind}="${key}" content="${attribute(value)}"/>`).join('')}`;
  const end = cleaned.indexOf('</head>');
  if (end < 0) throw new Error(`page ${context.path} has no </head>`);
  return cleaned.slice(0, end) + markup + cleaned.slice(end);
}
