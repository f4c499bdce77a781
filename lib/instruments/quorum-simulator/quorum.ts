/**
 * The arithmetic of N, R and W: whether every read set must share a replica with every write set, by how many,
 * and how many home replicas can be unreachable before writes or reads stop. Pure counting, true of any
 * Dynamo-style store with strict quorums.
 */

/** What a choice of N, R and W guarantees. */
export interface QuorumVerdict {
  /** R + W. */
  sum: number;
  /** Whether R + W > N: any R replicas and any W replicas share at least one. */
  overlaps: boolean;
  /** The fewest replicas a read set and a write set can share: max(0, R + W − N). */
  minimumShared: number;
  /** Home replicas that can be unreachable while writes still succeed: N − W. */
  writeTolerates: number;
  /** Home replicas that can be unreachable while reads still succeed: N − R. */
  readTolerates: number;
  /** The verdict in one sentence. */
  sentence: string;
}

/** The verdict for `n` replicas with read quorum `r` and write quorum `w` (each 1…n). */
export function quorumVerdict(n: number, r: number, w: number): QuorumVerdict {
  const sum = r + w;
  const overlaps = sum > n;
  const minimumShared = Math.max(0, sum - n);
  const sentence = overlaps
    ? `R + W = ${sum} > N = ${n}: every read asks at least ${minimumShared} of the replicas that acknowledged the latest write, as long as both stay on the home replicas.`
    : `R + W = ${sum} ≤ N = ${n}: a read can ask only replicas the latest write never reached, and come back stale.`;
  return { sum, overlaps, minimumShared, writeTolerates: n - w, readTolerates: n - r, sentence };
}
