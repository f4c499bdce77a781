import { describe, expect, it } from 'vitest';
import { hasDedicatedOperators, managedReason, prefersManaged } from './team';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import type { Workload } from './types';

const BASE: Workload = { consistency: 'eventual', peakWritesPerSecond: 1, peakReadsPerSecond: 1, dataModel: 'key-value' };

describe('prefersManaged (managed under the 5-engineer planning threshold; self-host only with production experience)', () => {
  it.each<[string, Partial<Workload>, boolean, RegExp]>([
    ['nothing stated', {}, true, /no production operations experience/],
    ['small expert team', { teamSize: 4, opsExpertise: 'deep' }, true, /team of 4 is under the 5/],
    ['large expert team', { teamSize: 12, opsExpertise: 'deep' }, false, /deep operations experience/],
    ['expert, size unknown', { opsExpertise: 'deep' }, false, /deep operations experience/],
    ['large team, some experience', { teamSize: 40, opsExpertise: 'some' }, true, /"some"/],
    ['expert team preferring managed', { teamSize: 40, opsExpertise: 'deep', preferManaged: true }, true, /prefers managed/],
    ['exactly 5 engineers, deep', { teamSize: 5, opsExpertise: 'deep' }, false, /deep/],
  ])('%s', (_name, patch, managed, reason) => {
    const workload = { ...BASE, ...patch };
    expect(prefersManaged(workload, DEFAULT_ASSUMPTIONS)).toBe(managed);
    expect(managedReason(workload, DEFAULT_ASSUMPTIONS)).toMatch(reason);
  });

  it('reads dedicated operators from deep expertise', () => {
    expect(hasDedicatedOperators({ ...BASE, opsExpertise: 'deep' })).toBe(true);
    expect(hasDedicatedOperators({ ...BASE, opsExpertise: 'some' })).toBe(false);
    expect(hasDedicatedOperators(BASE)).toBe(false);
  });
});
