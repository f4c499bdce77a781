/**
 * One hot key and write salting. A single key takes a share p of all requests; the rest spread over the
 * shards in proportion to the keys each holds. Salting writes the hot key as k sub-keys `key#0 … key#k−1`
 * (the lesson's `likes:{post_id}#{salt}`), each taking p/k, so its traffic spreads over the shards the
 * sub-keys land on. Reads of the key must then fetch all k sub-keys.
 */
import { ringHash } from './hash';
import { ringOwner, type Ring } from './ring';

/** The hot key the visualizer follows (the lesson's like counter on a popular post). */
export const HOT_KEY = 'likes:hot-post';
/** Share of all requests the hot key takes, in whole percent. */
export const HOT_SHARE_RANGE = { min: 0, max: 90 } as const;
/** Sub-keys a salted key is written as (1 = not salted). The lesson's example uses 8. */
export const SALT_RANGE = { min: 1, max: 32 } as const;

/** The names a key is written under when salted `salt` ways (itself when `salt` is 1). */
export function saltedKeys(key: string, salt: number): string[] {
  if (!Number.isInteger(salt) || salt < SALT_RANGE.min || salt > SALT_RANGE.max) throw new RangeError(`salt must be a whole number from ${SALT_RANGE.min} to ${SALT_RANGE.max}`);
  return salt === 1 ? [key] : Array.from({ length: salt }, (_, i) => `${key}#${i}`);
}

/** Traffic on each shard with the hot key written one way. */
export interface TrafficSpread {
  /** Share of all requests per shard, in the ring's shard order; they sum to 1. */
  shares: number[];
  /** Index (into the shard order) of the busiest shard. */
  hottest: number;
  /** The busiest shard's share ÷ a fair share (1/N). */
  overFair: number;
  /** Where each sub-key lives (a shard number per sub-key). */
  subKeyShards: number[];
  /** Distinct shards the sub-keys landed on: the shards a read must visit. */
  readShards: number;
}

/** The hot key before and after salting, on one ring. */
export interface HotKeyModel {
  hotShare: number;
  salt: number;
  before: TrafficSpread;
  after: TrafficSpread;
  /** Keys a read of the hot key fetches: 1 before, `salt` after. */
  readKeys: number;
}

function spread(ring: Ring, keyShares: readonly number[], hotShare: number, subKeys: readonly string[]): TrafficSpread {
  const index = new Map(ring.shards.map((s, i) => [s, i]));
  const shares = keyShares.map((share) => (1 - hotShare) * share);
  const subKeyShards = subKeys.map((k) => ringOwner(ring, ringHash(k)));
  for (const shard of subKeyShards) shares[index.get(shard) as number]! += hotShare / subKeys.length;
  let hottest = 0;
  shares.forEach((s, i) => {
    if (s > (shares[hottest] as number)) hottest = i;
  });
  return { shares, hottest, overFair: (shares[hottest] as number) * ring.shards.length, subKeyShards, readShards: new Set(subKeyShards).size };
}

/**
 * The traffic per shard with the hot key taking `hotPercent`% of requests, unsalted and salted `salt` ways.
 * `keyCounts` are the keys per shard (ring order), which set how the remaining traffic divides.
 */
export function hotKeyModel(ring: Ring, keyCounts: readonly number[], hotPercent: number, salt: number): HotKeyModel {
  if (!Number.isInteger(hotPercent) || hotPercent < HOT_SHARE_RANGE.min || hotPercent > HOT_SHARE_RANGE.max)
    throw new RangeError(`the hot key's share must be a whole number from ${HOT_SHARE_RANGE.min} to ${HOT_SHARE_RANGE.max} percent`);
  if (keyCounts.length !== ring.shards.length) throw new RangeError('one key count per shard');
  const total = keyCounts.reduce((sum, c) => sum + c, 0);
  const keyShares = keyCounts.map((c) => (total > 0 ? c / total : 1 / keyCounts.length));
  const hotShare = hotPercent / 100;
  return {
    hotShare,
    salt,
    before: spread(ring, keyShares, hotShare, saltedKeys(HOT_KEY, 1)),
    after: spread(ring, keyShares, hotShare, saltedKeys(HOT_KEY, salt)),
    readKeys: salt,
  };
}
