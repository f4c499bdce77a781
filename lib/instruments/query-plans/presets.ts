/**
 * The queries the playground offers, each with the index that suits it. They are chosen to show different
 * outcomes on the same table: a range read straight off an index, scattered rows fetched through a bitmap,
 * a sort and limit answered by index order, an aggregate, and a condition too common for any index to help.
 * What PostgreSQL actually does is decided by PostgreSQL at run time; nothing here states a result.
 */
import { parseIndexColumns, type IndexSpec } from './index-spec';

/** A preset query. */
export interface QueryPreset {
  id: string;
  /** Short name for the picker. */
  name: string;
  sql: string;
  /** The index columns to try with it, as the reader would type them. */
  indexColumns: string;
  /** What to look for, in a sentence. */
  hint: string;
}

export const QUERY_PRESETS = [
  {
    id: 'one-day',
    name: 'Orders placed on one day (288 of 100,000)',
    sql: "SELECT id, customer_id, total\nFROM orders\nWHERE created_at >= '2024-03-01' AND created_at < '2024-03-02'",
    indexColumns: 'created_at',
    hint: 'A narrow date range. Orders were inserted in date order, so the matching rows sit side by side in the table.',
  },
  {
    id: 'one-customer',
    name: 'One customer’s orders (20 rows)',
    sql: 'SELECT id, status, total\nFROM orders\nWHERE customer_id = 4242',
    indexColumns: 'customer_id',
    hint: 'Few rows, but each of them on a different page of the table. Watch which kind of index scan the planner picks.',
  },
  {
    id: 'latest-five',
    name: 'A customer’s five latest orders',
    sql: 'SELECT id, created_at, total\nFROM orders\nWHERE customer_id = 4242\nORDER BY created_at DESC\nLIMIT 5',
    indexColumns: 'customer_id, created_at',
    hint: 'Equality column first, sort column second: look at what happens to the Sort node once the index exists.',
  },
  {
    id: 'refunded-count',
    name: 'Count refunded orders (1%)',
    sql: "SELECT count(*)\nFROM orders\nWHERE status = 'refunded'",
    indexColumns: 'status',
    hint: 'Only the count is needed, and the condition’s column is the index key.',
  },
  {
    id: 'shipped',
    name: 'Every shipped order (80%)',
    sql: "SELECT id, total\nFROM orders\nWHERE status = 'shipped'",
    indexColumns: 'status',
    hint: 'Four orders in five match. Create the index and see whether the planner uses it at all.',
  },
] as const satisfies readonly QueryPreset[];

export type QueryPresetId = (typeof QUERY_PRESETS)[number]['id'];

/** The preset the playground starts with. */
export const DEFAULT_PRESET: QueryPreset = QUERY_PRESETS[0];

/** The preset with this id, if there is one. */
export function findPreset(id: string): QueryPreset | undefined {
  return QUERY_PRESETS.find((p) => p.id === id);
}

/** A preset's index, parsed (every preset's column list is valid; a test checks). */
export function presetIndex(preset: QueryPreset): IndexSpec {
  const parsed = parseIndexColumns(preset.indexColumns);
  if (!parsed.ok) throw new Error(`Preset ${preset.id} has a bad index: ${parsed.message}`);
  return parsed.spec;
}
