/**
 * The part of the address bar an instrument owns. Every instrument keeps its state in the query string
 * (`key=value`, or `prefix.key=value` when two of one kind share a page), so a copied link reopens it and
 * Back undoes a change. A query string is untrusted input: anyone can send a link. Only this instrument's
 * own parameters are read and measured (a long parameter of another widget, or of a tracking link, never
 * costs this one its state), and notices name a setting, never the link's text.
 */

/** An instrument's URL prefix (its `urlKey`): 1–24 lowercase letters, digits and hyphens, starting with a letter. */
export const URL_KEY = /^[a-z][a-z0-9-]{0,23}$/;

/** What an author is told when a `urlKey` prop is not of that form. */
export const BAD_URL_KEY = 'urlKey must be 1–24 lowercase letters, digits or hyphens, starting with a letter; it is ignored.';

/** The prefix a `urlKey` prop asks for, or '' when it is absent or malformed. */
export function urlPrefix(urlKey: unknown): string {
  return typeof urlKey === 'string' && URL_KEY.test(urlKey) ? urlKey : '';
}

/** The query parameter for `key`, prefixed `prefix.` when several instruments of one kind share a page. */
export function paramName(key: string, prefix = ''): string {
  return prefix ? `${prefix}.${key}` : key;
}

/** One instrument's parameters in a query string. */
export interface OwnParams {
  /** A parameter's value: `undefined` when absent, `null` when repeated (unusable). */
  get(key: string): string | null | undefined;
  /** Whether any of the instrument's parameters is present (someone shared a link to it). */
  readonly present: boolean;
  /** Whether its parameters together are longer than it reads; they are then all treated as absent. */
  readonly tooLong: boolean;
}

/**
 * Reads the parameters `keys` of the instrument with `prefix` from `search`. When their values together are
 * longer than `maxLength` characters they are all ignored (`tooLong`): no instrument needs that much, so such a
 * link is not worth the work of reading.
 */
export function readOwnParams(search: string, keys: readonly string[], prefix: string, maxLength: number): OwnParams {
  const params = new URLSearchParams(search);
  const values = new Map<string, string[]>();
  let length = 0;
  for (const key of keys) {
    const all = params.getAll(paramName(key, prefix));
    if (all.length === 0) continue;
    values.set(key, all);
    for (const value of all) length += value.length;
  }
  const tooLong = length > maxLength;
  return {
    get(key) {
      const all = tooLong ? undefined : values.get(key);
      if (!all) return undefined;
      return all.length === 1 ? (all[0] as string) : null;
    },
    present: !tooLong && values.size > 0,
    tooLong,
  };
}

/** True if `search` holds any of this instrument's parameters, within what it reads. */
export function hasOwnParams(search: string, keys: readonly string[], prefix: string, maxLength: number): boolean {
  return readOwnParams(search, keys, prefix, maxLength).present;
}

/**
 * `currentSearch` (other instruments' and pages' parameters kept as they are) with this instrument's parameters
 * replaced by `values`; a value that is `undefined`, or equal to its entry in `defaults`, is left out, so an
 * instrument in its starting state leaves a clean address. Returns `?…`, or '' when nothing is left.
 */
export function writeOwnParams(
  currentSearch: string,
  keys: readonly string[],
  values: Readonly<Record<string, string | undefined>>,
  defaults: Readonly<Record<string, string | undefined>>,
  prefix = '',
): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of keys) params.delete(paramName(key, prefix));
  for (const key of keys) {
    const value = values[key];
    if (value !== undefined && value !== defaults[key]) params.set(paramName(key, prefix), value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** `currentSearch` without this instrument's parameters (a reset). */
export function withoutOwnParams(currentSearch: string, keys: readonly string[], prefix = ''): string {
  return writeOwnParams(currentSearch, keys, {}, {}, prefix);
}

/** An integer parameter within [min, max], written as plain digits; anything else is null. */
export function readInteger(raw: string, min: number, max: number): number | null {
  if (!/^\d{1,6}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= min && value <= max ? value : null;
}

/** One sentence naming what was ignored: `['the fan-out', 'the keys']` → "… for the fan-out and the keys." */
export function ignoredNotice(ignored: readonly string[], what = 'the defaults are used instead'): string | null {
  if (ignored.length === 0) return null;
  const list = ignored.length === 1 ? ignored[0] : `${ignored.slice(0, -1).join(', ')} and ${ignored[ignored.length - 1]}`;
  return `Part of this link could not be used, so ${what} for ${list}.`;
}

/** The notice for an instrument whose own parameters are longer than it reads. */
export const LINK_TOO_LONG = 'This link is too long to read, so the defaults are shown.';
