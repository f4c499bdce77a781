/**
 * The LSM visualizer's state in a query string: `mem` (memtable entries), `l0` (Level 0 trigger), `ratio`
 * (level size ratio), `bits` (bloom bits per key) and `ops` (`w17.d17.r17`: write, delete, read key 17).
 * Anything unusable falls back to the default and yields a notice that repeats no link text.
 */
import type { LsmConfig } from './types';
import type { LsmOp } from './trace';
import { LINK_TOO_LONG, readOwnParams, ignoredNotice, readInteger, writeOwnParams } from '@/lib/instruments/url';
import { instrumentParams, instrumentQueryLimit } from '../registry';

const LSM_PARAMS = instrumentParams('lsm-tree');
const MAX_QUERY_LENGTH = instrumentQueryLimit('lsm-tree');

/** Allowed range of each setting. */
export const LSM_RANGES = {
  memtableSize: { min: 2, max: 8 },
  l0Trigger: { min: 2, max: 6 },
  sizeRatio: { min: 2, max: 10 },
  bitsPerKey: { min: 1, max: 16 },
} as const satisfies Record<keyof LsmConfig, { min: number; max: number }>;
/** Keys a reader may type. */
export const LSM_KEY_RANGE = { min: 1, max: 999 } as const;
/** Most operations kept. */
export const MAX_LSM_OPS = 200;

/** What a link can set. */
export interface LsmUrlState {
  config: LsmConfig;
  ops: LsmOp[];
}

const CONFIG_PARAMS: Record<keyof LsmConfig, { param: string; name: string }> = {
  memtableSize: { param: 'mem', name: 'the memtable size' },
  l0Trigger: { param: 'l0', name: 'the Level 0 trigger' },
  sizeRatio: { param: 'ratio', name: 'the size ratio' },
  bitsPerKey: { param: 'bits', name: 'the bloom filter bits' },
};


/** Three flushes already in Level 0: one more and it compacts. */
export const LSM_DEFAULTS: LsmUrlState = {
  config: { memtableSize: 4, l0Trigger: 4, sizeRatio: 4, bitsPerKey: 10 },
  ops: [42, 7, 88, 23, 61, 15, 94, 36, 50, 72, 9, 67].map((key) => ({ kind: 'write' as const, key })),
};

const CODE: Record<LsmOp['kind'], string> = { write: 'w', delete: 'd', read: 'r' };

/** `ops` as written in the URL. */
export function encodeLsmOps(ops: readonly LsmOp[]): string {
  return ops.map((op) => `${CODE[op.kind]}${op.key}`).join('.');
}

/** Reads `ops`; null if any token is malformed or out of range, or there are too many. */
export function decodeLsmOps(raw: string): LsmOp[] | null {
  if (raw === '') return [];
  const tokens = raw.split('.');
  if (tokens.length > MAX_LSM_OPS) return null;
  const ops: LsmOp[] = [];
  for (const token of tokens) {
    const match = /^([wdr])(\d{1,3})$/.exec(token);
    if (!match) return null;
    const key = readInteger(match[2] as string, LSM_KEY_RANGE.min, LSM_KEY_RANGE.max);
    if (key === null) return null;
    ops.push({ kind: match[1] === 'w' ? 'write' : match[1] === 'd' ? 'delete' : 'read', key });
  }
  return ops;
}

/** The state from `search`, with a notice when part of the link was ignored. */
export function decodeLsmQuery(search: string, defaults: LsmUrlState = LSM_DEFAULTS, prefix = ''): { state: LsmUrlState; notice: string | null } {
  const own = readOwnParams(search, LSM_PARAMS, prefix, MAX_QUERY_LENGTH);
  if (own.tooLong) return { state: defaults, notice: LINK_TOO_LONG };
  const one = own.get;
  const ignored: string[] = [];
  const config: LsmConfig = { ...defaults.config };
  for (const key of Object.keys(CONFIG_PARAMS) as Array<keyof LsmConfig>) {
    const { param, name } = CONFIG_PARAMS[key];
    const raw = one(param);
    if (raw === undefined) continue;
    const range = LSM_RANGES[key];
    const value = raw === null ? null : readInteger(raw, range.min, range.max);
    if (value === null) ignored.push(`${name} (${range.min} to ${range.max})`);
    else config[key] = value;
  }
  let ops = [...defaults.ops];
  const raw = one('ops');
  if (raw !== undefined) {
    const value = raw === null ? null : decodeLsmOps(raw);
    if (value === null) ignored.push(`the operations (at most ${MAX_LSM_OPS}, keys ${LSM_KEY_RANGE.min} to ${LSM_KEY_RANGE.max})`);
    else ops = value;
  }
  return { state: { config, ops }, notice: ignoredNotice(ignored) };
}

function asParams(state: LsmUrlState): Record<string, string> {
  const c = state.config;
  return { mem: String(c.memtableSize), l0: String(c.l0Trigger), ratio: String(c.sizeRatio), bits: String(c.bitsPerKey), ops: encodeLsmOps(state.ops) };
}

/** `currentSearch` with this visualizer's parameters set to `state` (defaults left out). */
export function encodeLsmQuery(state: LsmUrlState, currentSearch: string, defaults: LsmUrlState = LSM_DEFAULTS, prefix = ''): string {
  return writeOwnParams(currentSearch, LSM_PARAMS, asParams(state), asParams(defaults), prefix);
}
