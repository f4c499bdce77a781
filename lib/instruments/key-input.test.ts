import { describe, expect, it } from 'vitest';
import { readWholeKey } from './key-input';

const RANGE = { min: 1, max: 999 };

describe('readWholeKey', () => {
  it.each([
    ['42', 42],
    [' 7 ', 7],
    ['999', 999],
    ['1', 1],
  ])('reads %j as %d', (text, key) => {
    expect(readWholeKey(text, RANGE)).toBe(key);
  });

  it.each(['', 'abc', '4.5', '-3', '1e3'])('asks for a whole number for %j', (text) => {
    expect(readWholeKey(text, RANGE)).toBe('Type a whole number from 1 to 999.');
  });

  it.each(['0', '1000', '000000000000000000001000'])('gives the range for %j', (text) => {
    expect(readWholeKey(text, RANGE)).toBe('Keys go from 1 to 999.');
  });
});
