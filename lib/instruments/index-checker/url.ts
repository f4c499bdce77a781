/**
 * The checker's state in a query string: `ix` (key columns, `user_id.created_at-desc`), `inc` (INCLUDE
 * columns), `where` (`user_id-eq.created_at-range`), `order` (`created_at-desc`), `select` (columns or
 * `all`) and `limit` (`1`). Anything unusable falls back to the default and yields a notice that repeats
 * no link text.
 */
import { COLUMNS, MAX_KEY_COLUMNS, MAX_ORDER_ITEMS, type CheckerInput, type Column, type ConditionKind, type KeyColumn } from './model';
import { LINK_TOO_LONG, readOwnParams, ignoredNotice, writeOwnParams } from '@/lib/instruments/url';
import { instrumentParams, instrumentQueryLimit } from '../registry';

const CHECKER_PARAMS = instrumentParams('index-checker');
const MAX_QUERY_LENGTH = instrumentQueryLimit('index-checker');


const isColumn = (value: string): value is Column => (COLUMNS as readonly string[]).includes(value);
const KINDS: readonly ConditionKind[] = ['eq', 'in', 'range'];

function tokens(raw: string): string[] {
  return raw === '' ? [] : raw.split('.');
}

/** `user_id.created_at-desc` → key columns; null when malformed, repeated or too many. */
export function decodeKeyColumns(raw: string, max: number): KeyColumn[] | null {
  const list = tokens(raw);
  if (list.length > max) return null;
  const out: KeyColumn[] = [];
  for (const token of list) {
    const [column, direction, extra] = token.split('-');
    if (extra !== undefined || column === undefined || !isColumn(column)) return null;
    if (direction !== undefined && direction !== 'desc') return null;
    if (out.some((k) => k.column === column)) return null;
    out.push({ column, direction: direction === 'desc' ? 'desc' : 'asc' });
  }
  return out;
}

function decodeColumns(raw: string): Column[] | null {
  const list = tokens(raw);
  if (list.length > COLUMNS.length || list.some((c) => !isColumn(c)) || new Set(list).size !== list.length) return null;
  return list as Column[];
}

function decodeWhere(raw: string): Partial<Record<Column, ConditionKind>> | null {
  const list = tokens(raw);
  if (list.length > COLUMNS.length) return null;
  const where: Partial<Record<Column, ConditionKind>> = {};
  for (const token of list) {
    const [column, kind, extra] = token.split('-');
    if (extra !== undefined || column === undefined || !isColumn(column) || !KINDS.includes(kind as ConditionKind) || where[column]) return null;
    where[column] = kind as ConditionKind;
  }
  return where;
}

const encodeKeys = (keys: readonly KeyColumn[]) => keys.map((k) => `${k.column}${k.direction === 'desc' ? '-desc' : ''}`).join('.');

function asParams(input: CheckerInput): Record<string, string> {
  const { index, query } = input;
  return {
    ix: encodeKeys(index.keys),
    inc: index.include.join('.'),
    where: COLUMNS.flatMap((c) => (query.where[c] ? [`${c}-${query.where[c]}`] : [])).join('.'),
    order: encodeKeys(query.orderBy),
    select: query.select === 'all' ? 'all' : query.select.join('.'),
    limit: query.limit ? '1' : '0',
  };
}

/** The state from `search`, with a notice when part of the link was ignored. */
export function decodeCheckerQuery(search: string, defaults: CheckerInput, prefix = ''): { input: CheckerInput; notice: string | null } {
  const own = readOwnParams(search, CHECKER_PARAMS, prefix, MAX_QUERY_LENGTH);
  if (own.tooLong) return { input: defaults, notice: LINK_TOO_LONG };
  const one = own.get;
  const ignored: string[] = [];
  const index = { keys: [...defaults.index.keys], include: [...defaults.index.include] };
  const query = { ...defaults.query, where: { ...defaults.query.where }, orderBy: [...defaults.query.orderBy] };

  const read = <T>(key: string, name: string, parse: (raw: string) => T | null, set: (value: T) => void) => {
    const raw = one(key);
    if (raw === undefined) return;
    const value = raw === null || raw.length > 200 ? null : parse(raw);
    if (value === null) ignored.push(name);
    else set(value);
  };
  read('ix', 'the index columns', (raw) => decodeKeyColumns(raw, MAX_KEY_COLUMNS), (keys) => (index.keys = keys));
  read('inc', 'the INCLUDE columns', decodeColumns, (include) => (index.include = include));
  read('where', 'the WHERE conditions', decodeWhere, (where) => (query.where = where));
  read('order', 'the ORDER BY', (raw) => decodeKeyColumns(raw, MAX_ORDER_ITEMS), (orderBy) => (query.orderBy = orderBy));
  read('select', 'the selected columns', (raw) => (raw === 'all' ? 'all' : decodeColumns(raw)), (select) => (query.select = select));
  read('limit', 'the LIMIT', (raw) => (raw === '1' ? true : raw === '0' ? false : null), (limit) => (query.limit = limit));

  // An INCLUDE column that is also a key column is dropped from INCLUDE (PostgreSQL allows it, but it adds nothing).
  index.include = index.include.filter((c) => !index.keys.some((k) => k.column === c));
  return { input: { index, query }, notice: ignoredNotice(ignored) };
}

/** `currentSearch` with this checker's parameters set to `input` (defaults left out). */
export function encodeCheckerQuery(input: CheckerInput, currentSearch: string, defaults: CheckerInput, prefix = ''): string {
  return writeOwnParams(currentSearch, CHECKER_PARAMS, asParams(input), asParams(defaults), prefix);
}
