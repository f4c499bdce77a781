import { describe, expect, it } from 'vitest';
import { expectRelativelyClose } from './test-support';

describe('expectRelativelyClose', () => {
  it.each([
    [1, 1, 0],
    [1e15 + 1, 1e15, 1e-12],
    [0, 0, 1e-12],
  ])('accepts %s ≈ %s (tolerance %s)', (actual, expected, tolerance) => {
    expect(() => expectRelativelyClose(actual, expected, tolerance)).not.toThrow();
  });

  it.each([
    [1.001, 1, 1e-6],
    [Number.NaN, 1, 1],
    [Number.POSITIVE_INFINITY, 1, 1],
  ])('rejects %s vs %s (tolerance %s)', (actual, expected, tolerance) => {
    expect(() => expectRelativelyClose(actual, expected, tolerance)).toThrow();
  });
});
