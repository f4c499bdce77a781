import { describe, expect, it } from 'vitest';
import { FIRST_ATTEMPT_SEED, hashString, newAttemptSeed, scrambledOrder, seededRandom, seededShuffle } from './shuffle';

const letters = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('seededShuffle', () => {
  it('is a pure function of seed and key: same inputs, same order, every time', () => {
    const first = seededShuffle(letters, FIRST_ATTEMPT_SEED, 'q1');
    for (let i = 0; i < 20; i++) expect(seededShuffle(letters, FIRST_ATTEMPT_SEED, 'q1')).toEqual(first);
  });

  it('pins the first attempt’s order, so server and client markup cannot drift apart unnoticed', () => {
    expect(seededShuffle(letters, FIRST_ATTEMPT_SEED, 'q1')).toMatchInlineSnapshot(`
      [
        "a",
        "d",
        "e",
        "f",
        "b",
        "c",
      ]
    `);
  });

  it('is a permutation and leaves its input alone', () => {
    const input = letters.slice();
    const output = seededShuffle(input, 42, 'key');
    expect(input).toEqual(letters);
    expect(output.slice().sort()).toEqual(letters);
  });

  it('changes with the seed and with the key', () => {
    const orders = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) orders.add(seededShuffle(letters, seed, 'q1').join(''));
    expect(orders.size).toBeGreaterThan(20);
    const byKey = new Set(['q1', 'q2', 'q3', 'q4', 'q5', 'q6'].map((key) => seededShuffle(letters, 7, key).join('')));
    expect(byKey.size).toBeGreaterThan(3);
  });

  it('puts each item first about equally often over many seeds (no positional bias)', () => {
    const firsts: Record<string, number> = {};
    const runs = 6000;
    for (let seed = 0; seed < runs; seed++) {
      const first = seededShuffle(letters, seed, 'fairness')[0] as string;
      firsts[first] = (firsts[first] ?? 0) + 1;
    }
    for (const letter of letters) expect(Math.abs((firsts[letter] ?? 0) / runs - 1 / 6)).toBeLessThan(0.03);
  });

  it('handles empty and one-item lists', () => {
    expect(seededShuffle([], 1, 'x')).toEqual([]);
    expect(seededShuffle(['only'], 1, 'x')).toEqual(['only']);
  });
});

describe('scrambledOrder', () => {
  it('never starts an ordering question already solved', () => {
    for (let seed = 0; seed < 500; seed++) {
      expect(scrambledOrder(['1', '2', '3'], seed, 'order')).not.toEqual(['1', '2', '3']);
      expect(scrambledOrder(['1', '2'], seed, 'order')).toEqual(['2', '1']);
    }
  });
});

describe('seededRandom and hashString', () => {
  it('returns floats in [0, 1) and repeats for a repeated seed', () => {
    const a = seededRandom(123);
    const b = seededRandom(123);
    for (let i = 0; i < 100; i++) {
      const value = a();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      expect(b()).toBe(value);
    }
  });

  it('hashes to unsigned 32-bit integers (FNV-1a reference values)', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });
});

describe('newAttemptSeed', () => {
  it('returns a 32-bit seed that is never the first attempt’s', () => {
    for (let i = 0; i < 50; i++) {
      const seed = newAttemptSeed();
      expect(Number.isInteger(seed)).toBe(true);
      expect(seed).not.toBe(FIRST_ATTEMPT_SEED);
      expect(seed).toBeLessThan(2 ** 32);
    }
  });
});
