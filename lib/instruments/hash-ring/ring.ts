/**
 * A consistent-hashing ring, as the partitioning lesson draws it: each shard is placed at V points
 * ("virtual nodes" or tokens) by hashing `A#0`, `A#1`, …; a key hashes onto the ring and belongs to the first
 * token at or after its position, wrapping past the top. Beside it, the naive rule `hash(key) mod N`
 * picks the shard at that index of the shard list.
 */
import { ringHash } from './hash';

/** Shards are numbered 0 to MAX_SHARDS − 1 and named A, B, C, …; a removed shard's name is free again. */
export const SHARD_RANGE = { min: 1, max: 12 } as const;
/** Virtual nodes per shard. The seed example uses 150; the lesson's script 100. */
export const VNODE_RANGE = { min: 1, max: 200 } as const;
/** Keys placed on the ring and counted. */
export const KEY_COUNT_RANGE = { min: 100, max: 50_000 } as const;

/** A shard's letter: 0 → A. */
export function shardName(shard: number): string {
  return String.fromCharCode(65 + shard);
}

/** The key counted as number `index`, named as in the lesson's script. */
export function keyName(index: number): string {
  return `user:${index}`;
}

/** One virtual node: where it sits, which shard it stands for, and which of that shard's tokens it is. */
export interface Token {
  position: number;
  shard: number;
  replica: number;
}

/** A built ring: the shards on it (in list order, the order `mod N` indexes) and their tokens sorted by position. */
export interface Ring {
  shards: readonly number[];
  vnodes: number;
  tokens: readonly Token[];
  /** The tokens' positions, for the binary search. */
  positions: Float64Array;
}

/** What is wrong with a ring's settings, one sentence each; empty when nothing is. */
export function ringProblems(settings: { shards: readonly number[]; vnodes: number; keyCount?: number }): string[] {
  const problems: string[] = [];
  const { shards, vnodes, keyCount } = settings;
  if (shards.length < SHARD_RANGE.min || shards.length > SHARD_RANGE.max) problems.push(`A ring needs ${SHARD_RANGE.min} to ${SHARD_RANGE.max} shards.`);
  if (shards.some((s) => !Number.isInteger(s) || s < 0 || s >= SHARD_RANGE.max)) problems.push(`Shards are named A to ${shardName(SHARD_RANGE.max - 1)}.`);
  if (new Set(shards).size !== shards.length) problems.push('Each shard can be on the ring only once.');
  if (!Number.isInteger(vnodes) || vnodes < VNODE_RANGE.min || vnodes > VNODE_RANGE.max)
    problems.push(`Virtual nodes per shard must be a whole number from ${VNODE_RANGE.min} to ${VNODE_RANGE.max}.`);
  if (keyCount !== undefined) {
    const problem = keyCountProblem(keyCount);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Why `count` cannot be the number of keys, or null if it can. */
export function keyCountProblem(count: number): string | null {
  if (!Number.isInteger(count) || count < KEY_COUNT_RANGE.min || count > KEY_COUNT_RANGE.max)
    return `The number of keys must be a whole number from ${KEY_COUNT_RANGE.min.toLocaleString('en-US')} to ${KEY_COUNT_RANGE.max.toLocaleString('en-US')}.`;
  return null;
}

/** Shards A, B, C, … for a fresh ring of `count` shards. */
export function firstShards(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

/**
 * Places every shard's `vnodes` tokens and sorts them. Two tokens at the same position (rare in 2^32) are
 * ordered by shard, then replica, so the ring is the same however the shard list is ordered.
 */
export function buildRing(shards: readonly number[], vnodes: number): Ring {
  const problems = ringProblems({ shards, vnodes });
  if (problems.length > 0) throw new RangeError(problems.join(' '));
  const tokens: Token[] = [];
  for (const shard of shards) {
    for (let replica = 0; replica < vnodes; replica++) tokens.push({ position: ringHash(`${shardName(shard)}#${replica}`), shard, replica });
  }
  tokens.sort((a, b) => a.position - b.position || a.shard - b.shard || a.replica - b.replica);
  return { shards: [...shards], vnodes, tokens, positions: Float64Array.from(tokens, (t) => t.position) };
}

/** Index of the token that owns ring position `position`: the first at or after it, wrapping to 0. Binary search. */
export function tokenIndexFor(ring: Ring, position: number): number {
  const { positions } = ring;
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((positions[mid] as number) < position) lo = mid + 1;
    else hi = mid;
  }
  return lo === positions.length ? 0 : lo;
}

/** The shard that owns a key hashed to `position` on the ring. */
export function ringOwner(ring: Ring, position: number): number {
  return (ring.tokens[tokenIndexFor(ring, position)] as Token).shard;
}

/** The shard `hash mod N` picks: the one at index hash mod N of the shard list. */
export function modOwner(shards: readonly number[], hash: number): number {
  return shards[hash % shards.length] as number;
}

/** The ring positions of keys 0 … count − 1. */
export function keyHashes(count: number): Uint32Array {
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i++) hashes[i] = ringHash(keyName(i));
  return hashes;
}

/** Every key's shard under the ring (one byte per key: shards are numbered below 256). */
export function assignRing(ring: Ring, hashes: Uint32Array): Uint8Array {
  const owners = new Uint8Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) owners[i] = ringOwner(ring, hashes[i] as number);
  return owners;
}

/** Every key's shard under `hash mod N` over the same shard list. */
export function assignModN(shards: readonly number[], hashes: Uint32Array): Uint8Array {
  const owners = new Uint8Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) owners[i] = modOwner(shards, hashes[i] as number);
  return owners;
}

/** A stretch of the ring owned by one shard, from `start` to `end` as fractions of a turn (end > start). */
export interface Arc {
  start: number;
  end: number;
  shard: number;
}

/**
 * The ring cut into the stretches each shard owns: a token owns the arc from the previous token up to
 * itself. Neighbouring arcs of one shard are merged; an arc that wraps past the top is split in two.
 */
export function ringArcs(ring: Ring): Arc[] {
  const { tokens } = ring;
  const last = tokens[tokens.length - 1] as Token;
  const arcs: Arc[] = [];
  const push = (start: number, end: number, shard: number) => {
    if (end <= start) return;
    const prev = arcs[arcs.length - 1];
    if (prev && prev.shard === shard && prev.end === start) prev.end = end;
    else arcs.push({ start, end, shard });
  };
  // From the top of the ring to the first token: owned by the first token (the wrap-around).
  const first = tokens[0] as Token;
  push(0, first.position / 2 ** 32, first.shard);
  for (let i = 1; i < tokens.length; i++) push((tokens[i - 1] as Token).position / 2 ** 32, (tokens[i] as Token).position / 2 ** 32, (tokens[i] as Token).shard);
  // After the last token, the arc up to the top wraps to the first token's shard.
  push(last.position / 2 ** 32, 1, first.shard);
  return arcs;
}
