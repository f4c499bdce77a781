import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRegisterHistory, linearizationPoints, searchModel, valuesAlong } from './check';
import { HISTORY_PRESETS } from './presets';
import type { Client, HistoryReport, Operation, Verdict } from './types';
import { MAX_OPERATIONS } from './validate';

const w = (client: Client, value: number, invoke: number, response: number): Operation => ({ client, kind: 'write', value, invoke, response });
const r = (client: Client, value: number, invoke: number, response: number): Operation => ({ client, kind: 'read', value, invoke, response });

function report(history: Operation[]): HistoryReport {
  const outcome = checkRegisterHistory(history);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join(' '));
  return outcome.report;
}

/** True when `order` is a legal sequential run of the register (every read returns the latest write, from 0). */
function legal(history: Operation[], order: number[]): boolean {
  let value = 0;
  for (const i of order) {
    const op = history[i] as Operation;
    if (op.kind === 'write') value = op.value;
    else if (op.value !== value) return false;
  }
  return order.length === history.length && new Set(order).size === history.length;
}

/** True when `order` keeps every real-time precedence (a responded before b was invoked ⇒ a before b). */
function respectsRealTime(history: Operation[], order: number[]): boolean {
  return order.every((a, i) => order.slice(i + 1).every((b) => !((history[b] as Operation).response < (history[a] as Operation).invoke)));
}

/** True when `order` keeps each client's own order. */
function respectsClients(history: Operation[], order: number[]): boolean {
  return order.every((a, i) => order.slice(i + 1).every((b) => (history[b] as Operation).client !== (history[a] as Operation).client || (history[b] as Operation).invoke > (history[a] as Operation).invoke));
}

