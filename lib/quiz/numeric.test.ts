import { describe, expect, it } from 'vitest';
import { acceptedRange, formatQuizNumber, parseNumberInput, withinTolerance } from './numeric';

describe('parseNumberInput', () => {
  it.each([
    ['6', 6],
    [' 86.4 ', 86.4],
    ['20,000', 20000],
    ['20 000', 20000],
    ['1_000_000', 1e6],
    ['-3.5', -3.5],
    ['+7', 7],
    ['.5', 0.5],
    ['5.', 5],
    ['4.36e13', 4.36e13],
    ['2E-3', 0.002],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberInput(text)).toBe(value);
  });

  it.each(['', '   ', 'six', '6 shards', '1.2.3', '--1', '0x10', 'Infinity', 'NaN', '1e999', '20k'])('rejects %j', (text) => {
    expect(parseNumberInput(text)).toBeNull();
  });
});

describe('withinTolerance', () => {
  // [value, answer, relative tolerance, expected]
  it.each([
    [600, 600, 0, true],
    [601, 600, 0, false],
    [0.1 + 0.2, 0.3, 0, true],
    [90, 100, 0.1, true],
    [110, 100, 0.1, true],
    [89.99, 100, 0.1, false],
    [110.01, 100, 0.1, false],
    [-95, -100, 0.05, true],
    [-94, -100, 0.05, false],
    [82.08, 86.4, 0.05, true],
    [82.07, 86.4, 0.05, false],
    [0, 0, 0.5, true],
    [0.001, 0, 0.5, false],
    [Number.NaN, 1, 1, false],
    [Number.POSITIVE_INFINITY, 1, 1, false],
  ])('%d against %d ± %d → %s', (value, answer, tolerance, expected) => {
    expect(withinTolerance(value, answer, tolerance)).toBe(expected);
  });
});

describe('acceptedRange and formatQuizNumber', () => {
  it('gives the closed range the tolerance allows', () => {
    const { low, high } = acceptedRange(86.4, 0.05);
    expect(low).toBeCloseTo(82.08, 9);
    expect(high).toBeCloseTo(90.72, 9);
    expect(acceptedRange(-100, 0.1)).toEqual({ low: -110, high: -90 });
  });

  it('groups digits and keeps six significant figures', () => {
    expect(formatQuizNumber(86_400_000)).toBe('86,400,000');
    expect(formatQuizNumber(0.6)).toBe('0.6');
    expect(formatQuizNumber(1 / 3)).toBe('0.333333');
  });
});
