/**
 * How many keys each shard holds, and how many keys an add or remove moves under each rule.
 */
import { shardName } from './ring';

/** Keys per shard, in the order of `shards`. */
export function loadCounts(owners: Uint8Array, shards: readonly number[]): number[] {
  const byShard = new Map<number, number>(shards.map((s) => [s, 0]));
  for (const owner of owners) byShard.set(owner, (byShard.get(owner) ?? 0) + 1);
  return shards.map((s) => byShard.get(s) ?? 0);
}

/** How even a load is: the busiest and idlest shard against the mean (1 is perfectly even). */
export interface LoadSpread {
  mean: number;
  max: number;
  min: number;
  /** max ÷ mean: how much more than its fair share the busiest shard carries. */
  maxOverMean: number;
  minOverMean: number;
}

/** The spread of `counts` (at least one shard). */
export function loadSpread(counts: readonly number[]): LoadSpread {
  const total = counts.reduce((sum, c) => sum + c, 0);
  const mean = total / Math.max(1, counts.length);
  const max = Math.max(...counts);
  const min = Math.min(...counts);
  return { mean, max, min, maxOverMean: mean > 0 ? max / mean : 1, minOverMean: mean > 0 ? min / mean : 1 };
}

/** Keys that changed shard between two assignments of the same keys. */
export interface Movement {
  total: number;
  moved: number;
  /** moved ÷ total. */
  share: number;
  /** Where moved keys went: shard → count. */
  to: Map<number, number>;
  /** Where moved keys came from: shard → count. */
  from: Map<number, number>;
}

/** Compares two assignments of the same keys (owners[i] is key i's shard). */
export function movement(before: Uint8Array, after: Uint8Array): Movement {
  if (before.length !== after.length) throw new RangeError('both assignments must cover the same keys');
  const to = new Map<number, number>();
  const from = new Map<number, number>();
  let moved = 0;
  for (let i = 0; i < before.length; i++) {
    const a = before[i] as number;
    const b = after[i] as number;
    if (a === b) continue;
    moved += 1;
    to.set(b, (to.get(b) ?? 0) + 1);
    from.set(a, (from.get(a) ?? 0) + 1);
  }
  return { total: before.length, moved, share: before.length ? moved / before.length : 0, to, from };
}

/**
 * What theory predicts for the share of keys an add moves: the new shard's fair share 1/(N + 1) on the ring,
 * and N/(N + 1) under mod N (a key stays only if its hash has the same remainder modulo N and N + 1).
 */
export function expectedAddShare(shardsBefore: number): { ring: number; modN: number } {
  return { ring: 1 / (shardsBefore + 1), modN: shardsBefore / (shardsBefore + 1) };
}

/** "A 2,480, B 2,530, …" for screen readers and summaries. */
export function describeCounts(counts: readonly number[], shards: readonly number[]): string {
  return shards.map((s, i) => `${shardName(s)} ${(counts[i] ?? 0).toLocaleString('en-US')}`).join(', ');
}
