import { describe, expect, it } from 'vitest';
import { QUORUM_PRESETS } from './presets';
import { quorumVerdict } from './quorum';
import { newer, preferenceList, simulateQuorum, startNodes } from './simulate';
import type { Freshness, Mode, Outcome, QuorumOp, QuorumScenario, QuorumTrace, StepResult } from './types';
import { summarizeSteps } from './summary';
import { nodeCount } from './validate';

const [A, B, C, D, E] = [0, 1, 2, 3, 4];
const write = (coordinator: number): QuorumOp => ({ kind: 'write', coordinator });
const read = (coordinator: number): QuorumOp => ({ kind: 'read', coordinator });
const cut = (node: number): QuorumOp => ({ kind: 'cut', node });
const reconnect = (node: number): QuorumOp => ({ kind: 'reconnect', node });
const fail = (node: number): QuorumOp => ({ kind: 'fail', node });
const recover = (node: number): QuorumOp => ({ kind: 'recover', node });
const repair: QuorumOp = { kind: 'repair' };

function run(partial: Partial<QuorumScenario> & { ops: QuorumOp[] }): QuorumTrace {
  const n = partial.n ?? 3;
  const scenario: QuorumScenario = { n, r: 2, w: 2, mode: 'strict', readRepair: false, skewMs: Array.from({ length: nodeCount(n) }, () => 0), ...partial };
  const outcome = simulateQuorum(scenario);
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join(' '));
  return outcome.trace;
}
const last = (trace: QuorumTrace): StepResult => trace.steps[trace.steps.length - 1] as StepResult;
const versions = (step: StepResult) => step.nodes.map((node) => node.version?.id ?? null);

const MISSED_WRITE = [write(A), cut(C), write(A), reconnect(C), read(C)];

describe('quorum arithmetic', () => {
  it.each([
    [3, 1, 1, false, 0],
    [3, 2, 1, false, 0],
    [3, 2, 2, true, 1],
    [3, 1, 3, true, 1],
    [5, 3, 3, true, 1],
    [5, 2, 3, false, 0],
    [7, 4, 4, true, 1],
    [7, 7, 7, true, 7],
  ])('N=%i R=%i W=%i: overlaps %s, at least %i shared', (n, r, w, overlaps, shared) => {
    const verdict = quorumVerdict(n, r, w);
    expect(verdict).toMatchObject({ overlaps, minimumShared: shared, writeTolerates: n - w, readTolerates: n - r });
    expect(verdict.sentence).toContain(overlaps ? '>' : '≤');
  });
});

describe('reads after a replica missed a write', () => {
  it.each<[string, number, number, Mode, boolean, Freshness, number[]]>([
    // C was cut off for v2; a read through C that asks C alone cannot see v2.
    ['R + W ≤ N, strict: C alone answers with v1', 1, 1, 'strict', false, 'stale', [C]],
    ['R + W = N, strict: C and A answer, A has v2', 2, 1, 'strict', false, 'fresh', [C, A]],
    ['R + W > N, strict: C and A answer, A has v2', 2, 2, 'strict', false, 'fresh', [C, A]],
    ['R + W ≤ N with hinted handoff: A replayed v2 to C on reconnect', 1, 1, 'hints', false, 'fresh', [C]],
  ])('%s', (_name, r, w, mode, readRepair, freshness, contacted) => {
    const trace = run({ r, w, mode, readRepair, ops: MISSED_WRITE });
    const step = last(trace);
    expect(step.outcome).toBe('ok');
    expect(step.contacted).toEqual(contacted);
    expect(step.read?.freshness).toBe(freshness);
    expect(step.read?.stale).toBe(freshness === 'stale');
  });

  it('the missed write was acknowledged by A and B only, and C still has v1 before the read in strict mode', () => {
    const trace = run({ r: 1, w: 1, ops: MISSED_WRITE });
    expect(trace.steps[2]?.write).toMatchObject({ acknowledged: true, storedOn: [A, B], hints: [] });
    expect(trace.steps[2]?.answered).toEqual([A, B]);
    expect(versions(trace.steps[3] as StepResult)).toEqual([2, 2, 1, null, null]);
  });
});

