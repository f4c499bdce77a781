/**
 * Before and after: the same query explained without and with the reader's index. The comparison keeps to
 * what EXPLAIN ANALYZE measured (times, rows examined, pages touched, the scans used), and its sentence says
 * "faster" or "slower" only when the difference is larger than run-to-run noise on a query this small.
 */
import { isScan, nodeTitle, planNodes, type ExplainedPlan, type PlanNode } from './explain';
import { msText, planRowsExamined } from './summary';

/** One measured run, as the comparison needs it. */
export interface PlanRun {
  plan: ExplainedPlan;
  /** The index present when it ran, as "orders (created_at)", or null for none. */
  index: string | null;
}

/** A figure measured before and after. */
export interface ComparedFigure {
  label: string;
  before: number;
  after: number;
  /** before ÷ after, when both are positive. */
  ratio: number | null;
  unit: 'ms' | 'rows' | 'pages';
}

export interface PlanComparison {
  figures: readonly ComparedFigure[];
  scansBefore: readonly string[];
  scansAfter: readonly string[];
  /** The comparison in a sentence or two. */
  sentence: string;
}

/** Below this ratio (either way) a change in execution time is reported as about the same. */
export const NOISE_RATIO = 1.5;

/** Pages the plan touched (cache hits plus reads), from the root node's BUFFERS counts; null without them. */
export function planPages(root: PlanNode): number | null {
  return root.buffers ? root.buffers.sharedHit + root.buffers.sharedRead : null;
}

/** The scans in the plan, named as PostgreSQL's text plan names them. */
export function planScans(root: PlanNode): string[] {
  return planNodes(root).filter(isScan).map(nodeTitle);
}

function figure(label: string, before: number, after: number, unit: ComparedFigure['unit']): ComparedFigure {
  return { label, before, after, ratio: before > 0 && after > 0 ? before / after : null, unit };
}

function times(ratio: number): string {
  return ratio >= 10 ? `${Math.round(ratio).toLocaleString('en-US')}×` : `${ratio.toFixed(1)}×`;
}

/** Compares a run without the index (`before`) with one that had it (`after`). */
export function comparePlans(before: PlanRun, after: PlanRun): PlanComparison {
  const b = before.plan;
  const a = after.plan;
  const figures: ComparedFigure[] = [
    figure('Execution time', b.executionMs, a.executionMs, 'ms'),
    figure('Planning time', b.planningMs, a.planningMs, 'ms'),
    figure('Rows examined', planRowsExamined(b.root), planRowsExamined(a.root), 'rows'),
  ];
  const pagesBefore = planPages(b.root);
  const pagesAfter = planPages(a.root);
  if (pagesBefore !== null && pagesAfter !== null) figures.push(figure('Pages touched', pagesBefore, pagesAfter, 'pages'));

  const scansBefore = planScans(b.root);
  const scansAfter = planScans(a.root);
  const samePlan = scansBefore.join('|') === scansAfter.join('|');
  const ratio = b.executionMs > 0 && a.executionMs > 0 ? b.executionMs / a.executionMs : 1;
  let speed: string;
  if (ratio >= NOISE_RATIO) speed = `${times(ratio)} faster`;
  else if (ratio <= 1 / NOISE_RATIO) speed = `${times(1 / ratio)} slower`;
  else speed = 'about as fast';
  const plan = samePlan
    ? `The planner kept the same plan (${scansAfter.join(', ') || 'no table scan'}) with the index present`
    : `With ${after.index ?? 'the index'}, the plan changed from ${scansBefore.join(', ') || 'no table scan'} to ${scansAfter.join(', ') || 'no table scan'}`;
  const sentence = `${plan}. Execution took ${msText(a.executionMs)} instead of ${msText(b.executionMs)}: ${speed}${
    samePlan && speed !== 'about as fast' ? ', which on an unchanged plan is run-to-run variation' : ''
  }.`;
  return { figures, scansBefore, scansAfter, sentence };
}
