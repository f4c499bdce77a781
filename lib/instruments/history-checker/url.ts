/**
 * The history checker's state in a query string: `ops` (the operations: `1w200_0_60.2r200_4_20`, client 1
 * writes 200 from time 0 to 60, client 2 reads 200 from 4 to 20) and `show` (`seq` to step through the
 * sequential order instead of the linearization). Anything unusable falls back to the default with a notice that
 * repeats no link text; a history longer than the checker takes is refused with its own notice.
 */
import { ignoredNotice, LINK_TOO_LONG, readInteger, readOwnParams, writeOwnParams } from '@/lib/instruments/url';
import { HISTORY_PRESETS } from './presets';
import type { Client, Model, Operation } from './types';
import { checkOperation, MAX_OPERATIONS, TIME_RANGE, VALUE_RANGE } from './validate';

/** The query parameters the checker owns (the registry lists the same; a test checks). */
export const HISTORY_CHECKER_PARAMS = ['ops', 'show'] as const;
/** The most characters of its parameters it reads: 12 operations of at most 14 characters, and `show`. */
export const HISTORY_CHECKER_QUERY_LENGTH = 400;
const PARAMS = HISTORY_CHECKER_PARAMS;
const MAX_QUERY_LENGTH = HISTORY_CHECKER_QUERY_LENGTH;

/** What the checker shows: the history and which model's order the steps walk through. */
export interface HistoryCheckerState {
  history: Operation[];
  show: Model;
}

/** The state a page starts from without a link. */
export const HISTORY_DEFAULTS: HistoryCheckerState = { history: HISTORY_PRESETS[0].history, show: 'linearizable' };

/** One operation as written in the URL. */
export function encodeOperation(op: Operation): string {
  return `${op.client}${op.kind === 'write' ? 'w' : 'r'}${op.value}_${op.invoke}_${op.response}`;
}

/** `ops` as written in the URL. */
export function encodeHistory(history: readonly Operation[]): string {
  return history.map(encodeOperation).join('.');
}

/** Reads `ops`: the operations, 'too-many' past the checker's limit, or null if any token is malformed. */
export function decodeHistory(raw: string): Operation[] | 'too-many' | null {
  if (raw === '') return null;
  const tokens = raw.split('.');
  if (tokens.length > MAX_OPERATIONS) return tokens.length <= 200 && tokens.every((t) => /^[1-4][wr]\d{1,3}_\d{1,3}_\d{1,3}$/.test(t)) ? 'too-many' : null;
  const history: Operation[] = [];
  for (const token of tokens) {
    const match = /^([1-4])([wr])(\d{1,3})_(\d{1,3})_(\d{1,3})$/.exec(token);
    if (!match) return null;
    const value = readInteger(match[3] as string, VALUE_RANGE.min, VALUE_RANGE.max);
    const invoke = readInteger(match[4] as string, TIME_RANGE.min, TIME_RANGE.max);
    const response = readInteger(match[5] as string, TIME_RANGE.min, TIME_RANGE.max);
    if (value === null || invoke === null || response === null) return null;
    const op: Operation = { client: Number(match[1]) as Client, kind: match[2] === 'w' ? 'write' : 'read', value, invoke, response };
    if (checkOperation(op, history.length).length > 0) return null;
    history.push(op);
  }
  return history;
}

/** The notice for a shared history longer than the checker takes. */
export const TOO_MANY_NOTICE = `This link holds more than ${MAX_OPERATIONS} operations, more than the checker takes, so the example history is shown instead.`;

/** The state from `search`, with a notice when part of the link was ignored. */
export function decodeHistoryQuery(search: string, defaults: HistoryCheckerState = HISTORY_DEFAULTS, prefix = ''): { state: HistoryCheckerState; notice: string | null } {
  const own = readOwnParams(search, PARAMS, prefix, MAX_QUERY_LENGTH);
  if (own.tooLong) return { state: defaults, notice: LINK_TOO_LONG };
  const state: HistoryCheckerState = { history: [...defaults.history], show: defaults.show };
  const ignored: string[] = [];
  const ops = own.get('ops');
  let notice: string | null = null;
  if (ops !== undefined) {
    const history = ops === null ? null : decodeHistory(ops);
    if (history === 'too-many') notice = TOO_MANY_NOTICE;
    else if (history === null) ignored.push(`the operations (at most ${MAX_OPERATIONS}, clients 1 to 4, times ${TIME_RANGE.min} to ${TIME_RANGE.max} with each response after its invoke, values ${VALUE_RANGE.min} to ${VALUE_RANGE.max})`);
    else state.history = history;
  }
  const show = own.get('show');
  if (show !== undefined) {
    if (show === 'seq') state.show = 'sequential';
    else if (show === 'lin') state.show = 'linearizable';
    else ignored.push('the order to step through');
  }
  const ignoredText = ignoredNotice(ignored);
  return { state, notice: [notice, ignoredText].filter(Boolean).join(' ') || null };
}

function asParams(state: HistoryCheckerState): Record<string, string> {
  return { ops: encodeHistory(state.history), show: state.show === 'sequential' ? 'seq' : 'lin' };
}

/** `currentSearch` with this checker's parameters set to `state` (defaults left out). */
export function encodeHistoryQuery(state: HistoryCheckerState, currentSearch: string, defaults: HistoryCheckerState = HISTORY_DEFAULTS, prefix = ''): string {
  return writeOwnParams(currentSearch, PARAMS, asParams(state), asParams(defaults), prefix);
}
