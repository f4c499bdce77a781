/**
 * The B-tree visualizer's state in a query string: `order` (fan-out), `ops` (inserts and searches in
 * order: `10.20.s25` inserts 10 and 20, then searches 25) and `page` (the key type of the 8 kB page
 * series). Anything unusable falls back to the default and yields a notice that repeats no link text.
 */
import { KEY_TYPES, type KeyTypeId } from './height';
import type { BTreeOp } from './trace';
import { LINK_TOO_LONG, readOwnParams, ignoredNotice, readInteger, writeOwnParams } from '@/lib/instruments/url';
import { instrumentParams, instrumentQueryLimit } from '../registry';

const BTREE_PARAMS = instrumentParams('btree');
const MAX_QUERY_LENGTH = instrumentQueryLimit('btree');

/** Fan-outs the drawing offers. */
export const ORDER_RANGE = { min: 3, max: 8 } as const;
/** Keys a reader may type. */
export const KEY_RANGE = { min: 1, max: 999 } as const;
/** Most operations kept (the brief's cap of 200 keys, searches included). */
export const MAX_OPS = 200;

/** What a link can set. */
export interface BTreeUrlState {
  order: number;
  ops: BTreeOp[];
  keyType: KeyTypeId;
}


/** Where a lesson's tree starts: the lesson's split example, one insert away from splitting. */
export const BTREE_DEFAULTS: BTreeUrlState = {
  order: 5,
  ops: [10, 20, 30, 40].map((key) => ({ kind: 'insert' as const, key })),
  keyType: 'bigint',
};

/** `ops` as written in the URL. */
export function encodeOps(ops: readonly BTreeOp[]): string {
  return ops.map((op) => (op.kind === 'search' ? `s${op.key}` : String(op.key))).join('.');
}

/** Reads `ops`; null if any token is malformed, out of range, or there are too many. */
export function decodeOps(raw: string): BTreeOp[] | null {
  if (raw === '') return [];
  const tokens = raw.split('.');
  if (tokens.length > MAX_OPS) return null;
  const ops: BTreeOp[] = [];
  for (const token of tokens) {
    const match = /^(s?)(\d{1,3})$/.exec(token);
    if (!match) return null;
    const key = readInteger(match[2] as string, KEY_RANGE.min, KEY_RANGE.max);
    if (key === null) return null;
    ops.push({ kind: match[1] ? 'search' : 'insert', key });
  }
  return ops;
}

/** The state from `search`, with a notice when part of the link was ignored. */
export function decodeBTreeQuery(search: string, defaults: BTreeUrlState = BTREE_DEFAULTS, prefix = ''): { state: BTreeUrlState; notice: string | null } {
  const own = readOwnParams(search, BTREE_PARAMS, prefix, MAX_QUERY_LENGTH);
  if (own.tooLong) return { state: defaults, notice: LINK_TOO_LONG };
  const one = own.get;
  const ignored: string[] = [];
  const state: BTreeUrlState = { ...defaults, ops: [...defaults.ops] };

  const order = one('order');
  if (order !== undefined) {
    const value = order === null ? null : readInteger(order, ORDER_RANGE.min, ORDER_RANGE.max);
    if (value === null) ignored.push(`the fan-out (it must be ${ORDER_RANGE.min} to ${ORDER_RANGE.max})`);
    else state.order = value;
  }
  const ops = one('ops');
  if (ops !== undefined) {
    const value = ops === null ? null : decodeOps(ops);
    if (value === null) ignored.push(`the keys (at most ${MAX_OPS}, each ${KEY_RANGE.min} to ${KEY_RANGE.max})`);
    else state.ops = value;
  }
  const page = one('page');
  if (page !== undefined) {
    const found = KEY_TYPES.find((k) => k.id === page);
    if (!found) ignored.push('the key type');
    else state.keyType = found.id;
  }
  return { state, notice: ignoredNotice(ignored) };
}

function asParams(state: BTreeUrlState): Record<string, string> {
  return { order: String(state.order), ops: encodeOps(state.ops), page: state.keyType };
}

/** `currentSearch` with this tree's parameters set to `state` (defaults left out). */
export function encodeBTreeQuery(state: BTreeUrlState, currentSearch: string, defaults: BTreeUrlState = BTREE_DEFAULTS, prefix = ''): string {
  return writeOwnParams(currentSearch, BTREE_PARAMS, asParams(state), asParams(defaults), prefix);
}
