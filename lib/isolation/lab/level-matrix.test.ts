import { describe, expect, it } from 'vitest';
import { buildLevelMatrix, preventingLevels } from './level-matrix';
import type { IsolationLevel } from '../engine/types';

const ALL: IsolationLevel[] = ['READ UNCOMMITTED', 'READ COMMITTED', 'REPEATABLE READ', 'SERIALIZABLE'];

/** Anomaly observed at [RU, RC, RR, SERIALIZABLE], as PostgreSQL documents it (transaction-iso.html, table 13.1, plus SSI). */
const DOCUMENTED: Record<string, [boolean, boolean, boolean, boolean]> = {
  'dirty-read': [false, false, false, false], // PostgreSQL's READ UNCOMMITTED behaves like READ COMMITTED
  'non-repeatable-read': [true, true, false, false],
  'phantom-read': [true, true, false, false], // PostgreSQL's REPEATABLE READ also prevents phantoms
  'lost-update': [true, true, false, false],
  'lost-update-atomic': [false, false, false, false],
  'lost-update-for-update': [false, false, false, false],
  'write-skew': [true, true, true, false],
  'read-skew': [true, true, false, false],
  'oversell-guard': [false, false, false, false],
  'duplicate-key-race': [false, false, false, false],
  deadlock: [true, true, true, true], // not an anomaly: a deadlock can happen at any level
  'read-only-anomaly': [true, true, true, false],
};

describe('level matrix derived from engine runs', () => {
  const matrix = buildLevelMatrix();

  it('matches PostgreSQL’s documented behaviour', () => {
    const actual = Object.fromEntries(matrix.map((row) => [row.scenario, ALL.map((l) => row.observed[l])]));
    expect(actual).toEqual(DOCUMENTED);
  });

  it('derives which levels prevent each anomaly', () => {
    const row = matrix.find((r) => r.scenario === 'write-skew');
    expect(row && preventingLevels(row)).toEqual(['SERIALIZABLE']);
    const nr = matrix.find((r) => r.scenario === 'non-repeatable-read');
    expect(nr && preventingLevels(nr)).toEqual(['REPEATABLE READ', 'SERIALIZABLE']);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(matrix))).toEqual(matrix);
  });
});