describe('published and textbook register histories', () => {
  // [name, history, verdict, linearization if linearizable]
  const cases: Array<[string, Operation[], Verdict, number[] | null]> = [
    // Porcupine README, first example: C0 put 100; C1 get → 100 and C2 get → 0 both inside it. Linearizable:
    // C2's get takes effect before the put, C1's after.
    ['Porcupine: overlapping gets of 100 and 0', [w(1, 100, 0, 40), r(2, 100, 4, 34), r(3, 0, 8, 28)], 'linearizable', [2, 0, 1]],
    // Porcupine README, second example: C1 reads 200 and returns; C2 starts later and reads 0. Not
    // linearizable, but sequentially consistent (C2's read can be ordered first: no client order forbids it).
    ['Porcupine: get 200 then a later get 0', [w(1, 200, 0, 60), r(2, 200, 4, 20), r(3, 0, 36, 56)], 'sequential', null],
    // jepsen.io/consistency/models/linearizable: once a write completes, later reads must see it. A stale read
    // after the write's response breaks linearizability; sequential consistency only keeps per-process order.
    ['stale read after a completed write', [w(1, 1, 0, 10), r(2, 0, 20, 30)], 'sequential', null],
    ['a read overlapping the write may see the old value', [w(1, 1, 0, 10), r(2, 0, 5, 30)], 'linearizable', [1, 0]],
    ['a read overlapping the write may see the new value', [w(1, 1, 0, 10), r(2, 1, 5, 30)], 'linearizable', [0, 1]],
    // Read-your-writes broken: within one client, program order forbids the read before the write.
    ['a client misses its own write', [w(1, 1, 0, 10), r(1, 0, 20, 30)], 'neither', null],
    // Jepsen's sequential model: all processes observe writes in one order. Seeing 2 then 1 contradicts w1 < w2.
    ['writes observed in the opposite order', [w(1, 1, 0, 10), w(1, 2, 20, 30), r(2, 2, 40, 50), r(2, 1, 60, 70)], 'neither', null],
    // A read of a value nobody wrote can never be ordered.
    ['a read of a value never written', [w(1, 1, 0, 10), r(2, 7, 20, 30)], 'neither', null],
    ['an initial read of 0 before any write', [r(1, 0, 0, 5), w(2, 3, 10, 20), r(1, 3, 30, 40)], 'linearizable', [0, 1, 2]],
    // Two concurrent writes: readers after both must agree on which came last.
    ['readers agree on the last of two concurrent writes', [w(1, 1, 0, 20), w(2, 2, 0, 20), r(3, 1, 30, 40), r(4, 1, 50, 60)], 'linearizable', [1, 0, 2, 3]],
    ['readers disagree after two concurrent writes', [w(1, 1, 0, 20), w(2, 2, 0, 20), r(3, 1, 30, 40), r(4, 2, 50, 60)], 'sequential', null],
    ['readers flip-flop after two concurrent writes', [w(1, 1, 0, 20), w(2, 2, 0, 20), r(3, 1, 30, 40), r(3, 2, 50, 60), r(3, 1, 70, 80)], 'neither', null],
  ];

  it.each(cases)('%s', (_name, history, verdict, linearization) => {
    const result = report(history);
    expect(result.verdict).toBe(verdict);
    if (linearization) expect(result.linearizable).toMatchObject({ holds: true, order: linearization });
    else expect(result.linearizable.holds).toBe(false);
    expect(result.sequential.holds).toBe(verdict !== 'neither');
  });

  it('every witness it returns is legal and keeps its model’s order', () => {
    for (const [, history] of cases) {
      const result = report(history);
      if (result.linearizable.holds) {
        expect(legal(history, result.linearizable.order)).toBe(true);
        expect(respectsRealTime(history, result.linearizable.order)).toBe(true);
      }
      if (result.sequential.holds) {
        expect(legal(history, result.sequential.order)).toBe(true);
        expect(respectsClients(history, result.sequential.order)).toBe(true);
      }
    }
  });

  it('names the stale read and the value x held where the search got stuck', () => {
    const lin = searchModel([w(1, 200, 0, 60), r(2, 200, 4, 20), r(3, 0, 36, 56)], 'linearizable');
    expect(lin).toEqual({ holds: false, longestPrefix: [0, 1], blockers: [{ op: 2, reason: 'stale-read', detail: 200 }], statesExplored: expect.any(Number) });
    const own = searchModel([w(1, 1, 0, 10), r(1, 0, 20, 30)], 'sequential');
    expect(own).toMatchObject({ holds: false, longestPrefix: [0], blockers: [{ op: 1, reason: 'stale-read', detail: 1 }] });
    // Nothing can start: the read must wait for the write (real time), and the write cannot go first either way.
    const never = searchModel([w(1, 1, 0, 10), r(2, 0, 20, 30), r(2, 5, 40, 50)], 'sequential');
    expect(never).toMatchObject({ holds: false, longestPrefix: [1, 0] });
    if (!never.holds) expect(never.blockers).toEqual([{ op: 2, reason: 'stale-read', detail: 1 }]);
    const waiting = searchModel([w(1, 1, 0, 10), r(2, 7, 20, 30), r(3, 1, 40, 50)], 'linearizable');
    expect(waiting).toMatchObject({ holds: false, longestPrefix: [0], blockers: [{ op: 1, reason: 'stale-read', detail: 1 }, { op: 2, reason: 'must-wait', detail: 1 }] });
  });
});

describe('the presets', () => {
  it('show each verdict, and stay within the limit', () => {
    const verdicts = Object.fromEntries(HISTORY_PRESETS.map((p) => [p.id, report(p.history).verdict]));
    expect(verdicts).toEqual({
      'stale-read': 'sequential',
      'overlapping-reads': 'linearizable',
      'new-then-old': 'sequential',
      'own-write-missing': 'neither',
      'writes-reordered': 'neither',
      'busy-register': 'linearizable',
    });
    for (const preset of HISTORY_PRESETS) expect(preset.history.length).toBeLessThanOrEqual(MAX_OPERATIONS);
  });
});

describe('linearization points', () => {
  it('fall inside each interval and never go back in time', () => {
    for (const preset of HISTORY_PRESETS) {
      const result = report(preset.history);
      if (!result.linearizable.holds) continue;
      const points = linearizationPoints(preset.history, result.linearizable.order);
      result.linearizable.order.forEach((op, k) => {
        const { invoke, response } = preset.history[op] as Operation;
        expect(points[k]).toBeGreaterThanOrEqual(invoke);
        expect(points[k]).toBeLessThanOrEqual(response);
        if (k > 0) expect(points[k]).toBeGreaterThanOrEqual(points[k - 1] as number);
      });
    }
    expect(valuesAlong([w(1, 5, 0, 1), r(2, 5, 2, 3), w(1, 6, 4, 5)], [0, 1, 2])).toEqual([5, 5, 6]);
  });
});