describe('unavailability', () => {
  it.each<[string, QuorumOp[], Outcome, (number | null)[]]>([
    ['a write with W = 2 and two replicas down is refused', [fail(B), fail(C), write(A)], 'unavailable', [null, null, null, null, null]],
    ['a read with R = 2 and two replicas down is refused', [write(A), fail(B), fail(C), read(A)], 'unavailable', [1, 1, 1, null, null]],
    ['one replica down leaves W = 2 reachable', [fail(C), write(A)], 'ok', [1, 1, null, null, null]],
    ['a cut-off coordinator waits for acknowledgements that never come', [cut(A), write(A)], 'timeout', [1, null, null, null, null]],
  ])('%s', (_name, ops, outcome, after) => {
    const step = last(run({ ops }));
    expect(step.outcome).toBe(outcome);
    expect(versions(step)).toEqual(after);
  });

  it('a timed-out write is not acknowledged, and a later read can still return it', () => {
    const trace = run({ r: 1, w: 2, ops: [cut(A), write(A), read(A)] });
    expect(trace.steps[1]?.write?.acknowledged).toBe(false);
    expect(last(trace).read).toMatchObject({ freshness: 'unacknowledged', stale: false });
  });

  it('a read that counts on a cut-off replica times out', () => {
    const step = last(run({ r: 2, ops: [write(A), cut(B), read(A)] }));
    expect(step).toMatchObject({ outcome: 'timeout', contacted: [A, B], answered: [A] });
  });
});

describe('sloppy quorum and hinted handoff', () => {
  it('stand-ins take the place of crashed replicas, count towards W and hand the write back on recovery', () => {
    const trace = run({ mode: 'sloppy', ops: [write(A), fail(B), fail(C), write(A), recover(B), recover(C), read(B)] });
    const sloppyWrite = trace.steps[3] as StepResult;
    expect(sloppyWrite.outcome).toBe('ok');
    expect(sloppyWrite.contacted).toEqual([A, D, E]);
    expect(sloppyWrite.write?.hints).toEqual([
      { holder: D, target: B },
      { holder: E, target: C },
    ]);
    expect(versions(sloppyWrite)).toEqual([2, 1, 1, 2, 2]);
    expect(trace.steps[4]?.repairs).toEqual([expect.objectContaining({ node: B, via: 'hint', holder: D })]);
    expect(versions(trace.steps[5] as StepResult)).toEqual([2, 2, 2, null, null]);
    expect(trace.steps[5]?.nodes.every((node) => node.hints.length === 0)).toBe(true);
    expect(last(trace).read?.freshness).toBe('fresh');
  });

  it('the same write under a strict quorum is refused', () => {
    const trace = run({ mode: 'strict', ops: [write(A), fail(B), fail(C), write(A)] });
    expect(last(trace).outcome).toBe('unavailable');
  });

  it.each<[Mode, number]>([
    ['strict', 0],
    ['hints', 1],
  ])('with %s mode the coordinator keeps %i hint for a cut-off replica, which never counts towards W', (mode, hints) => {
    const trace = run({ mode, w: 3, ops: [cut(C), write(A)] });
    expect(last(trace).outcome).toBe('timeout');
    expect(last(trace).nodes[A]?.hints).toHaveLength(hints);
  });

  it('a hint waits while its target is down and is delivered once it is back', () => {
    const trace = run({ mode: 'hints', w: 1, ops: [fail(C), write(A), fail(A), recover(C), recover(A)] });
    expect(trace.steps[1]?.write?.hints).toEqual([{ holder: A, target: C }]);
    expect(trace.steps[3]?.repairs).toEqual([]);
    expect(trace.steps[4]?.repairs).toEqual([expect.objectContaining({ node: C, via: 'hint', holder: A })]);
  });

  it('a sloppy preference list skips crashed nodes and keeps N of the rest', () => {
    const nodes = startNodes(3);
    (nodes[B] as { down: boolean }).down = true;
    expect(preferenceList(3, 'sloppy', nodes, A)).toEqual([A, C, D]);
    expect(preferenceList(3, 'strict', nodes, C)).toEqual([C, A]);
    expect(preferenceList(3, 'strict', nodes, D)).toEqual([A, C]);
  });
});

