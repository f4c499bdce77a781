import { describe, expect, it } from 'vitest';
import { buildLevelTable, LEVEL_TABLE_COLUMNS } from './level-table';

describe('the generated level table', () => {
  const table = buildLevelTable();
  const cell = (level: number, scenario: string) => table[level]!.cells.find((c) => c.scenario === scenario)!;

  it('has a row per level, weakest first, and a cell per column', () => {
    expect(table.map((r) => r.level)).toEqual(['READ UNCOMMITTED', 'READ COMMITTED', 'REPEATABLE READ', 'SERIALIZABLE']);
    for (const row of table) expect(row.cells.map((c) => c.scenario)).toEqual(LEVEL_TABLE_COLUMNS.map((c) => c.scenario));
  });

  it('matches PostgreSQL’s documented behaviour', () => {
    const happened = table.map((r) => r.cells.map((c) => c.happened));
    expect(happened).toEqual([
      [false, true, true, true, true, true, true],
      [false, true, true, true, true, true, true],
      [false, false, false, false, false, true, true],
      [false, false, false, false, false, false, false],
    ]);
  });

  it('says which anomalies are stopped by an error the application must retry', () => {
    expect(cell(2, 'lost-update').preventedBy).toBe('40001');
    expect(cell(3, 'write-skew').preventedBy).toBe('40001');
    expect(cell(3, 'read-only-anomaly').preventedBy).toBe('40001');
    expect(cell(2, 'phantom-read').preventedBy).toBeNull();
    expect(cell(1, 'dirty-read').preventedBy).toBeNull();
    expect(cell(1, 'lost-update').preventedBy).toBeNull(); // it happened
  });
});
