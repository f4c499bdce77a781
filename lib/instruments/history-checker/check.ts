/**
 * Whether a history of reads and writes on one register is linearizable or sequentially consistent, by the
 * backtracking search of Wing & Gong (1993) with the memo Lowe (2017) added and Porcupine uses: place one
 * operation at a time into a sequential order, trying each operation that may come next; a read may be placed
 * only if it returns what the register holds at that point; back up when nothing fits. A set of placed
 * operations plus the register's value is a state; a state that failed once fails again, so it is never
 * searched twice, which bounds the work at 2^n × (distinct values) states for n operations.
 *
 * The two models differ only in which operations may come next (Herlihy & Wing 1990; jepsen.io/consistency):
 * - linearizable: any unplaced operation that no other unplaced operation finished before it began (real time);
 * - sequential: the first unplaced operation of each client (each client's own order, real time ignored).
 */
import type { Blocker, HistoryReport, Model, ModelResult, Operation } from './types';
import { checkHistory, INITIAL_VALUE } from './validate';

/** The operations that may be placed next, given the set already placed (a bit mask over the history). */
function candidates(history: readonly Operation[], placed: number, model: Model): number[] {
  const open = history.map((_, i) => i).filter((i) => (placed & (1 << i)) === 0);
  if (model === 'linearizable') {
    // Minimal in real time: nothing unplaced responded before this one was invoked.
    return open.filter((i) => open.every((j) => j === i || (history[j] as Operation).response >= (history[i] as Operation).invoke));
  }
  const firstOfClient = new Map<number, number>();
  for (const i of open) {
    const op = history[i] as Operation;
    const current = firstOfClient.get(op.client);
    if (current === undefined || op.invoke < (history[current] as Operation).invoke) firstOfClient.set(op.client, i);
  }
  return [...firstOfClient.values()];
}

/** The unplaced operation that must come before `i` under `model` (it explains a must-wait). */
function mustFollow(history: readonly Operation[], placed: number, i: number, model: Model): number {
  const op = history[i] as Operation;
  const open = history.map((_, j) => j).filter((j) => j !== i && (placed & (1 << j)) === 0);
  const earlier = open.filter((j) => {
    const other = history[j] as Operation;
    return model === 'linearizable' ? other.response < op.invoke : other.client === op.client && other.invoke < op.invoke;
  });
  // The earliest such operation, so the explanation names the first link of the chain.
  return earlier.sort((a, b) => (history[a] as Operation).invoke - (history[b] as Operation).invoke || a - b)[0] ?? i;
}

/** Earlier-invoked operations first, so a witness reads left to right where the history allows it. */
function byInvoke(history: readonly Operation[], ids: number[]): number[] {
  return ids.sort((a, b) => (history[a] as Operation).invoke - (history[b] as Operation).invoke || (history[a] as Operation).response - (history[b] as Operation).response || a - b);
}

/**
 * Searches for an order of `history` that satisfies `model`. The history must already pass `checkHistory`.
 * Returns the first order found, or the longest prefix any branch reached with why each candidate failed there.
 */
export function searchModel(history: readonly Operation[], model: Model): ModelResult {
  const n = history.length;
  const full = (1 << n) - 1;
  const failed = new Set<string>();
  const order: number[] = [];
  let statesExplored = 0;
  let deepest: { prefix: number[]; placed: number; value: number } = { prefix: [], placed: 0, value: INITIAL_VALUE };

  const visit = (placed: number, value: number): boolean => {
    if (placed === full) return true;
    const key = `${placed}:${value}`;
    if (failed.has(key)) return false;
    statesExplored++;
    if (order.length > deepest.prefix.length) deepest = { prefix: [...order], placed, value };
    for (const i of byInvoke(history, candidates(history, placed, model))) {
      const op = history[i] as Operation;
      if (op.kind === 'read' && op.value !== value) continue;
      order.push(i);
      if (visit(placed | (1 << i), op.kind === 'write' ? op.value : value)) return true;
      order.pop();
    }
    failed.add(key);
    return false;
  };

  if (visit(0, INITIAL_VALUE)) return { holds: true, order: [...order], statesExplored };

  const { prefix, placed, value } = deepest;
  const next = new Set(candidates(history, placed, model));
  const blockers: Blocker[] = [];
  for (let i = 0; i < n; i++) {
    if ((placed & (1 << i)) !== 0) continue;
    const op = history[i] as Operation;
    if (next.has(i)) {
      // A candidate that fails here is a read of the wrong value, or a step into a branch that failed deeper;
      // only the first is a reason at this point.
      if (op.kind === 'read' && op.value !== value) blockers.push({ op: i, reason: 'stale-read', detail: value });
    } else {
      blockers.push({ op: i, reason: 'must-wait', detail: mustFollow(history, placed, i, model) });
    }
  }
  return { holds: false, longestPrefix: prefix, blockers, statesExplored };
}

/** The checker's answer, or the problems that stop it from running. */
export type CheckOutcome = { ok: true; report: HistoryReport } | { ok: false; problems: ReturnType<typeof checkHistory> };

/** Validates `history`, then tests it against both models and names the strongest that holds. */
export function checkRegisterHistory(history: readonly Operation[]): CheckOutcome {
  const problems = checkHistory(history);
  if (problems.length > 0) return { ok: false, problems };
  const linearizable = searchModel(history, 'linearizable');
  const sequential = searchModel(history, 'sequential');
  const verdict = linearizable.holds ? 'linearizable' : sequential.holds ? 'sequential' : 'neither';
  return { ok: true, report: { verdict, linearizable, sequential } };
}

/**
 * A moment for each operation of a linearizable witness at which it can be drawn taking effect: as early as its
 * own invoke allows, and never before the previous one's. That moment is always inside the operation's interval,
 * because the order respects real time: every earlier operation was invoked before this one responded.
 */
export function linearizationPoints(history: readonly Operation[], order: readonly number[]): number[] {
  let previous = -Infinity;
  return order.map((i) => {
    previous = Math.max((history[i] as Operation).invoke, previous);
    return previous;
  });
}

/** The register's value after each operation of `order`, applied one by one from the initial value. */
export function valuesAlong(history: readonly Operation[], order: readonly number[]): number[] {
  let value = INITIAL_VALUE;
  return order.map((i) => {
    const op = history[i] as Operation;
    if (op.kind === 'write') value = op.value;
    return value;
  });
}
