import { describe, expect, it } from 'vitest';
import { acceptedRange, formatQuizNumber, numericInputProblem, parseNumberInput, withinTolerance } from './numeric';

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

describe('numericInputProblem', () => {
  it.each(['', '  ', '6', '20,000', '-3.5', '4.36e13'])('has nothing to say about %j', (text) => {
    expect(numericInputProblem(text)).toBeNull();
  });

  it.each(['1e309', '-1e400', '9'.repeat(400)])('calls %j too large rather than not a number', (text) => {
    expect(numericInputProblem(text)).toBe('That number is too large to use. Type a smaller one.');
  });

  it.each(['abc', '6 shards', '1.2.3', '0x10', 'Infinity', '20k'])('calls %j not a number', (text) => {
    expect(numericInputProblem(text)).toBe('That is not a number. Type digits, like 6 or 86.4.');
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

describe('formatQuizNumber matches Intl en-US with six significant digits', () => {
  const intl = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 6 });
  const values = [
    0, 1, 7, 10, 999, 1000, 1234, 12_345.678, 999_999.5, 1_000_000, 86_400_000, 2_592_000_000, 123_456_789, 1e15, 1.23457e25, 1e21,
    0.5, 0.6, 0.05, 1 / 3, 2 / 3, 0.000123456789, 1e-7, 3.14159265, 99.99995, 0.1 + 0.2, 1.5e-12, 4.2e9, 350.25, 12.5,
  ];
  for (const value of [...values, ...values.filter((v) => v !== 0).map((v) => -v)]) {
    it(`${value}`, () => expect(formatQuizNumber(value)).toBe(intl.format(value)));
  }
  it('agrees on a thousand random magnitudes', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 1000; i++) {
      const value = (random() - 0.3) * 10 ** Math.floor(random() * 30 - 12);
      expect(formatQuizNumber(value)).toBe(intl.format(value));
    }
  });
});
