/**
 * The isolation lab's URL parameters, as the instrument registry lists them: the small island that decides
 * when to load the lab reads them before any of the engine has been downloaded.
 */
import { instrumentParams, instrumentQueryLimit } from '@/lib/instruments/registry';
import { hasOwnParams } from '@/lib/instruments/url';

/** The lab's parameters: scenario, level, step and the reader's own script. */
export const LAB_PARAM_KEYS = instrumentParams('isolation-lab');

/** The most characters of its own parameters the lab reads. A script, URL-encoded, is most of it. */
export const MAX_LAB_QUERY_LENGTH = instrumentQueryLimit('isolation-lab');

/** True if `search` holds any of this lab's parameters (someone shared a link to it). */
export function hasLabParams(search: string, prefix = ''): boolean {
  return hasOwnParams(search, LAB_PARAM_KEYS, prefix, MAX_LAB_QUERY_LENGTH);
}
