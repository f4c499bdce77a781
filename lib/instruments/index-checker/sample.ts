/**
 * A handful of `orders` rows, sorted the way an index sorts them, to show what a scan reads: the entries
 * inside the bounds set by the usable prefix, and which of those actually match. The conditions use the
 * literals in CONDITION_SQL.
 */
import type { CheckResult } from './check';
import type { CheckerInput, Column, ConditionKind, KeyColumn } from './model';

/** One row of the sample table. */
export type SampleRow = Record<Column, number | string>;

const r = (id: number, user_id: number, status: string, created_at: string, total_cents: number, region: string): SampleRow => ({
  id,
  user_id,
  status,
  created_at,
  total_cents,
  region,
});

/** The sample: user 42's orders in every status, and neighbours on either side. */
export const SAMPLE_ROWS: readonly SampleRow[] = [
  r(1001, 42, 'pending', '2025-03-01', 4999, 'eu'),
  r(1002, 41, 'paid', '2025-03-02', 1299, 'us'),
  r(1003, 42, 'paid', '2025-01-05', 999, 'eu'),
  r(1004, 43, 'pending', '2025-01-02', 15000, 'us'),
  r(1005, 42, 'pending', '2025-01-20', 2500, 'eu'),
  r(1006, 7, 'pending', '2025-02-14', 4999, 'apac'),
  r(1007, 42, 'paid', '2025-02-11', 12000, 'eu'),
  r(1008, 99, 'pending', '2024-12-30', 800, 'us'),
  r(1009, 42, 'shipped', '2024-11-17', 3100, 'eu'),
  r(1010, 45, 'cancelled', '2025-03-09', 700, 'eu'),
  r(1011, 42, 'pending', '2025-04-02', 6400, 'eu'),
  r(1012, 12, 'paid', '2025-02-01', 21000, 'us'),
  r(1013, 99, 'paid', '2025-03-15', 999, 'us'),
  r(1014, 50, 'pending', '2025-02-20', 4300, 'apac'),
  r(1015, 7, 'shipped', '2025-01-11', 1800, 'apac'),
  r(1016, 42, 'cancelled', '2025-03-20', 5200, 'eu'),
];

/** Whether `value` meets `column`'s condition of kind `kind` (the literals of CONDITION_SQL). */
export function meets(column: Column, kind: ConditionKind, value: number | string): boolean {
  const v = value;
  switch (column) {
    case 'id':
      return kind === 'eq' ? v === 1001 : kind === 'in' ? [1001, 1002, 1003].includes(v as number) : (v as number) > 1000;
    case 'user_id':
      return kind === 'eq' ? v === 42 : kind === 'in' ? [7, 42, 99].includes(v as number) : (v as number) >= 40 && (v as number) <= 50;
    case 'status':
      return kind === 'eq' ? v === 'pending' : kind === 'in' ? ['pending', 'paid'].includes(v as string) : (v as string) > 'paid';
    case 'created_at':
      return kind === 'eq' ? v === '2025-03-01' : kind === 'in' ? ['2025-01-20', '2025-03-01'].includes(v as string) : (v as string) >= '2025-01-01' && (v as string) <= '2025-03-31';
    case 'total_cents':
      return kind === 'eq' ? v === 4999 : kind === 'in' ? [999, 4999].includes(v as number) : (v as number) > 10000;
    case 'region':
      return kind === 'eq' ? v === 'eu' : kind === 'in' ? ['eu', 'us'].includes(v as string) : (v as string) > 'eu';
  }
}

/** What happens to one index entry. */
export type EntryFate = 'skipped' | 'rejected-in-index' | 'match';

/** One index entry: the row, and its fate in the scan. */
export interface SampleEntry {
  row: SampleRow;
  fate: EntryFate;
  /** The first key column whose condition rejects the entry (for 'rejected-in-index'). */
  rejectedBy: Column | null;
}

/** The sample as index entries. */
export interface SampleScan {
  entries: SampleEntry[];
  read: number;
  matches: number;
  /** Matches that also meet conditions on columns outside the key (checked on the table row or INCLUDE). */
  results: number;
  /** True when nothing bounds the scan, so reading the index means reading all of it. */
  unbounded: boolean;
}

function compareBy(keys: readonly KeyColumn[]) {
  return (a: SampleRow, b: SampleRow) => {
    for (const { column, direction } of keys) {
      const x = a[column];
      const y = b[column];
      if (x !== y) return (x < y ? -1 : 1) * (direction === 'desc' ? -1 : 1);
    }
    return (a.id as number) - (b.id as number);
  };
}

/** The sample sorted in index order, each entry marked read or skipped, matching or rejected. */
export function sampleScan(input: CheckerInput, result: CheckResult): SampleScan {
  const { index, query } = input;
  const sorted = [...SAMPLE_ROWS].sort(compareBy(index.keys));
  const unbounded = result.prefix.length === 0;
  const keyColumns = index.keys.map((k) => k.column);
  let read = 0;
  let matches = 0;
  let results = 0;
  const entries = sorted.map((row): SampleEntry => {
    const inBounds = result.prefix.every((c) => meets(c, query.where[c] as ConditionKind, row[c]));
    if (!inBounds && !unbounded) return { row, fate: 'skipped', rejectedBy: null };
    read += 1;
    const failing = keyColumns.find((c) => query.where[c] && !meets(c, query.where[c] as ConditionKind, row[c])) ?? null;
    if (failing) return { row, fate: 'rejected-in-index', rejectedBy: failing };
    matches += 1;
    const others = (Object.keys(query.where) as Column[]).filter((c) => !keyColumns.includes(c));
    if (others.every((c) => meets(c, query.where[c] as ConditionKind, row[c]))) results += 1;
    return { row, fate: 'match', rejectedBy: null };
  });
  return { entries, read, matches, results, unbounded };
}
