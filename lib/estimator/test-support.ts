import { expect } from 'vitest';

/** Test helper: asserts |actual − expected| ≤ relativeTolerance × |expected| (exact match when expected is 0). */
export function expectRelativelyClose(actual: number, expected: number, relativeTolerance = 1e-12): void {
  expect(Number.isFinite(actual), `expected a finite number, got ${actual}`).toBe(true);
  const tolerance = Math.abs(expected) * relativeTolerance;
  expect(Math.abs(actual - expected), `${actual} should be within ${tolerance} of ${expected}`).toBeLessThanOrEqual(tolerance);
}
