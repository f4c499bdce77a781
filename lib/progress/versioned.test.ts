import { describe, expect, it } from 'vitest';
import { readVersioned, writeVersioned, type VersionedSpec } from './versioned';

// A record at version 3 whose history is: v1 { n } → v2 { count } → v3 { count, unit }.
type V3 = { count: number; unit: string };
const spec: VersionedSpec<V3> = {
  version: 3,
  parse: (data) => {
    const d = data as Partial<V3> | null;
    return d && typeof d.count === 'number' && typeof d.unit === 'string' ? { count: d.count, unit: d.unit } : null;
  },
  empty: () => ({ count: 0, unit: 'none' }),
  migrations: {
    1: (data) => ({ count: (data as { n: number }).n }),
    2: (data) => ({ ...(data as object), unit: 'items' }),
  },
};
const empty = spec.empty();

describe('readVersioned', () => {
  it('reads nothing stored as a fresh record, with nothing to report or write', () => {
    expect(readVersioned(null, spec)).toEqual({ data: empty, problem: null, rewrite: false });
  });

  it('reads the current version as it is', () => {
    expect(readVersioned(writeVersioned({ count: 4, unit: 'cards' }, 3), spec)).toEqual({ data: { count: 4, unit: 'cards' }, problem: null, rewrite: false });
  });

  it('migrates older versions step by step and asks for a rewrite', () => {
    expect(readVersioned(JSON.stringify({ version: 1, data: { n: 7 } }), spec)).toEqual({ data: { count: 7, unit: 'items' }, problem: null, rewrite: true });
    expect(readVersioned(JSON.stringify({ version: 2, data: { count: 2 } }), spec)).toEqual({ data: { count: 2, unit: 'items' }, problem: null, rewrite: true });
  });

  it.each([
    ['a migration that throws', { version: 1, data: null }],
    ['a migration that yields invalid data', { version: 1, data: { n: 'seven' } }],
  ])('resets old data when %s, calling it old', (_name, stored) => {
    expect(readVersioned(JSON.stringify(stored), spec)).toEqual({ data: empty, problem: 'old', rewrite: true });
  });

  it('resets data from a version with no migration path, calling it old', () => {
    const noHistory: VersionedSpec<V3> = { ...spec, migrations: {} };
    expect(readVersioned(JSON.stringify({ version: 2, data: { count: 2 } }), noHistory)).toEqual({ data: empty, problem: 'old', rewrite: true });
  });

  it.each([
    ['not JSON', '{"version":3,'],
    ['garbage', 'garbage'],
    ['JSON null', 'null'],
    ['a bare number', '42'],
    ['an array', '[1,2,3]'],
    ['no version', JSON.stringify({ data: { count: 1, unit: 'x' } })],
    ['a version that is not a whole number', JSON.stringify({ version: '3', data: { count: 1, unit: 'x' } })],
    ['no data', JSON.stringify({ version: 3 })],
    ['a version from the future', JSON.stringify({ version: 4, data: { count: 1, unit: 'x' } })],
    ['version zero', JSON.stringify({ version: 0, data: {} })],
    ['the current version with invalid data', JSON.stringify({ version: 3, data: { count: 'many', unit: 'x' } })],
  ])('resets %s, calling it corrupt', (_name, raw) => {
    expect(readVersioned(raw, spec)).toEqual({ data: empty, problem: 'corrupt', rewrite: true });
  });
});
