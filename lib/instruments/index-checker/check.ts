/**
 * Which part of a composite B-tree index a query can use, and why. The rule is PostgreSQL's ("Multicolumn
 * Indexes" in its documentation, and the indexing lesson): equality conditions on leading columns, plus a
 * range on the first column without an equality, bound the part of the index that is read. IN is a set of
 * equalities (one run per value). Conditions on later key columns are checked inside the index but do not
 * shrink the range read; conditions on other columns are checked on the rows fetched from the table.
 */
import { COLUMN_INFO, COLUMNS, CONDITION_SQL, referencedColumns, type CheckerInput, type Column, type ConditionKind } from './model';

/** What a key column does for the query. */
export type ColumnRole = 'seek' | 'filter' | 'unused';

/** One key column's verdict. */
export interface KeyVerdict {
  column: Column;
  /** 1-based position in the index. */
  position: number;
  condition: ConditionKind | null;
  role: ColumnRole;
  reason: string;
}

/** A condition on a column that is not a key column. */
export interface OtherCondition {
  column: Column;
  condition: ConditionKind;
  /** Stored in the index's INCLUDE payload (checkable from the leaf entry) or only in the table. */
  where: 'include' | 'table';
  reason: string;
}

/** How ORDER BY is met. */
export interface OrderVerdict {
  kind: 'none' | 'index' | 'sort';
  /** For 'index': read forwards or backwards. */
  direction: 'forward' | 'backward' | null;
  reason: string;
}

/** Whether an index-only scan is possible. */
export interface CoveringVerdict {
  indexOnly: boolean;
  missing: Column[];
  reason: string;
}

/** Everything the checker says about one index and query. */
export interface CheckResult {
  /** The key columns that narrow the part of the index read, in order: the usable prefix. */
  prefix: Column[];
  keys: KeyVerdict[];
  others: OtherCondition[];
  order: OrderVerdict;
  covering: CoveringVerdict;
  /** PostgreSQL 18's skip scan, when it could stand in for a missing leading condition; else null. */
  skipScan: string | null;
  /** The plan node PostgreSQL would likely choose, in words. */
  access: string;
  /** One sentence: the usable prefix and the main reason. */
  headline: string;
}

const code = (column: Column, kind: ConditionKind) => CONDITION_SQL[column][kind];
const nameList = (columns: readonly string[]) =>
  columns.length <= 1 ? (columns[0] ?? '') : `${columns.slice(0, -1).join(', ')} and ${columns[columns.length - 1]}`;

