import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../engine/index';
import { randomInterleaving } from './random-interleavings';

describe('random interleavings', () => {
  it('are deterministic per seed', () => {
    expect(randomInterleaving(42)).toEqual(randomInterleaving(42));
    expect(randomInterleaving(42)).not.toEqual(randomInterleaving(43));
  });

  it('always run to completion and leave a consistent final state', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const input = randomInterleaving(seed);
        const run = runScenario(input);
        expect(run.steps).toHaveLength(input.steps.length);
        const last = run.steps[run.steps.length - 1];
        expect(last?.status).toBe('ok');
        // Primary key still unique in the final committed state.
        const ids = (last?.rows ?? []).map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const step of run.steps) {
          if (step.status === 'error') expect(step.sqlstate).toMatch(/^(40001|40P01|23505|25P02)$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
