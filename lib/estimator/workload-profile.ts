/** How a workload splits between reads and writes. */
export type WorkloadProfileKind = 'read-heavy' | 'balanced' | 'write-heavy';

/** A classified read:write profile with strategy hints for it. */
export interface WorkloadProfile {
  /** The class the read:write ratio falls into. */
  kind: WorkloadProfileKind;
  /** A human-readable label, e.g. "Read-heavy (more than 10 reads per write)". */
  label: string;
  /** Strategy hints that suit this profile. */
  hints: string[];
}

// The cut-offs are the course's own convention, not an industry standard: above 10 reads per write the read path
// dominates (replicas and caches pay off), below 3 writes are a large share of the work (write-optimised storage
// pays off), and a typical OLTP load in between is balanced. Exactly 10 and exactly 3 count as balanced.

/** A read:write ratio strictly above this is read-heavy. */
export const READ_HEAVY_ABOVE = 10;

/** A read:write ratio strictly below this is write-heavy. */
export const WRITE_HEAVY_BELOW = 3;

const HINTS: Readonly<Record<WorkloadProfileKind, readonly string[]>> = {
  'read-heavy': [
    'Put a cache in front of the database: with many reads per write, most requests can be served from memory.',
    'Scale reads out with read replicas, keeping writes on the primary (watch replication lag for read-your-writes).',
    'Precompute read models: denormalise so hot queries need no joins, and pay for it at write time.',
    'Fan-out reads suit wide-column or document stores keyed the way the reads are made.',
  ],
  balanced: [
    'A single well-indexed relational primary (PostgreSQL, MySQL) is usually enough.',
    'Choose indexes deliberately: each one speeds some reads but slows every write.',
    'Pool connections (e.g. PgBouncer in transaction mode) before adding hardware.',
    'At larger scale, consider separating the read and write paths (CQRS).',
  ],
  'write-heavy': [
    'Prefer log-structured (LSM) storage such as Cassandra, ScyllaDB or RocksDB, built for sequential appends.',
    'Keep secondary indexes to a minimum: every index is extra work on every write.',
    'Batch writes and absorb spikes with a queue or stream (e.g. Kafka) in front of the store.',
    'Partition by a key that spreads writes evenly so no single node takes the whole load.',
    'For time-stamped data, a time-series database may fit better than a general-purpose one.',
  ],
};

const LABELS: Readonly<Record<WorkloadProfileKind, string>> = {
  'read-heavy': `Read-heavy (more than ${READ_HEAVY_ABOVE} reads per write)`,
  balanced: `Balanced (${WRITE_HEAVY_BELOW} to ${READ_HEAVY_ABOVE} reads per write)`,
  'write-heavy': `Write-heavy (fewer than ${WRITE_HEAVY_BELOW} reads per write)`,
};

/**
 * Classifies a read:write ratio (reads per write). `null` means there are no writes, which is classed as
 * read-heavy: there is nothing to optimise on the write path, so every hint is about serving reads.
 */
export function classifyWorkload(readWriteRatio: number | null): WorkloadProfile {
  if (readWriteRatio === null) {
    return { kind: 'read-heavy', label: 'Read-only (no writes)', hints: [...HINTS['read-heavy']] };
  }
  const kind: WorkloadProfileKind =
    readWriteRatio > READ_HEAVY_ABOVE ? 'read-heavy' : readWriteRatio < WRITE_HEAVY_BELOW ? 'write-heavy' : 'balanced';
  return { kind, label: LABELS[kind], hints: [...HINTS[kind]] };
}
