/**
 * Seeded shuffles: the order of a question's options is a pure function of the attempt's seed and
 * the question's key, so it is stable for the whole attempt (re-renders, server and client) and
 * changes only when a new attempt picks a new seed.
 */

/** The seed of every reader's first attempt. Fixed so the server's markup and the client's first render agree. */
export const FIRST_ATTEMPT_SEED = 1;

/** 32-bit FNV-1a hash of a string: small, fast and well spread for short keys. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A pseudo-random generator (mulberry32) returning floats in [0, 1), fully determined by the seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A new copy of `items` in an order fixed by `seed` and `key` (Fisher–Yates); the input is not changed. */
export function seededShuffle<T>(items: readonly T[], seed: number, key: string): T[] {
  const random = seededRandom(hashString(`${seed}:${key}`));
  const result = items.slice();
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j] as T, result[i] as T];
  }
  return result;
}

/**
 * The starting order of an ordering question: shuffled like options, but never already solved
 * (a solved start would be a free point), so an unchanged shuffle is rotated by one.
 */
export function scrambledOrder<T>(items: readonly T[], seed: number, key: string): T[] {
  const shuffled = seededShuffle(items, seed, key);
  if (items.length > 1 && shuffled.every((item, i) => item === items[i])) shuffled.push(shuffled.shift() as T);
  return shuffled;
}

/** A fresh seed for a retry or a new exam (client only: it is random, so never use it for the first render). */
export function newAttemptSeed(): number {
  const buffer = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buffer);
  // Never the first attempt's seed, so a retry always looks different from the page as loaded.
  return buffer[0] === FIRST_ATTEMPT_SEED ? FIRST_ATTEMPT_SEED + 1 : (buffer[0] ?? FIRST_ATTEMPT_SEED + 1);
}
