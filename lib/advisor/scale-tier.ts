// Seed 001 warns against "choosing Tier 3 or Tier 4 infrastructure for a Tier 1 workload" but never defines
// the tiers. This course reads them from the projected load against one node's capacity:
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
