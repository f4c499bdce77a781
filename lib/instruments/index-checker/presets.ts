/**
 * The indexing lesson's examples: the ten rows of its "Which queries can use the index" table on
 * (user_id, status, created_at), then its covering index, its "equality first, range last" comparison and
 * its mixed-direction ORDER BY. `lesson` quotes the table's "Columns that narrow the scan" cell.
 */
import type { CheckerInput, ConditionKind, Column, IndexDef, KeyColumn, QueryDef } from './model';

/** A named example. */
export interface CheckerPreset {
  id: string;
  /** Shown in the picker. */
  name: string;
  input: CheckerInput;
  /** The lesson table's answer, where the example is a row of it. */
  lesson?: string;
}

const asc = (...columns: Column[]): KeyColumn[] => columns.map((column) => ({ column, direction: 'asc' }));
const LESSON_INDEX: IndexDef = { keys: asc('user_id', 'status', 'created_at'), include: [] };
// The lesson's pending-orders query returns these columns.
const SELECT: Column[] = ['id', 'total_cents', 'created_at'];

function query(where: Partial<Record<Column, ConditionKind>>, orderBy: KeyColumn[] = [], limit = false): QueryDef {
  return { where, orderBy, select: [...SELECT], limit };
}

function row(id: string, name: string, where: Partial<Record<Column, ConditionKind>>, lesson: string, orderBy: KeyColumn[] = [], limit = false): CheckerPreset {
  return { id, name, input: { index: LESSON_INDEX, query: query(where, orderBy, limit) }, lesson };
}

/** Every example, in the lesson's order. The first is the default. */
export const CHECKER_PRESETS: readonly CheckerPreset[] = [
  row('user', 'user_id = 42', { user_id: 'eq' }, 'user_id'),
  row('user-status', "user_id = 42 AND status = 'pending'", { user_id: 'eq', status: 'eq' }, 'user_id, status'),
  row('user-status-dates', 'user_id, status and a date range', { user_id: 'eq', status: 'eq', created_at: 'range' }, 'All three'),
  row('user-dates', 'user_id and a date range (status skipped)', { user_id: 'eq', created_at: 'range' }, 'user_id only'),
  row('user-range-status', "user_id BETWEEN 40 AND 50 AND status = 'pending'", { user_id: 'range', status: 'eq' }, 'user_id only'),
  row('user-in-status', "user_id IN (7, 42, 99) AND status = 'pending'", { user_id: 'in', status: 'eq' }, 'user_id, status'),
  row('status-only', "status = 'pending'", { status: 'eq' }, 'None'),
  row('dates-only', 'a date range only', { created_at: 'range' }, 'None'),
  row('latest-20', 'user 42’s latest 20 pending orders', { user_id: 'eq', status: 'eq' }, 'user_id, status, and the sort', [{ column: 'created_at', direction: 'desc' }], true),
  row('user-order-by-date', 'user_id = 42 ORDER BY created_at', { user_id: 'eq' }, 'user_id, plus a sort', [{ column: 'created_at', direction: 'asc' }]),
  {
    id: 'covering',
    name: 'Covering index with INCLUDE',
    input: {
      index: { keys: asc('user_id', 'status'), include: ['id', 'total_cents', 'created_at'] },
      query: query({ user_id: 'eq', status: 'eq' }),
    },
  },
  {
    id: 'range-first',
    name: 'Range column first: (created_at, user_id, status)',
    input: { index: { keys: asc('created_at', 'user_id', 'status'), include: [] }, query: query({ user_id: 'eq', status: 'eq', created_at: 'range' }) },
  },
  {
    id: 'mixed-directions',
    name: 'ORDER BY status ASC, created_at DESC',
    input: {
      index: LESSON_INDEX,
      query: query({ user_id: 'eq' }, [
        { column: 'status', direction: 'asc' },
        { column: 'created_at', direction: 'desc' },
      ]),
    },
  },
  {
    id: 'mixed-directions-fixed',
    name: 'The same ORDER BY on (user_id, status, created_at DESC)',
    input: {
      index: { keys: [...asc('user_id', 'status'), { column: 'created_at', direction: 'desc' }], include: [] },
      query: query({ user_id: 'eq' }, [
        { column: 'status', direction: 'asc' },
        { column: 'created_at', direction: 'desc' },
      ]),
    },
  },
];

/** Two inputs are the same index and query (order of INCLUDE and SELECT columns aside). */
export function sameInput(a: CheckerInput, b: CheckerInput): boolean {
  const norm = (x: CheckerInput) =>
    JSON.stringify({
      keys: x.index.keys,
      include: [...x.index.include].sort(),
      where: Object.entries(x.query.where).sort(),
      orderBy: x.query.orderBy,
      select: x.query.select === 'all' ? 'all' : [...x.query.select].sort(),
      limit: x.query.limit,
    });
  return norm(a) === norm(b);
}

/** The preset `input` matches, if any. */
export function matchPreset(input: CheckerInput): CheckerPreset | null {
  return CHECKER_PRESETS.find((p) => sameInput(p.input, input)) ?? null;
}
