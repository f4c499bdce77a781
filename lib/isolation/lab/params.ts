/**
 * The names of the isolation lab's URL parameters, with no other imports: the small island that
 * decides when to load the lab reads them before any of the engine has been downloaded.
 */

/** The lab's parameters. */
export const LAB_PARAM_KEYS = ['scenario', 'level', 'step', 'script'] as const;

/** One of the lab's parameters. */
export type LabParamKey = (typeof LAB_PARAM_KEYS)[number];

/** A lab's URL prefix (its `urlKey`): lowercase letters, digits and hyphens, starting with a letter. */
export const LAB_URL_KEY = /^[a-z][a-z0-9-]{0,23}$/;

/** Longest query string read at all. A script, URL-encoded, is most of it. */
export const MAX_LAB_QUERY_LENGTH = 12_000;

/** The parameter for `key`, prefixed `prefix.` when several labs share a page. */
export function labParam(key: LabParamKey, prefix = ''): string {
  return prefix ? `${prefix}.${key}` : key;
}

/** True if `search` holds any of this lab's parameters (someone shared a link to it). */
export function hasLabParams(search: string, prefix = ''): boolean {
  if (search.length > MAX_LAB_QUERY_LENGTH) return false;
  const params = new URLSearchParams(search);
  return LAB_PARAM_KEYS.some((key) => params.has(labParam(key, prefix)));
}

/** The prefix a lab's `urlKey` prop asks for, or '' when it is absent or malformed. */
export function labPrefix(urlKey: unknown): string {
  return typeof urlKey === 'string' && LAB_URL_KEY.test(urlKey) ? urlKey : '';
}
