/**
 * Limits of the quorum simulator and the check every scenario passes before the model runs. A scenario from the
 * controls or a link is untrusted: each problem comes back as a sentence naming the setting or the step, and the
 * model only ever sees clean values.
 */
import { nodeName } from './text';
import { MODES, STAND_INS, type QuorumOp, type QuorumScenario } from './types';

/** Home replicas of the key. Dynamo's common setting was N = 3; seven keeps the ring legible. */
export const N_RANGE = { min: 3, max: 7 } as const;
/** A node's clock error in ms, and the step the controls move it by. */
export const SKEW_RANGE = { min: -5000, max: 5000, step: 250 } as const;
/** Most operations in one scenario, so the step log stays readable and a link short. */
export const MAX_OPS = 40;
/** Real time between two steps, in ms: the model's clock, not a measurement. */
export const STEP_MS = 1000;

/** One thing wrong with a scenario: `field` says which input (`n`, `r`, `skewMs.2`, `ops.4`…). */
export interface ScenarioProblem {
  field: string;
  message: string;
}

const whole = (x: unknown, min: number, max: number): x is number => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/** Nodes on the ring for `n` home replicas: the replicas and the stand-ins after them. */
export function nodeCount(n: number): number {
  return n + STAND_INS;
}

/** The problem with the R or W setting, or null. */
export function quorumProblem(which: 'R' | 'W', value: unknown, n: number): string | null {
  if (whole(value, 1, n)) return null;
  return `${which} must be a whole number from 1 to N (${n}).`;
}

/** The problem with an operation at step `index` given which nodes are down and cut off before it, or null. */
export function opProblem(op: QuorumOp, nodes: number, down: readonly boolean[], cut: readonly boolean[]): string | null {
  if (op.kind === 'repair') return null;
  const node = op.kind === 'write' || op.kind === 'read' ? op.coordinator : op.node;
  if (!whole(node, 0, nodes - 1)) return `There is no node ${typeof node === 'number' ? node : '?'} on this ring of ${nodes} nodes.`;
  const name = nodeName(node);
  switch (op.kind) {
    case 'write':
    case 'read':
      return down[node] ? `${name} is down, so it cannot coordinate a ${op.kind}.` : null;
    case 'fail':
      return down[node] ? `${name} is already down.` : null;
    case 'recover':
      return down[node] ? null : `${name} is not down, so there is nothing to recover.`;
    case 'cut':
      return cut[node] ? `${name} is already cut off.` : null;
    case 'reconnect':
      return cut[node] ? null : `${name} is not cut off, so there is nothing to reconnect.`;
    default:
      return 'An operation is a write, a read, a node failing, recovering, being cut off or reconnecting, or a repair.';
  }
}

/** Every problem with `scenario`; an empty list means the model may run it. */
export function checkScenario(s: QuorumScenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  if (!whole(s.n, N_RANGE.min, N_RANGE.max)) {
    problems.push({ field: 'n', message: `N must be a whole number of replicas from ${N_RANGE.min} to ${N_RANGE.max}.` });
    return problems;
  }
  const rProblem = quorumProblem('R', s.r, s.n);
  if (rProblem) problems.push({ field: 'r', message: rProblem });
  const wProblem = quorumProblem('W', s.w, s.n);
  if (wProblem) problems.push({ field: 'w', message: wProblem });
  if (!(MODES as readonly string[]).includes(s.mode)) problems.push({ field: 'mode', message: 'The quorum mode must be strict, hints or sloppy.' });
  if (typeof s.readRepair !== 'boolean') problems.push({ field: 'readRepair', message: 'Read repair is either on or off.' });
  const nodes = nodeCount(s.n);
  if (!Array.isArray(s.skewMs) || s.skewMs.length !== nodes) {
    problems.push({ field: 'skewMs', message: `Give a clock skew for each of the ${nodes} nodes.` });
  } else {
    s.skewMs.forEach((skew, i) => {
      if (!whole(skew, SKEW_RANGE.min, SKEW_RANGE.max))
        problems.push({ field: `skewMs.${i}`, message: `${nodeName(i)}’s clock skew must be a whole number of milliseconds from ${SKEW_RANGE.min} to ${SKEW_RANGE.max}.` });
    });
  }
  if (!Array.isArray(s.ops) || s.ops.length > MAX_OPS) {
    problems.push({ field: 'ops', message: `A scenario holds at most ${MAX_OPS} steps.` });
    return problems;
  }
  const down = Array.from({ length: nodes }, () => false);
  const cut = Array.from({ length: nodes }, () => false);
  s.ops.forEach((op, i) => {
    const problem = opProblem(op, nodes, down, cut);
    if (problem) {
      problems.push({ field: `ops.${i}`, message: `Step ${i + 1}: ${problem}` });
      return;
    }
    if (op.kind === 'fail') down[op.node] = true;
    if (op.kind === 'recover') down[op.node] = false;
    if (op.kind === 'cut') cut[op.node] = true;
    if (op.kind === 'reconnect') cut[op.node] = false;
  });
  return problems;
}
