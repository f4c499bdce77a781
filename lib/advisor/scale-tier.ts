// A common warning is not to put a small workload on infrastructure built for a huge one; the course defines
// "small" with three tiers, read from the projected load against one node's capacity (both planning assumptions):
//   1 — one node handles reads and writes (no replicas, no sharding needed);
//   2 — writes fit one primary, but reads need replicas and/or a cache;
//   3 — writes exceed one primary: partitioned writes (sharding, LSM cluster or distributed SQL).

/** Scale tier of a projected workload (see the comment above for the definitions). */
export type ScaleTier = 1 | 2 | 3;

/** Classifies projected load into a scale tier, given one node's write ceiling and read capacity. */
export function scaleTier(
  writesPerSecond: number,
  readsPerSecond: number,
  writeCeilingPerSecond: number,
  singleNodeReadsPerSecond: number,
): ScaleTier {
  if (writesPerSecond > writeCeilingPerSecond) return 3;
  if (readsPerSecond > singleNodeReadsPerSecond) return 2;
  return 1;
}