describe('read repair and anti-entropy', () => {
  it('a read that sees an older version on one replica writes the newer one back', () => {
    const trace = run({ readRepair: true, ops: [write(A), cut(C), write(A), reconnect(C), read(C)] });
    const step = last(trace);
    expect(step.read?.freshness).toBe('fresh');
    expect(step.repairs).toEqual([expect.objectContaining({ node: C, via: 'read-repair', from: expect.objectContaining({ id: 1 }), to: expect.objectContaining({ id: 2 }) })]);
    expect(versions(step)).toEqual([2, 2, 2, null, null]);
  });

  it('without read repair the stale replica stays stale', () => {
    const step = last(run({ readRepair: false, ops: MISSED_WRITE }));
    expect(step.repairs).toEqual([]);
    expect(versions(step)).toEqual([2, 2, 1, null, null]);
  });

  it('read repair touches only the replicas the read asked', () => {
    const step = last(run({ r: 1, w: 1, readRepair: true, ops: [cut(B), cut(C), write(A), reconnect(B), reconnect(C), read(B)] }));
    expect(step.read?.freshness).toBe('stale');
    expect(step.repairs).toEqual([]);
  });

  it('anti-entropy repair brings every reachable replica to the newest version', () => {
    const trace = run({ r: 1, w: 1, ops: [cut(C), write(A), write(B), reconnect(C), repair, read(C)] });
    expect(trace.steps[4]?.repairs.map((r) => [r.node, r.via, r.to.id])).toEqual([[C, 'anti-entropy', 2]]);
    expect(last(trace).read?.freshness).toBe('fresh');
  });

  it('anti-entropy repair leaves a cut-off replica out', () => {
    const trace = run({ r: 1, w: 1, ops: [cut(C), write(A), repair] });
    expect(last(trace).answered).toEqual([A, B]);
    expect(versions(last(trace))).toEqual([1, 1, null, null, null]);
  });
});

describe('last-writer-wins with clock skew', () => {
  it.each<[string, number, Freshness, number[]]>([
    ['A’s clock 2.5 s fast: v1 (3.5 s) beats v2 (2 s) everywhere, and v2 is lost although acknowledged', 2500, 'lost-to-lww', [1, 1, 1]],
    ['A’s clock 0.5 s fast: v1 (1.5 s) loses to v2 (2 s)', 500, 'fresh', [2, 2, 2]],
    ['A’s clock exactly 1 s fast: a tie goes to the later write', 1000, 'fresh', [2, 2, 2]],
  ])('%s', (_name, skew, freshness, after) => {
    const trace = run({ skewMs: [skew, 0, 0, 0, 0], ops: [write(A), write(B), read(C)] });
    expect(trace.steps[1]?.write?.acknowledged).toBe(true);
    expect(last(trace).read?.freshness).toBe(freshness);
    expect(versions(last(trace)).slice(0, 3)).toEqual(after);
  });

  it('an overruled write is reported where last-writer-wins discarded it', () => {
    const trace = run({ skewMs: [2500, 0, 0, 0, 0], ops: [write(A), write(B)] });
    expect(last(trace).write).toMatchObject({ storedOn: [], overruledOn: [B, C, A] });
    expect(last(trace).message).toContain('silently discarded');
  });

  it('newer compares timestamps, then write numbers', () => {
    const v = (id: number, timestamp: number) => ({ id, timestamp, sentAt: id * 1000 });
    expect(newer(v(2, 2000), v(1, 3500))).toBe(false);
    expect(newer(v(2, 2000), v(1, 2000))).toBe(true);
    expect(newer(v(1, 0), null)).toBe(true);
  });
});

