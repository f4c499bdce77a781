/**
 * The replication timeline's state in a query string: `lag` (each replica's lag in ms: `200.40`), `net`
 * (one-way network delay), `route` (any, primary, ryw), `commit` (async, sync), `crash` (ms, or `off`) and
 * `acts` (`100wx1.250rx.o130rx`: at 100 ms you write x = 1, at 250 ms you read x, at 130 ms another user
 * reads x). Anything unusable falls back to the default and yields a notice that repeats no link text.
 */
import { LINK_TOO_LONG, readOwnParams, ignoredNotice, readInteger, writeOwnParams } from '@/lib/instruments/url';
import { instrumentParams, instrumentQueryLimit } from '../registry';

const REPLICATION_PARAMS = instrumentParams('replication');
const MAX_QUERY_LENGTH = instrumentQueryLimit('replication');
import { REPLICATION_PRESETS } from './presets';
import { COMMIT_MODES, ROUTINGS, type ClientAction, type Key, type ReplicationScenario } from './types';
import { LAG_RANGE, MAX_ACTIONS, NETWORK_RANGE, REPLICA_COUNT, TIME_RANGE, VALUE_RANGE } from './validate';

/** The timeline a page starts from without a link. */
export const REPLICATION_DEFAULTS: ReplicationScenario = REPLICATION_PRESETS[0].scenario;

/** One action as written in the URL. */
export function encodeAction(action: ClientAction): string {
  const who = action.session === 'other' ? 'o' : '';
  return action.kind === 'write' ? `${who}${action.at}w${action.key}${action.value}` : `${who}${action.at}r${action.key}`;
}

/** `acts` as written in the URL. */
export function encodeActions(actions: readonly ClientAction[]): string {
  return actions.map(encodeAction).join('.');
}

/** Reads `acts`; null if any token is malformed or out of range, or there are too many. */
export function decodeActions(raw: string): ClientAction[] | null {
  if (raw === '') return [];
  const tokens = raw.split('.');
  if (tokens.length > MAX_ACTIONS) return null;
  const actions: ClientAction[] = [];
  for (const token of tokens) {
    const match = /^(o?)(\d{1,4})([wr])([xyz])(\d{1,3})?$/.exec(token);
    if (!match) return null;
    const at = readInteger(match[2] as string, TIME_RANGE.min, TIME_RANGE.max);
    if (at === null) return null;
    const session = match[1] === 'o' ? 'other' : 'you';
    const key = match[4] as Key;
    if (match[3] === 'r') {
      if (match[5] !== undefined) return null;
      actions.push({ kind: 'read', at, session, key });
    } else {
      const value = match[5] === undefined ? null : readInteger(match[5], VALUE_RANGE.min, VALUE_RANGE.max);
      if (value === null) return null;
      actions.push({ kind: 'write', at, session, key, value });
    }
  }
  return actions;
}

/** Reads `lag`; null unless it is 1–3 whole numbers in range. */
export function decodeLags(raw: string): number[] | null {
  const parts = raw.split('.');
  if (parts.length < REPLICA_COUNT.min || parts.length > REPLICA_COUNT.max) return null;
  const lags = parts.map((p) => readInteger(p, LAG_RANGE.min, LAG_RANGE.max));
  return lags.every((lag): lag is number => lag !== null) ? lags : null;
}

/** Reads `crash`: `off`, or a time in range; null otherwise. */
export function decodeCrash(raw: string): { at: number | null } | null {
  if (raw === 'off') return { at: null };
  const at = readInteger(raw, TIME_RANGE.min, TIME_RANGE.max);
  return at === null ? null : { at };
}

const oneOf = <T extends string>(raw: string, options: readonly T[]): T | null => ((options as readonly string[]).includes(raw) ? (raw as T) : null);

/** The scenario from `search`, with a notice when part of the link was ignored. */
export function decodeReplicationQuery(search: string, defaults: ReplicationScenario = REPLICATION_DEFAULTS, prefix = ''): { state: ReplicationScenario; notice: string | null } {
  const own = readOwnParams(search, REPLICATION_PARAMS, prefix, MAX_QUERY_LENGTH);
  if (own.tooLong) return { state: defaults, notice: LINK_TOO_LONG };
  const one = own.get;
  const ignored: string[] = [];
  const state: ReplicationScenario = { ...defaults, lags: [...defaults.lags], actions: [...defaults.actions] };
  const read = <T>(param: string, parse: (raw: string) => T | null, name: string, apply: (value: T) => void) => {
    const raw = one(param);
    if (raw === undefined) return;
    const value = raw === null ? null : parse(raw);
    if (value === null) ignored.push(name);
    else apply(value);
  };
  read('lag', decodeLags, `the replica lags (${REPLICA_COUNT.min} to ${REPLICA_COUNT.max} replicas, ${LAG_RANGE.min} to ${LAG_RANGE.max} ms)`, (v) => (state.lags = v));
  read('net', (raw) => readInteger(raw, NETWORK_RANGE.min, NETWORK_RANGE.max), `the network delay (${NETWORK_RANGE.min} to ${NETWORK_RANGE.max} ms)`, (v) => (state.networkMs = v));
  read('route', (raw) => oneOf(raw, ROUTINGS), 'the read routing', (v) => (state.routing = v));
  read('commit', (raw) => oneOf(raw, COMMIT_MODES), 'the commit mode', (v) => (state.commit = v));
  read(
    'crash',
    decodeCrash,
    `the crash time (${TIME_RANGE.min} to ${TIME_RANGE.max} ms)`,
    (v) => (state.crashAt = v.at),
  );
  read('acts', decodeActions, `the reads and writes (at most ${MAX_ACTIONS}, times ${TIME_RANGE.min} to ${TIME_RANGE.max} ms, values ${VALUE_RANGE.min} to ${VALUE_RANGE.max})`, (v) => (state.actions = v));
  return { state, notice: ignoredNotice(ignored) };
}

function asParams(s: ReplicationScenario): Record<string, string> {
  return { lag: s.lags.join('.'), net: String(s.networkMs), route: s.routing, commit: s.commit, crash: s.crashAt === null ? 'off' : String(s.crashAt), acts: encodeActions(s.actions) };
}

/** `currentSearch` with this visualizer's parameters set to `state` (defaults left out). */
export function encodeReplicationQuery(state: ReplicationScenario, currentSearch: string, defaults: ReplicationScenario = REPLICATION_DEFAULTS, prefix = ''): string {
  return writeOwnParams(currentSearch, REPLICATION_PARAMS, asParams(state), asParams(defaults), prefix);
}
