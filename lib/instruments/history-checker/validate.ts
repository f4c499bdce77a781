/**
 * Limits of the history checker and the check every history passes before the search runs. A history from the
 * form or a link is untrusted: each problem comes back as a sentence naming the operation and the field, and the
 * search only ever sees clean values.
 */
import { CLIENTS, OPERATION_KINDS, type Operation } from './types';

/**
 * Most operations in one history. The search is a backtracking search over orders, exponential in the number of
 * overlapping operations in the worst case; a dozen keeps every answer instant and the timeline readable.
 */
export const MAX_OPERATIONS = 12;
/** Fewest operations worth checking. */
export const MIN_OPERATIONS = 1;
/** The clock's range. */
export const TIME_RANGE = { min: 0, max: 100 } as const;
/** Values a write may store and a read may return. The register starts at 0. */
export const VALUE_RANGE = { min: 0, max: 999 } as const;
/** What x holds before any write. */
export const INITIAL_VALUE = 0;

/** The fields of one operation a reader edits. */
export type OperationField = 'client' | 'kind' | 'value' | 'invoke' | 'response';

/** One thing wrong with a history: `op` is the operation's index (null for the whole history). */
export interface HistoryProblem {
  op: number | null;
  field: OperationField | null;
  message: string;
}

const whole = (n: unknown, min: number, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/** The problems with one operation on its own. */
export function checkOperation(op: Operation, index: number): HistoryProblem[] {
  const problems: HistoryProblem[] = [];
  const add = (field: OperationField, message: string) => problems.push({ op: index, field, message });
  if (!(CLIENTS as readonly number[]).includes(op.client)) add('client', `The client must be one of ${CLIENTS.join(', ')}.`);
  if (!(OPERATION_KINDS as readonly string[]).includes(op.kind)) add('kind', 'An operation is a write or a read.');
  if (!whole(op.value, VALUE_RANGE.min, VALUE_RANGE.max)) add('value', `The value must be a whole number from ${VALUE_RANGE.min} to ${VALUE_RANGE.max}.`);
  const invokeOk = whole(op.invoke, TIME_RANGE.min, TIME_RANGE.max);
  if (!invokeOk) add('invoke', `The invoke time must be a whole number from ${TIME_RANGE.min} to ${TIME_RANGE.max}.`);
  if (!whole(op.response, TIME_RANGE.min, TIME_RANGE.max)) add('response', `The response time must be a whole number from ${TIME_RANGE.min} to ${TIME_RANGE.max}.`);
  else if (invokeOk && op.response <= op.invoke) add('response', `The response must come after the invoke (${op.invoke}).`);
  return problems;
}

/**
 * Every problem with `history`; an empty list means the search may run. Besides each operation's own fields, a
 * client is one sequential process (as in Herlihy & Wing's histories): it waits for a response before it invokes
 * its next operation, so two operations of one client may not overlap.
 */
export function checkHistory(history: readonly Operation[]): HistoryProblem[] {
  if (!Array.isArray(history)) return [{ op: null, field: null, message: 'A history is a list of operations.' }];
  if (history.length > MAX_OPERATIONS) {
    return [{ op: null, field: null, message: `This history has ${history.length} operations; the checker takes at most ${MAX_OPERATIONS}, so that every search finishes at once. Remove some first.` }];
  }
  if (history.length < MIN_OPERATIONS) return [{ op: null, field: null, message: 'Add at least one operation.' }];
  const problems = history.flatMap((op, i) => checkOperation(op, i));
  if (problems.length > 0) return problems;
  history.forEach((op, i) => {
    const clash = history.findIndex((other, j) => j !== i && other.client === op.client && other.invoke <= op.invoke && op.invoke <= other.response && (other.invoke < op.invoke || j < i));
    if (clash !== -1) {
      problems.push({
        op: i,
        field: 'invoke',
        message: `Client ${op.client} is still waiting for operation ${clash + 1} (until ${history[clash]?.response}): a client invokes its next operation only after the previous response.`,
      });
    }
  });
  return problems;
}
