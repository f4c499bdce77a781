import { describe, expect, it } from 'vitest';
import { READ_HEAVY_ABOVE, WRITE_HEAVY_BELOW, classifyWorkload, type WorkloadProfileKind } from './workload-profile';

describe('classifyWorkload', () => {
  it('uses the course’s convention: read-heavy above 10:1, write-heavy below 3:1', () => {
    expect(READ_HEAVY_ABOVE).toBe(10);
    expect(WRITE_HEAVY_BELOW).toBe(3);
  });

  it.each<[number | null, WorkloadProfileKind]>([
    [null, 'read-heavy'],
    [100, 'read-heavy'],
    [25, 'read-heavy'],
    [10.000_001, 'read-heavy'],
    [10, 'balanced'],
    [5, 'balanced'],
    [3, 'balanced'],
    [2.999_999, 'write-heavy'],
    [1, 'write-heavy'],
    [0.1, 'write-heavy'],
    [0, 'write-heavy'],
  ])('ratio %s → %s', (ratio, kind) => {
    expect(classifyWorkload(ratio).kind).toBe(kind);
  });

  it.each<[number | null, string]>([
    [null, 'Read-only (no writes)'],
    [25, 'Read-heavy (more than 10 reads per write)'],
    [5, 'Balanced (3 to 10 reads per write)'],
    [1, 'Write-heavy (fewer than 3 reads per write)'],
  ])('ratio %s is labelled %s', (ratio, label) => {
    expect(classifyWorkload(ratio).label).toBe(label);
  });

  it.each<[number, RegExp]>([
    [25, /replica/i],
    [25, /cach/i],
    [25, /denormalis/i],
    [1, /LSM/],
    [1, /batch/i],
    [1, /partition/i],
    [5, /relational/i],
  ])('ratio %s hints mention %s', (ratio, pattern) => {
    expect(classifyWorkload(ratio).hints.some((hint) => pattern.test(hint))).toBe(true);
  });

  it('returns a fresh hints array each time', () => {
    const first = classifyWorkload(25);
    first.hints.push('mutated');
    expect(classifyWorkload(25).hints).not.toContain('mutated');
  });
});
