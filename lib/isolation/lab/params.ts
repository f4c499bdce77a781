/**
 * The names of the isolation lab's URL parameters, with no other imports: the small island that
 * decides when to load the lab reads them before any of the engine has been downloaded.
 */
import { hasOwnParams } from '@/lib/instruments/url';

/** The lab's parameters. */
export const LAB_PARAM_KEYS = ['scenario', 'level', 'step', 'script'] as const;

/** One of the lab's parameters. */
export type LabParamKey = (typeof LAB_PARAM_KEYS)[number];

/** The most characters of its own parameters the lab reads. A script, URL-encoded, is most of it. */
export const MAX_LAB_QUERY_LENGTH = 12_000;

/** True if `search` holds any of this lab's parameters (someone shared a link to it). */
export function hasLabParams(search: string, prefix = ''): boolean {
  return hasOwnParams(search, LAB_PARAM_KEYS, prefix, MAX_LAB_QUERY_LENGTH);
}