/** Checks `input`. Assumes a clean input: key columns distinct, INCLUDE columns not among them. */
export function checkIndex(input: CheckerInput): CheckResult {
  const { index, query } = input;
  const keyColumns = index.keys.map((k) => k.column);
  const prefix: Column[] = [];
  const keys: KeyVerdict[] = [];
  // Why the prefix ended: a range on `column`, or no condition on `column`.
  let stop: { column: Column; by: 'range' | 'gap' } | null = null;

  for (const [i, { column }] of index.keys.entries()) {
    const condition = query.where[column] ?? null;
    const position = i + 1;
    const before = prefix.length ? `after ${prefix.length === 1 ? 'the condition' : 'the conditions'} on ${nameList(prefix)}` : 'as the first column';
    if (stop === null) {
      if (condition === 'eq') {
        prefix.push(column);
        keys.push({ column, position, condition, role: 'seek', reason: `${code(column, condition)}, ${before}: the scan jumps to one contiguous run of entries.` });
        continue;
      }
      if (condition === 'in') {
        prefix.push(column);
        keys.push({
          column,
          position,
          condition,
          role: 'seek',
          reason: `${code(column, condition)}, ${before}: IN is a set of equalities, so the scan reads one short run per listed value.`,
        });
        continue;
      }
      if (condition === 'range') {
        prefix.push(column);
        stop = { column, by: 'range' };
        keys.push({
          column,
          position,
          condition,
          role: 'seek',
          reason: `${code(column, condition)}, ${before}: a range bounds where the scan starts and stops, and ends the usable prefix, because the columns after it are sorted only within each ${column} value.`,
        });
        continue;
      }
      stop = { column, by: 'gap' };
      keys.push({
        column,
        position,
        condition: null,
        role: 'unused',
        reason:
          position === 1
            ? `No condition on ${column}, the first column: the index is sorted by ${column} first, so matches for later columns are spread over the whole index.`
            : `No condition on ${column}: the usable prefix stops here, because the columns after it are sorted only within each ${column} value.`,
      });
      continue;
    }
    const after = stop.by === 'range' ? `the range on ${stop.column}` : `the missing condition on ${stop.column}`;
    if (condition) {
      keys.push({
        column,
        position,
        condition,
        role: 'filter',
        reason: `${code(column, condition)} comes after ${after}, so it cannot narrow the part of the index read. It is checked entry by entry inside the index, which still saves table visits for entries that fail.`,
      });
    } else {
      keys.push({ column, position, condition: null, role: 'unused', reason: `No condition on ${column}.` });
    }
  }

  const others: OtherCondition[] = COLUMNS.flatMap((column): OtherCondition[] => {
    const condition = query.where[column];
    if (!condition || keyColumns.includes(column)) return [];
    if (index.include.includes(column))
      return [
        {
          column,
          condition,
          where: 'include',
          reason: `${code(column, condition)}: ${column} is an INCLUDE column, stored unsorted in the leaf entries, so it cannot narrow the scan; it is checked on each entry read (from the index in an index-only scan, otherwise on the fetched row).`,
        },
      ];
    return [{ column, condition, where: 'table', reason: `${code(column, condition)}: ${column} is not in the index, so it is checked on every row fetched from the table (a Filter in the plan).` }];
  });

  const order = checkOrder(input);
  const covering = checkCovering(input);

  // Skip scan (PostgreSQL 18): a leading column without a condition, but with few distinct values, can be
  // skipped by one small search per value, if a later key column has a condition to search for.
  let skipScan: string | null = null;
  let skipScanHelps = false;
  if (stop && stop.by === 'gap') {
    const gap = stop;
    const laterConditions = keys.filter((k) => k.role === 'filter').map((k) => k.column);
    if (laterConditions.length > 0) {
      const info = COLUMN_INFO[gap.column];
      skipScanHelps = info.distinct === 'few';
      skipScan =
        info.distinct === 'few'
          ? `PostgreSQL 18's skip scan can help: ${gap.column} has ${info.about}, so it can run one small search per ${gap.column} value and use the condition on ${nameList(laterConditions)} inside each.`
          : `PostgreSQL 18's skip scan would not help: ${gap.column} has ${info.about}, so one search per value would cost more than reading the index.`;
    }
  }

  const access = accessPath(prefix, covering.indexOnly, order, query.limit, skipScanHelps);
  const ended = stop === null ? '' : stop.by === 'range' ? `the range on ${stop.column} ends it.` : `${stop.column} has no condition.`;
  const headline =
    index.keys.length === 0
      ? 'Add a key column to the index to check a query against it.'
      : prefix.length === 0
        ? `No part of the index narrows this scan: its first column, ${keyColumns[0]}, has no condition.`
        : prefix.length === index.keys.length
          ? `The query can use the whole index (${nameList(prefix)}) to narrow the scan.`
          : `The query can use the prefix (${prefix.join(', ')}) of the index: ${ended}`;
  return { prefix, keys, others, order, covering, skipScan, access, headline };
}

/**
 * ORDER BY is served by the index when, once columns fixed by an equality are set aside, its items are the
 * next key columns in index order, all in the index's direction or all reversed (a backward scan).
 */
