/**
 * One plain-English line per plan node ("Sequential scan of orders: read 100,000 rows, kept 97"), and the
 * figures behind it. The numbers are PostgreSQL's; per-loop figures are multiplied out, because "rows=3
 * loops=1000" means three thousand rows.
 */
import { isScan, planNodes, type PlanNode } from './explain';

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A row count for prose: "100,000 rows", "1 row". */
export function rowsText(n: number): string {
  const rounded = Math.round(n);
  return `${COUNT.format(rounded)} ${rounded === 1 ? 'row' : 'rows'}`;
}

/** Milliseconds for prose, with sensible precision: "0.042 ms", "3.18 ms", "412 ms", "1,204 ms". */
export function msText(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  const digits = ms < 1 ? 3 : ms < 10 ? 2 : ms < 100 ? 1 : 0;
  return `${ms.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ms`;
}

/** Rows the node returned over all its loops. */
export function totalRows(node: PlanNode): number {
  return Math.round(node.actualRows * node.loops);
}

/** Rows the node looked at and threw away (filter plus index recheck), over all loops. */
export function rowsDiscarded(node: PlanNode): number {
  return Math.round(((node.rowsRemovedByFilter ?? 0) + (node.rowsRemovedByIndexRecheck ?? 0)) * node.loops);
}

/**
 * Table rows a scan node examined: those it returned plus those it discarded. A Bitmap Index Scan only
 * collects row addresses for the Bitmap Heap Scan above it, which examines the rows, so it counts zero here.
 */
export function rowsExamined(node: PlanNode): number {
  if (!isScan(node) || node.nodeType === 'Bitmap Index Scan') return 0;
  return totalRows(node) + rowsDiscarded(node);
}

/** Table rows examined by every scan in the plan. */
export function planRowsExamined(root: PlanNode): number {
  return planNodes(root).reduce((sum, node) => sum + rowsExamined(node), 0);
}

/** How far the estimate missed: actual ÷ estimated (or the reverse), at least 1; both sides count at least one row. */
export function estimateMiss(node: PlanNode): number {
  const estimated = Math.max(node.estimatedRows, 1);
  const actual = Math.max(node.actualRows, 1);
  return Math.max(estimated / actual, actual / estimated);
}

/** Estimates this far off (or further) are called out: the planner chose for a situation that was not the real one. */
export const ESTIMATE_MISS_WORTH_NOTING = 10;

function loopsText(node: PlanNode): string {
  return node.loops > 1 ? ` over ${COUNT.format(node.loops)} loops` : '';
}

function kept(node: PlanNode): string {
  const discarded = rowsDiscarded(node);
  return discarded > 0 ? `, kept ${COUNT.format(totalRows(node))}` : '';
}

/** The node's one-line description. */
export function summarizeNode(node: PlanNode): string {
  const relation = node.relation ?? 'the table';
  const rows = totalRows(node);
  switch (node.nodeType) {
    case 'Seq Scan':
      return `Sequential scan of ${relation}: read ${rowsText(rowsExamined(node))}${kept(node)}${loopsText(node)}`;
    case 'Index Scan': {
      const direction = node.scanDirection === 'Backward' ? ', read backwards' : '';
      const discarded = rowsDiscarded(node);
      const after = discarded > 0 ? `found ${rowsText(rowsExamined(node))} through the index, kept ${COUNT.format(rows)}` : `found ${rowsText(rows)} through the index`;
      return `Index scan of ${relation} using ${node.indexName ?? 'an index'}${direction}: ${after}${loopsText(node)}`;
    }
    case 'Index Only Scan': {
      const fetches = node.heapFetches === null ? '' : `, ${COUNT.format(Math.round(node.heapFetches * node.loops))} table visits for visibility`;
      return `Index-only scan using ${node.indexName ?? 'an index'}: ${rowsText(rows)} answered from the index${fetches}${loopsText(node)}`;
    }
    case 'Bitmap Index Scan':
      return `Bitmap index scan on ${node.indexName ?? 'an index'}: marked ${rowsText(rows)} to fetch${loopsText(node)}`;
    case 'Bitmap Heap Scan': {
      const pages = node.exactHeapBlocks === null ? '' : ` from ${COUNT.format(node.exactHeapBlocks)} ${node.exactHeapBlocks === 1 ? 'page' : 'pages'} in table order`;
      return `Bitmap heap scan of ${relation}: fetched ${rowsText(rowsExamined(node))}${pages}${kept(node)}${loopsText(node)}`;
    }
    case 'Sort': {
      const by = node.sortKey.length ? ` by ${node.sortKey.join(', ')}` : '';
      const method = node.sortMethod ? ` (${node.sortMethod})` : '';
      return `Sort${by}${method}: ${rowsText(rows)} out${loopsText(node)}`;
    }
    case 'Limit':
      return `Limit: stopped after ${rowsText(rows)}`;
    case 'Aggregate':
      return `Aggregate${node.strategy && node.strategy !== 'Plain' ? ` (${node.strategy.toLowerCase()})` : ''}: ${rowsText(rows)} out`;
    default:
      return `${node.nodeType}: ${rowsText(rows)} out${loopsText(node)}`;
  }
}

/**
 * A note when the planner's row estimate missed by ESTIMATE_MISS_WORTH_NOTING or more, else null. Below a
 * Limit (`belowLimit`) a node is stopped once the Limit has its rows, so fewer actual rows than estimated
 * are expected there and not called out.
 */
export function estimateNote(node: PlanNode, belowLimit = false): string | null {
  if (belowLimit && node.actualRows < node.estimatedRows) return null;
  const miss = estimateMiss(node);
  if (miss < ESTIMATE_MISS_WORTH_NOTING) return null;
  return `Estimated ${rowsText(node.estimatedRows)} per loop, got ${rowsText(node.actualRows)}: off by ${COUNT.format(miss)}×.`;
}