describe('validation', () => {
  it.each<[string, Partial<QuorumScenario>, string]>([
    ['R above N', { r: 4 }, 'r'],
    ['W of zero', { w: 0 }, 'w'],
    ['W not a number', { w: Number.NaN }, 'w'],
    ['a skew list of the wrong length', { skewMs: [0, 0] }, 'skewMs'],
    ['recovering a node that is up', { ops: [recover(A)] }, 'ops.0'],
    ['a down node coordinating', { ops: [fail(A), write(A)] }, 'ops.1'],
  ])('%s is refused with a sentence', (_name, partial, field) => {
    const scenario: QuorumScenario = { n: 3, r: 2, w: 2, mode: 'strict', readRepair: false, skewMs: [0, 0, 0, 0, 0], ops: [], ...partial };
    const outcome = simulateQuorum(scenario);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems.map((p) => p.field)).toContain(field);
      expect(outcome.problems.every((p) => p.message.length > 10 && !p.message.includes('NaN'))).toBe(true);
    }
  });
});

describe('presets', () => {
  it.each(QUORUM_PRESETS.map((p) => [p.id, p] as const))('%s runs and ends the way its name says', (id, preset) => {
    const outcome = simulateQuorum(preset.scenario);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const steps = outcome.trace.steps;
    const end = steps[steps.length - 1] as StepResult;
    const expected: Record<string, () => void> = {
      'stale-read': () => expect(end.read?.freshness).toBe('stale'),
      overlap: () => expect(end.read?.freshness).toBe('fresh'),
      'hinted-handoff': () => expect(end.read?.freshness).toBe('fresh'),
      unavailable: () => expect(steps.map((s) => s.outcome)).toEqual(['ok', null, null, 'unavailable', 'unavailable', null, 'ok']),
      'sloppy-hints': () => expect(steps.flatMap((s) => s.repairs.map((r) => r.via))).toEqual(['hint', 'hint']),
      'read-repair': () => expect(steps.flatMap((s) => s.repairs.map((r) => r.via))).toEqual(['read-repair']),
      'anti-entropy': () => expect(end.read?.freshness).toBe('fresh'),
      'clock-skew': () => expect(end.read?.freshness).toBe('lost-to-lww'),
    };
    expect(Object.keys(expected)).toContain(id);
    expected[id]?.();
    for (const step of steps) expect(step.message).not.toMatch(/undefined|NaN|null/);
  });
});

describe('summary', () => {
  it.each<[string, QuorumOp[], Partial<ReturnType<typeof summarizeSteps>>]>([
    ['a stale read and no repairs', MISSED_WRITE, { reads: 1, staleReads: 0, failed: 0, repairs: 0 }],
    ['a refused write and a refused read', [write(A), fail(B), fail(C), write(A), read(A)], { reads: 0, unavailable: 2, timedOut: 0, failed: 2 }],
    ['a timed-out read', [write(A), cut(B), read(A)], { timedOut: 1, failed: 1 }],
  ])('%s', (_name, ops, expected) => {
    expect(summarizeSteps(run({ ops }).steps)).toMatchObject(expected);
  });

  it('counts each kind of repair and the write lost to a clock', () => {
    const hinted = run({ mode: 'sloppy', ops: [fail(B), write(A), recover(B)] });
    expect(summarizeSteps(hinted.steps)).toMatchObject({ hintsDelivered: 1, repairs: 1 });
    const skewed = run({ skewMs: [2500, 0, 0, 0, 0], ops: [write(A), write(B), read(C)] });
    expect(summarizeSteps(skewed.steps)).toMatchObject({ staleReads: 1, lostToClocks: 1 });
  });
});
