import { describe, expect, it } from 'vitest';
import { scaleTier, type ScaleTier } from './scale-tier';

describe('scaleTier', () => {
  it.each<[number, number, ScaleTier]>([
    [0, 0, 1],
    [10_000, 10_000, 1], // at both limits: still one node (the estimator treats "at the ceiling" as not over)
    [10_000, 10_001, 2],
    [10_001, 0, 3],
    [1e12, 1e12, 3],
  ])('%d writes/s, %d reads/s → tier %d', (writes, reads, tier) => {
    expect(scaleTier(writes, reads, 10_000, 10_000)).toBe(tier);
  });
});
