/**
 * The quorum simulator's state in a query string: `n`, `r`, `w` (whole numbers), `mode` (strict, hints,
 * sloppy), `rr` (read repair: on, off), `skew` (each node's clock error in ms, `0.0.-1500.0.0.0.0`) and `ops`
 * (`wA.cC.wA.jC.rC`: write through A, cut C off, write through A, reconnect C, read through C; `f` fails a
 * node, `u` brings it back up, `x` runs anti-entropy repair). Anything unusable falls back to the default and
 * yields a notice that repeats no link text.
 */
import { ignoredNotice, LINK_TOO_LONG, readInteger, readOwnParams, writeOwnParams } from '@/lib/instruments/url';
import { instrumentParams, instrumentQueryLimit } from '../registry';
import { QUORUM_PRESETS } from './presets';
import { MODES, type Mode, type QuorumOp, type QuorumScenario } from './types';
import { checkScenario, MAX_OPS, N_RANGE, nodeCount, SKEW_RANGE } from './validate';

const QUORUM_PARAMS = instrumentParams('quorum-simulator');
const MAX_QUERY_LENGTH = instrumentQueryLimit('quorum-simulator');

/** The scenario a page starts from without a link. */
export const QUORUM_DEFAULTS: QuorumScenario = QUORUM_PRESETS[0].scenario;

const LETTERS: Record<QuorumOp['kind'], string> = { write: 'w', read: 'r', fail: 'f', recover: 'u', cut: 'c', reconnect: 'j', repair: 'x' };
const KINDS = Object.fromEntries(Object.entries(LETTERS).map(([kind, letter]) => [letter, kind])) as Record<string, QuorumOp['kind']>;

/** One operation as written in the URL. */
export function encodeOp(op: QuorumOp): string {
  if (op.kind === 'repair') return 'x';
  const node = op.kind === 'write' || op.kind === 'read' ? op.coordinator : op.node;
  return `${LETTERS[op.kind]}${String.fromCharCode(65 + node)}`;
}

/** `ops` as written in the URL. */
export function encodeOps(ops: readonly QuorumOp[]): string {
  return ops.map(encodeOp).join('.');
}

/** Reads `ops`; null if a token is malformed or there are too many (whether they make sense is checked later). */
export function decodeOps(raw: string): QuorumOp[] | null {
  if (raw === '') return [];
  const tokens = raw.split('.');
  if (tokens.length > MAX_OPS) return null;
  const ops: QuorumOp[] = [];
  for (const token of tokens) {
    if (token === 'x') {
      ops.push({ kind: 'repair' });
      continue;
    }
    const match = /^([wrfucj])([A-I])$/.exec(token);
    if (!match) return null;
    const kind = KINDS[match[1] as string] as QuorumOp['kind'];
    const node = (match[2] as string).charCodeAt(0) - 65;
    ops.push(kind === 'write' || kind === 'read' ? { kind, coordinator: node } : ({ kind, node } as QuorumOp));
  }
  return ops;
}

/** Reads `skew`: one whole number of ms per node, each within range; null otherwise. */
export function decodeSkew(raw: string, nodes: number): number[] | null {
  const parts = raw.split('.');
  if (parts.length !== nodes) return null;
  const values = parts.map((p) => (/^-?\d{1,4}$/.test(p) ? Number(p) : Number.NaN));
  return values.every((v) => Number.isInteger(v) && v >= SKEW_RANGE.min && v <= SKEW_RANGE.max) ? values.map((v) => (Object.is(v, -0) ? 0 : v)) : null;
}

/** `skew` for `n` home replicas: the first entries of `skew`, zeros after them. */
export function resizeSkew(skew: readonly number[], n: number): number[] {
  return Array.from({ length: nodeCount(n) }, (_, i) => skew[i] ?? 0);
}

/** The operations of `scenario` that still make sense in order, after N changed (a dropped node's, or a recovery of a node no longer failed, go). */
export function keepValidOps(scenario: QuorumScenario): QuorumOp[] {
  const kept: QuorumOp[] = [];
  for (const op of scenario.ops) {
    const trial = { ...scenario, ops: [...kept, op] };
    if (checkScenario(trial).every((p) => !p.field.startsWith('ops'))) kept.push(op);
  }
  return kept;
}

const oneOf = <T extends string>(raw: string, options: readonly T[]): T | null => ((options as readonly string[]).includes(raw) ? (raw as T) : null);

/** The scenario from `search`, with a notice when part of the link was ignored. */
export function decodeQuorumQuery(search: string, defaults: QuorumScenario = QUORUM_DEFAULTS, prefix = ''): { state: QuorumScenario; notice: string | null } {
  const own = readOwnParams(search, QUORUM_PARAMS, prefix, MAX_QUERY_LENGTH);
  if (own.tooLong) return { state: defaults, notice: LINK_TOO_LONG };
  const ignored: string[] = [];
  const state: QuorumScenario = { ...defaults, skewMs: [...defaults.skewMs], ops: [...defaults.ops] };
  const read = <T>(param: string, parse: (raw: string) => T | null, name: string, apply: (value: T) => void) => {
    const raw = own.get(param);
    if (raw === undefined) return;
    const value = raw === null ? null : parse(raw);
    if (value === null) ignored.push(name);
    else apply(value);
  };
  read('n', (raw) => readInteger(raw, N_RANGE.min, N_RANGE.max), `N (${N_RANGE.min} to ${N_RANGE.max})`, (v) => {
    state.n = v;
    state.skewMs = resizeSkew(state.skewMs, v);
    state.r = Math.min(state.r, v);
    state.w = Math.min(state.w, v);
  });
  read('r', (raw) => readInteger(raw, 1, state.n), `R (1 to N)`, (v) => (state.r = v));
  read('w', (raw) => readInteger(raw, 1, state.n), `W (1 to N)`, (v) => (state.w = v));
  read('mode', (raw) => oneOf<Mode>(raw, MODES), 'the quorum mode', (v) => (state.mode = v));
  read('rr', (raw) => (raw === 'on' ? true : raw === 'off' ? false : null), 'read repair', (v) => (state.readRepair = v));
  read('skew', (raw) => decodeSkew(raw, nodeCount(state.n)), `the clock skews (${SKEW_RANGE.min} to ${SKEW_RANGE.max} ms for each node)`, (v) => (state.skewMs = v));
  const rawOps = own.get('ops');
  if (rawOps !== undefined) {
    const ops = rawOps === null ? null : decodeOps(rawOps);
    const usable = ops !== null && checkScenario({ ...state, ops }).length === 0;
    if (usable) state.ops = ops;
    else {
      ignored.push(`the steps (at most ${MAX_OPS}, each one that makes sense after the ones before it)`);
      state.ops = keepValidOps({ ...state, ops: defaults.ops });
    }
  } else state.ops = keepValidOps(state);
  return { state, notice: ignoredNotice(ignored) };
}

function asParams(s: QuorumScenario): Record<string, string> {
  return { n: String(s.n), r: String(s.r), w: String(s.w), mode: s.mode, rr: s.readRepair ? 'on' : 'off', skew: s.skewMs.join('.'), ops: encodeOps(s.ops) };
}

/** `currentSearch` with this simulator's parameters set to `state` (defaults left out). */
export function encodeQuorumQuery(state: QuorumScenario, currentSearch: string, defaults: QuorumScenario = QUORUM_DEFAULTS, prefix = ''): string {
  const params = asParams(state);
  const base = asParams(defaults);
  // A skew list of another length than the default's is never equal to it, so it is written whenever N differs.
  return writeOwnParams(currentSearch, QUORUM_PARAMS, params, base, prefix);
}
