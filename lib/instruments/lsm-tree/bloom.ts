/**
 * A real bloom filter over integer keys (Bloom, 1970): m bits, k hash positions per key from double hashing.
 * Bits are only ever set, so a key that was added always finds all k of its bits: no false negatives.
 */

/** A built filter. Never changed after `buildBloom` returns it (an SSTable is immutable). */
export interface BloomFilter {
  readonly bits: Uint8Array;
  /** Number of bits. */
  readonly m: number;
  /** Hash functions per key. */
  readonly k: number;
}

/** Filter size for `keyCount` keys at `bitsPerKey`, with the best k = (m/n)·ln 2, at least 1 (lesson: 10 bits → k = 7). */
export function bloomSize(keyCount: number, bitsPerKey: number): { m: number; k: number } {
  return { m: Math.max(8, Math.ceil(keyCount * bitsPerKey)), k: Math.max(1, Math.round(bitsPerKey * Math.LN2)) };
}

/** The standard approximation p ≈ (1 − e^(−k·n/m))^k, with n/m = 1/bitsPerKey. */
export function expectedFalsePositiveRate(bitsPerKey: number, k = bloomSize(1, bitsPerKey).k): number {
  return (1 - Math.exp(-k / bitsPerKey)) ** k;
}

// murmur3's 32-bit finaliser: a cheap, well-mixed hash of an integer.
function mix(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function positions(key: number, m: number, k: number): number[] {
  const h1 = mix(key);
  const h2 = mix(key ^ 0x9e3779b9) | 1;
  const out: number[] = [];
  for (let i = 0; i < k; i++) out.push(((h1 + Math.imul(i, h2)) >>> 0) % m);
  return out;
}

/** A filter holding `keys`. */
export function buildBloom(keys: readonly number[], bitsPerKey: number): BloomFilter {
  const { m, k } = bloomSize(keys.length, bitsPerKey);
  const bits = new Uint8Array(m);
  for (const key of keys) for (const p of positions(key, m, k)) bits[p] = 1;
  return { bits, m, k };
}

/** False: `key` was certainly never added. True: it may have been. */
export function mayContain(filter: BloomFilter, key: number): boolean {
  return positions(key, filter.m, filter.k).every((p) => filter.bits[p] === 1);
}
