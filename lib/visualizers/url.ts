/**
 * Query-string plumbing shared by the visualizers. Each visualizer keeps what the reader built in the
 * URL (`prefix.key=value` when two of one kind share a page). A query string is untrusted input: every
 * value is parsed into clean data here or ignored, and notices name the setting, never the link text.
 */

/** Longest query string read at all; longer ones are ignored whole. 200 operations fit easily. */
export const MAX_VISUALIZER_QUERY_LENGTH = 4_000;

/** A visualizer's URL prefix (its `urlKey`): lowercase letters, digits and hyphens, starting with a letter. */
export const VISUALIZER_URL_KEY = /^[a-z][a-z0-9-]{0,23}$/;

/** The prefix a `urlKey` prop asks for, or '' when it is absent or malformed. */
export function visualizerPrefix(urlKey: unknown): string {
  return typeof urlKey === 'string' && VISUALIZER_URL_KEY.test(urlKey) ? urlKey : '';
}

/** The query parameter for `key`, prefixed `prefix.` when several visualizers of one kind share a page. */
export function paramName(key: string, prefix = ''): string {
  return prefix ? `${prefix}.${key}` : key;
}

/** The notice for a query string too long to read. */
export const LINK_TOO_LONG = 'This link is too long to read, so the defaults are shown.';

/** Reads parameters of one visualizer: `undefined` when absent, `null` when repeated (unusable). */
export function paramReader(search: string, prefix = ''): (key: string) => string | null | undefined {
  const params = new URLSearchParams(search.length > MAX_VISUALIZER_QUERY_LENGTH ? '' : search);
  return (key) => {
    const all = params.getAll(paramName(key, prefix));
    if (all.length === 0) return undefined;
    return all.length === 1 ? (all[0] as string) : null;
  };
}

/** True if `search` holds any of `keys` for this prefix (a shared link to this visualizer). */
export function hasParams(search: string, keys: readonly string[], prefix = ''): boolean {
  if (search.length > MAX_VISUALIZER_QUERY_LENGTH) return false;
  const params = new URLSearchParams(search);
  return keys.some((key) => params.has(paramName(key, prefix)));
}

/**
 * `currentSearch` with this visualizer's parameters replaced by `values` (a value equal to its default is
 * left out, so the default state has a clean address). Other widgets' parameters are kept.
 */
export function writeParams(
  currentSearch: string,
  keys: readonly string[],
  values: Readonly<Record<string, string>>,
  defaults: Readonly<Record<string, string>>,
  prefix = '',
): string {
  const params = new URLSearchParams(currentSearch.length > MAX_VISUALIZER_QUERY_LENGTH ? '' : currentSearch);
  for (const key of keys) params.delete(paramName(key, prefix));
  for (const key of keys) {
    const value = values[key];
    if (value !== undefined && value !== defaults[key]) params.set(paramName(key, prefix), value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** An integer parameter within [min, max], written as plain digits; anything else is null. */
export function readInteger(raw: string, min: number, max: number): number | null {
  if (!/^\d{1,6}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

/** One sentence naming what was ignored: `['the fan-out', 'the keys']` → "… ignored: the fan-out and the keys." */
export function ignoredNotice(ignored: readonly string[], what = 'the defaults are used instead'): string | null {
  if (ignored.length === 0) return null;
  const list = ignored.length === 1 ? ignored[0] : `${ignored.slice(0, -1).join(', ')} and ${ignored[ignored.length - 1]}`;
  return `Part of this link could not be used, so ${what} for ${list}.`;
}
