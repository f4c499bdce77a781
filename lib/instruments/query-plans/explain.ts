/**
 * Reads the output of EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) into a plan tree the playground can show.
 * PostgreSQL's JSON names every property in words ("Actual Total Time"); this keeps the ones a reader needs
 * to see why a plan is fast or slow, with PostgreSQL's own per-loop meaning (see the PostgreSQL manual,
 * "Using EXPLAIN": actual rows and times are averages per loop).
 */

/** Page counts from the BUFFERS option. */
export interface PlanBuffers {
  /** Pages found in PostgreSQL's buffer cache. */
  sharedHit: number;
  /** Pages read from outside it (the operating system or disk). */
  sharedRead: number;
}

/** One node of a plan, as run. */
export interface PlanNode {
  /** PostgreSQL's node type: "Seq Scan", "Index Scan", "Bitmap Heap Scan", "Sort", … */
  nodeType: string;
  relation: string | null;
  alias: string | null;
  indexName: string | null;
  /** "Backward" for an index read in reverse order, else null. */
  scanDirection: 'Forward' | 'Backward' | null;
  /** Conditions, each as PostgreSQL prints it. */
  indexCondition: string | null;
  recheckCondition: string | null;
  filter: string | null;
  /** Sort keys of a Sort node, and how it sorted ("top-N heapsort", "quicksort"). */
  sortKey: readonly string[];
  sortMethod: string | null;
  /** "Plain", "Hashed", "Sorted" for aggregates. */
  strategy: string | null;
  estimatedRows: number;
  /** Rows returned per loop (PostgreSQL reports the average). */
  actualRows: number;
  loops: number;
  /** Milliseconds to the first and the last row, per loop. */
  actualStartupMs: number;
  actualTotalMs: number;
  startupCost: number;
  totalCost: number;
  /** Rows a Filter discarded, per loop; null when the node has no filter. */
  rowsRemovedByFilter: number | null;
  rowsRemovedByIndexRecheck: number | null;
  /** Index-only scans: rows whose visibility had to be checked in the table. */
  heapFetches: number | null;
  /** Bitmap heap scans: table pages visited. */
  exactHeapBlocks: number | null;
  buffers: PlanBuffers | null;
  children: readonly PlanNode[];
}

/** A whole EXPLAIN ANALYZE result. */
export interface ExplainedPlan {
  root: PlanNode;
  planningMs: number;
  executionMs: number;
}

export type ExplainReadResult = { ok: true; plan: ExplainedPlan } | { ok: false; message: string };

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function num(node: Json, key: string): number | null {
  const value = node[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function str(node: Json, key: string): string | null {
  const value = node[key];
  return typeof value === 'string' ? value : null;
}

function readBuffers(node: Json): PlanBuffers | null {
  const hit = num(node, 'Shared Hit Blocks');
  const read = num(node, 'Shared Read Blocks');
  return hit === null && read === null ? null : { sharedHit: hit ?? 0, sharedRead: read ?? 0 };
}

function readNode(node: Json, depth: number): PlanNode | string {
  if (depth > 100) return 'The plan is nested more than 100 levels deep.';
  const nodeType = str(node, 'Node Type');
  if (!nodeType) return 'A plan node has no Node Type.';
  const children: PlanNode[] = [];
  const plans = node.Plans;
  if (plans !== undefined) {
    if (!Array.isArray(plans)) return `The children of ${nodeType} are not a list.`;
    for (const child of plans) {
      if (!isObject(child)) return `A child of ${nodeType} is not an object.`;
      const read = readNode(child, depth + 1);
      if (typeof read === 'string') return read;
      children.push(read);
    }
  }
  const actualRows = num(node, 'Actual Rows');
  const loops = num(node, 'Actual Loops');
  if (actualRows === null || loops === null) return `${nodeType} has no actual rows: was the plan made with EXPLAIN ANALYZE?`;
  const direction = str(node, 'Scan Direction');
  const sortKey = node['Sort Key'];
  return {
    nodeType,
    relation: str(node, 'Relation Name'),
    alias: str(node, 'Alias'),
    indexName: str(node, 'Index Name'),
    scanDirection: direction === 'Backward' || direction === 'Forward' ? direction : null,
    indexCondition: str(node, 'Index Cond'),
    recheckCondition: str(node, 'Recheck Cond'),
    filter: str(node, 'Filter'),
    sortKey: Array.isArray(sortKey) ? sortKey.filter((k): k is string => typeof k === 'string') : [],
    sortMethod: str(node, 'Sort Method'),
    strategy: str(node, 'Strategy'),
    estimatedRows: num(node, 'Plan Rows') ?? 0,
    actualRows,
    loops,
    actualStartupMs: num(node, 'Actual Startup Time') ?? 0,
    actualTotalMs: num(node, 'Actual Total Time') ?? 0,
    startupCost: num(node, 'Startup Cost') ?? 0,
    totalCost: num(node, 'Total Cost') ?? 0,
    rowsRemovedByFilter: num(node, 'Rows Removed by Filter'),
    rowsRemovedByIndexRecheck: num(node, 'Rows Removed by Index Recheck'),
    heapFetches: num(node, 'Heap Fetches'),
    exactHeapBlocks: num(node, 'Exact Heap Blocks'),
    buffers: readBuffers(node),
    children,
  };
}

/**
 * Reads the single value of EXPLAIN's "QUERY PLAN" column: a JSON array holding one object with Plan,
 * Planning Time and Execution Time (or the same as JSON text).
 */
export function readExplainJson(value: unknown): ExplainReadResult {
  let data = value;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as unknown;
    } catch {
      return { ok: false, message: 'The plan is not valid JSON.' };
    }
  }
  const top = Array.isArray(data) ? data[0] : data;
  if (!isObject(top) || !isObject(top.Plan)) return { ok: false, message: 'The output has no Plan: was it made with FORMAT JSON?' };
  const root = readNode(top.Plan, 0);
  if (typeof root === 'string') return { ok: false, message: root };
  const executionMs = num(top, 'Execution Time');
  if (executionMs === null) return { ok: false, message: 'The plan has no execution time: was it made with EXPLAIN ANALYZE?' };
  return { ok: true, plan: { root, planningMs: num(top, 'Planning Time') ?? 0, executionMs } };
}

/** Every node of the tree, parents before their children. */
export function planNodes(root: PlanNode): PlanNode[] {
  return [root, ...root.children.flatMap(planNodes)];
}

/** Node types that read a table or index directly (the leaves that decide how much data is touched). */
export const SCAN_NODE_TYPES: readonly string[] = ['Seq Scan', 'Index Scan', 'Index Only Scan', 'Bitmap Heap Scan', 'Bitmap Index Scan', 'Tid Scan', 'Tid Range Scan'];

/** True for a node that reads a table or index. */
export function isScan(node: PlanNode): boolean {
  return SCAN_NODE_TYPES.includes(node.nodeType);
}

/** The node's name the way PostgreSQL's text plan starts its line: "Index Scan Backward using idx on orders". */
export function nodeTitle(node: PlanNode): string {
  let title = node.nodeType;
  if (node.scanDirection === 'Backward') title += ' Backward';
  if (node.indexName) title += node.nodeType === 'Bitmap Index Scan' ? ` on ${node.indexName}` : ` using ${node.indexName}`;
  if (node.relation) title += ` on ${node.relation}${node.alias && node.alias !== node.relation ? ` ${node.alias}` : ''}`;
  return title;
}
