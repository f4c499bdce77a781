/**
 * Ready-made scenarios for the leaderless-replication lesson: a stale read when R + W ≤ N, the same steps with
 * overlapping quorums, writes refused when too few replicas are up, a sloppy quorum, hinted handoff, read repair,
 * anti-entropy repair, and an acknowledged write lost to a skewed clock under last-writer-wins.
 */
import type { Mode, QuorumOp, QuorumScenario } from './types';
import { nodeCount } from './validate';

/** A named starting point. */
export interface QuorumPreset {
  id: string;
  /** Shown in the picker. */
  name: string;
  scenario: QuorumScenario;
}

const A = 0;
const B = 1;
const C = 2;
const write = (coordinator: number): QuorumOp => ({ kind: 'write', coordinator });
const read = (coordinator: number): QuorumOp => ({ kind: 'read', coordinator });
const cut = (node: number): QuorumOp => ({ kind: 'cut', node });
const reconnect = (node: number): QuorumOp => ({ kind: 'reconnect', node });
const fail = (node: number): QuorumOp => ({ kind: 'fail', node });
const recover = (node: number): QuorumOp => ({ kind: 'recover', node });

function scenario(n: number, r: number, w: number, mode: Mode, readRepair: boolean, ops: QuorumOp[], skew: Record<number, number> = {}): QuorumScenario {
  return { n, r, w, mode, readRepair, skewMs: Array.from({ length: nodeCount(n) }, (_, i) => skew[i] ?? 0), ops };
}

// C misses a write while cut off, then answers a read on its own.
const MISSED_WRITE = [write(A), cut(C), write(A), reconnect(C), read(C)];

/** Every preset; the first is the default. */
export const QUORUM_PRESETS: readonly [QuorumPreset, ...QuorumPreset[]] = [
  { id: 'stale-read', name: 'R + W ≤ N: a stale read', scenario: scenario(3, 1, 1, 'strict', false, MISSED_WRITE) },
  { id: 'overlap', name: 'R + W > N: the read overlaps the write', scenario: scenario(3, 2, 2, 'strict', false, MISSED_WRITE) },
  { id: 'hinted-handoff', name: 'Hinted handoff replays the missed write', scenario: scenario(3, 1, 1, 'hints', false, MISSED_WRITE) },
  { id: 'unavailable', name: 'Two replicas down: quorum writes refused', scenario: scenario(3, 2, 2, 'strict', false, [write(A), fail(B), fail(C), write(A), read(A), recover(B), write(A)]) },
  { id: 'sloppy-hints', name: 'Sloppy quorum and hinted handoff', scenario: scenario(3, 2, 2, 'sloppy', false, [write(A), fail(B), fail(C), write(A), recover(B), recover(C), read(B)]) },
  { id: 'read-repair', name: 'Read repair fixes a stale replica', scenario: scenario(3, 2, 2, 'strict', true, [write(A), cut(C), write(A), reconnect(C), read(B), read(C)]) },
  { id: 'anti-entropy', name: 'Anti-entropy repair', scenario: scenario(3, 1, 1, 'strict', false, [cut(C), write(A), write(B), reconnect(C), { kind: 'repair' }, read(C)]) },
  { id: 'clock-skew', name: 'Last-writer-wins with a fast clock', scenario: scenario(3, 2, 2, 'strict', false, [write(A), write(B), read(C)], { [A]: 2500 }) },
];

function sameOp(a: QuorumOp, b: QuorumOp): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** True when two scenarios are the same setting for setting. */
export function sameScenario(a: QuorumScenario, b: QuorumScenario): boolean {
  return (
    a.n === b.n &&
    a.r === b.r &&
    a.w === b.w &&
    a.mode === b.mode &&
    a.readRepair === b.readRepair &&
    a.skewMs.length === b.skewMs.length &&
    a.skewMs.every((v, i) => v === b.skewMs[i]) &&
    a.ops.length === b.ops.length &&
    a.ops.every((op, i) => sameOp(op, b.ops[i] as QuorumOp))
  );
}

/** The preset `scenario` is exactly, if any (so the picker shows it). */
export function matchQuorumPreset(s: QuorumScenario): QuorumPreset | null {
  return QUORUM_PRESETS.find((p) => sameScenario(p.scenario, s)) ?? null;
}