describe('against brute force', () => {
  /** Every permutation of 0…n−1 (n ≤ 6 here). */
  function* permutations(n: number): Generator<number[]> {
    const items = Array.from({ length: n }, (_, i) => i);
    function* go(prefix: number[], rest: number[]): Generator<number[]> {
      if (rest.length === 0) yield prefix;
      for (let i = 0; i < rest.length; i++) yield* go([...prefix, rest[i] as number], [...rest.slice(0, i), ...rest.slice(i + 1)]);
    }
    yield* go([], items);
  }

  // Random histories of up to 6 operations whose clients never overlap themselves: each client's operations
  // are laid end to end from its own random gaps.
  const history = fc
    .array(fc.record({ client: fc.constantFrom<Client>(1, 2, 3), write: fc.boolean(), value: fc.integer({ min: 0, max: 2 }), gap: fc.integer({ min: 0, max: 6 }), length: fc.integer({ min: 1, max: 12 }) }), { minLength: 1, maxLength: 6 })
    .map((rows) => {
      const clock = new Map<number, number>();
      return rows.map((row): Operation => {
        const invoke = (clock.get(row.client) ?? 0) + row.gap;
        const response = invoke + row.length;
        clock.set(row.client, response + 1);
        return { client: row.client, kind: row.write ? 'write' : 'read', value: row.value, invoke, response };
      });
    });

  it('agrees with trying every order, for both models', () => {
    fc.assert(
      fc.property(history, (h) => {
        const all = [...permutations(h.length)].filter((order) => legal(h, order));
        const result = report(h);
        expect(result.linearizable.holds).toBe(all.some((order) => respectsRealTime(h, order)));
        expect(result.sequential.holds).toBe(all.some((order) => respectsClients(h, order)));
        // Linearizable implies sequentially consistent.
        if (result.linearizable.holds) expect(result.sequential.holds).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('finishes a worst case of the full size quickly: twelve overlapping operations', () => {
    const wide = Array.from({ length: MAX_OPERATIONS }, (_, i): Operation => ({ client: ((i % 4) + 1) as Client, kind: i % 3 === 0 ? 'write' : 'read', value: i % 5, invoke: Math.floor(i / 4) * 31, response: Math.floor(i / 4) * 31 + 30 }));
    const started = performance.now();
    const result = report(wide);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(['linearizable', 'sequential', 'neither']).toContain(result.verdict);
    expect(result.linearizable.statesExplored).toBeLessThanOrEqual(2 ** MAX_OPERATIONS * 6);
  });
});

describe('refuses what it cannot check', () => {
  it('reports each problem instead of searching', () => {
    const outcome = checkRegisterHistory([w(1, 1, 10, 5), r(2, 1.5, 0, 3), w(1, 2, 4, 12), { client: 9 as Client, kind: 'read', value: Number.NaN, invoke: 0, response: 200 }]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => [p.op, p.field])).toEqual([
      [0, 'response'],
      [1, 'value'],
      [3, 'client'],
      [3, 'value'],
      [3, 'response'],
    ]);
    expect(outcome.problems[0]?.message).toBe('The response must come after the invoke (10).');
    expect(outcome.problems.every((p) => !/NaN|undefined/.test(p.message))).toBe(true);
  });

  it('refuses a client that overlaps itself, and a history over the limit', () => {
    const overlap = checkRegisterHistory([w(1, 1, 0, 10), r(1, 1, 10, 20)]);
    expect(overlap.ok ? [] : overlap.problems.map((p) => [p.op, p.field])).toEqual([[1, 'invoke']]);
    expect(overlap.ok ? '' : overlap.problems[0]?.message).toContain('Client 1 is still waiting for operation 1 (until 10)');
    const tooMany = checkRegisterHistory(Array.from({ length: MAX_OPERATIONS + 1 }, (_, i) => r(1, 0, i * 2, i * 2 + 1)));
    expect(tooMany.ok ? '' : tooMany.problems[0]?.message).toBe(`This history has ${MAX_OPERATIONS + 1} operations; the checker takes at most ${MAX_OPERATIONS}, so that every search finishes at once. Remove some first.`);
    expect(checkRegisterHistory([]).ok).toBe(false);
  });
});
