/**
 * The hash-ring visualizer's state in a query string: `shards` (at the start), `vnodes`, `keys` (how many
 * keys are counted), `ops` (`a.rB`: add a shard, then remove B), `hot` (the hot key's share of requests,
 * in percent) and `salt` (sub-keys it is written as). Anything unusable falls back to the default and
 * yields a notice that repeats no link text.
 */
import { HOT_SHARE_RANGE, SALT_RANGE } from './hot-key';
import { KEY_COUNT_RANGE, SHARD_RANGE, shardName, VNODE_RANGE } from './ring';
import { applyOps, type RingOp } from './trace';
import { LINK_TOO_LONG, readOwnParams, ignoredNotice, readInteger, writeOwnParams } from '@/lib/instruments/url';
import { instrumentParams, instrumentQueryLimit } from '../registry';

const HASH_RING_PARAMS = instrumentParams('hash-ring');
const MAX_QUERY_LENGTH = instrumentQueryLimit('hash-ring');

/** Most operations kept, so a shared link stays short. */
export const MAX_RING_OPS = 40;

/** What a link can set. */
export interface HashRingUrlState {
  shards: number;
  vnodes: number;
  keyCount: number;
  ops: RingOp[];
  /** Whole percent of requests the hot key takes. */
  hotPercent: number;
  salt: number;
}

/** Four shards with few enough tokens to label, ten thousand keys, and the lesson's eight-way salt. */
export const HASH_RING_DEFAULTS: HashRingUrlState = { shards: 4, vnodes: 8, keyCount: 10_000, ops: [], hotPercent: 30, salt: 8 };

/** `ops` as written in the URL. */
export function encodeRingOps(ops: readonly RingOp[]): string {
  return ops.map((op) => (op.kind === 'add' ? 'a' : `r${shardName(op.shard)}`)).join('.');
}

/** Reads `ops` (syntax only); null if any token is malformed or there are too many. */
export function decodeRingOps(raw: string): RingOp[] | null {
  if (raw === '') return [];
  const tokens = raw.split('.');
  if (tokens.length > MAX_RING_OPS) return null;
  const ops: RingOp[] = [];
  for (const token of tokens) {
    if (token === 'a') {
      ops.push({ kind: 'add' });
      continue;
    }
    const match = /^r([A-Z])$/.exec(token);
    if (!match) return null;
    const shard = (match[1] as string).charCodeAt(0) - 65;
    if (shard >= SHARD_RANGE.max) return null;
    ops.push({ kind: 'remove', shard });
  }
  return ops;
}

const RANGES = {
  shards: { param: 'shards', range: SHARD_RANGE, name: `the number of shards (${SHARD_RANGE.min} to ${SHARD_RANGE.max})` },
  vnodes: { param: 'vnodes', range: VNODE_RANGE, name: `the virtual nodes (${VNODE_RANGE.min} to ${VNODE_RANGE.max})` },
  keyCount: { param: 'keys', range: KEY_COUNT_RANGE, name: `the number of keys (${KEY_COUNT_RANGE.min} to ${KEY_COUNT_RANGE.max.toLocaleString('en-US')})` },
  hotPercent: { param: 'hot', range: HOT_SHARE_RANGE, name: `the hot key's share (${HOT_SHARE_RANGE.min} to ${HOT_SHARE_RANGE.max}%)` },
  salt: { param: 'salt', range: SALT_RANGE, name: `the salt (${SALT_RANGE.min} to ${SALT_RANGE.max} sub-keys)` },
} as const;
type NumericKey = keyof typeof RANGES;

/** The state from `search`, with a notice when part of the link was ignored. */
export function decodeHashRingQuery(search: string, defaults: HashRingUrlState = HASH_RING_DEFAULTS, prefix = ''): { state: HashRingUrlState; notice: string | null } {
  const own = readOwnParams(search, HASH_RING_PARAMS, prefix, MAX_QUERY_LENGTH);
  if (own.tooLong) return { state: defaults, notice: LINK_TOO_LONG };
  const one = own.get;
  const ignored: string[] = [];
  const state: HashRingUrlState = { ...defaults, ops: [...defaults.ops] };
  for (const key of Object.keys(RANGES) as NumericKey[]) {
    const { param, range, name } = RANGES[key];
    const raw = one(param);
    if (raw === undefined) continue;
    const value = raw === null ? null : readInteger(raw, range.min, range.max);
    if (value === null) ignored.push(name);
    else state[key] = value;
  }
  const raw = one('ops');
  if (raw !== undefined) {
    const ops = raw === null ? null : decodeRingOps(raw);
    // Each removal must name a shard on the ring at that point, and the ring must keep 1 to 12 shards.
    if (ops === null || 'invalidAt' in applyOps(state.shards, ops)) ignored.push(`the added and removed shards (at most ${MAX_RING_OPS}, each removal naming a shard on the ring)`);
    else state.ops = ops;
  }
  return { state, notice: ignoredNotice(ignored) };
}

function asParams(state: HashRingUrlState): Record<string, string> {
  return {
    shards: String(state.shards),
    vnodes: String(state.vnodes),
    keys: String(state.keyCount),
    ops: encodeRingOps(state.ops),
    hot: String(state.hotPercent),
    salt: String(state.salt),
  };
}

/** `currentSearch` with this ring's parameters set to `state` (defaults left out). */
export function encodeHashRingQuery(state: HashRingUrlState, currentSearch: string, defaults: HashRingUrlState = HASH_RING_DEFAULTS, prefix = ''): string {
  return writeOwnParams(currentSearch, HASH_RING_PARAMS, asParams(state), asParams(defaults), prefix);
}