function checkOrder({ index, query }: CheckerInput): OrderVerdict {
  if (query.orderBy.length === 0) return { kind: 'none', direction: null, reason: 'No ORDER BY: rows may come back in any order.' };
  const fixed = (c: Column) => query.where[c] === 'eq';
  const items = query.orderBy.filter((o) => !fixed(o.column));
  const limit = query.limit ? ' With LIMIT 20, the scan stops after 20 entries.' : '';
  if (items.length === 0) return { kind: 'index', direction: 'forward', reason: `Every ORDER BY column is fixed by an equality, so the rows are already in order.` };
  let i = 0;
  let direction: 'forward' | 'backward' | null = null;
  for (const item of items) {
    while (i < index.keys.length && fixed((index.keys[i] as { column: Column }).column)) i++;
    const key = index.keys[i];
    if (!key || key.column !== item.column) {
      const why = index.include.includes(item.column)
        ? `${item.column} is an INCLUDE column, which is not part of the index's sort order`
        : !index.keys.some((k) => k.column === item.column)
          ? `${item.column} is not in the index`
          : key
            ? `the index orders by ${key.column} before ${item.column}${query.where[key.column] === 'in' ? ` (IN gives ${key.column} several values, so each value's run comes in turn)` : ''}`
            : `the index has no key column left for ${item.column}`;
      return { kind: 'sort', direction: null, reason: `ORDER BY needs a sort step: ${why}.${query.limit ? ' With LIMIT 20 it is a top-N sort, but every matching row is still read first.' : ''}` };
    }
    const relative = item.direction === key.direction ? 'forward' : 'backward';
    if (direction && relative !== direction)
      return {
        kind: 'sort',
        direction: null,
        reason: `ORDER BY mixes directions the index does not have: declare the key columns with matching directions (for example ${item.column}${item.direction === 'desc' ? ' DESC' : ''}) to avoid the sort.`,
      };
    direction = relative;
    i++;
  }
  return {
    kind: 'index',
    direction,
    reason: `The index returns rows already in ORDER BY order${direction === 'backward' ? ', read backwards' : ''}, so there is no sort step.${limit}`,
  };
}

function checkCovering({ index, query }: CheckerInput): CoveringVerdict {
  const inIndex = new Set<Column>([...index.keys.map((k) => k.column), ...index.include]);
  const missing = referencedColumns(query).filter((c) => !inIndex.has(c));
  if (index.keys.length === 0) return { indexOnly: false, missing, reason: 'An index without key columns covers nothing.' };
  if (missing.length === 0)
    return {
      indexOnly: true,
      missing,
      reason: `Every column the query mentions is in the index${index.include.length ? ' (keys or INCLUDE)' : ''}, so an index-only scan can skip the table for pages the visibility map marks all-visible.`,
    };
  return {
    indexOnly: false,
    missing,
    reason: `Not index-only: ${nameList(missing)} ${missing.length === 1 ? 'is' : 'are'} not in the index, so every matching entry costs a visit to the table. ${
      query.select === 'all' ? 'SELECT * needs every column.' : `Adding ${missing.length === 1 ? 'it' : 'them'} with INCLUDE would make the index covering, and bigger.`
    }`,
  };
}

function accessPath(prefix: readonly Column[], indexOnly: boolean, order: OrderVerdict, limit: boolean, skipScanHelps: boolean): string {
  const scan = indexOnly ? 'Index Only Scan' : 'Index Scan';
  if (prefix.length > 0) return `${scan}${order.direction === 'backward' ? ' Backward' : ''} with the prefix as its Index Cond${indexOnly ? '' : ' (a Bitmap Heap Scan instead if many rows match)'}.`;
  if (skipScanHelps) return `${scan} with skip scan on PostgreSQL 18; before 18, usually a Seq Scan.`;
  if (order.kind === 'index' && limit) return `${scan} over the whole index in order, stopping after 20 rows; without the LIMIT, a Seq Scan and a sort.`;
  return 'Seq Scan: nothing bounds the part of the index to read, so reading the table is usually cheaper.';
}
