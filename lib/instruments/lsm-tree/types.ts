/**
 * The shapes of the small leveled LSM-tree (see engine.ts): entries, SSTables, settings, counters, the
 * state at one moment, and the steps an operation is shown as.
 */
import type { BloomFilter } from './bloom';

/** Bytes per entry: an illustrative key plus value. */
export const ENTRY_BYTES = 100;
/** Sorted levels below Level 0; the last one has no size target. */
export const SORTED_LEVELS = 4;

/** A version of a key: `version` numbers writes in order; a tombstone (delete) has no value. */
export interface Entry {
  readonly key: number;
  readonly version: number;
  readonly tombstone: boolean;
}

/** An immutable sorted file on disk. */
export interface SSTable {
  readonly id: number;
  readonly entries: readonly Entry[];
  readonly min: number;
  readonly max: number;
  readonly bloom: BloomFilter;
}

/** The knobs a reader can turn. */
export interface LsmConfig {
  /** Entries the memtable holds before it is flushed. */
  memtableSize: number;
  /** Level 0 files that trigger a compaction into Level 1. */
  l0Trigger: number;
  /** Target size of each level ÷ the one above (RocksDB's default is 10). */
  sizeRatio: number;
  /** Bloom filter bits per key (10 gives about 1% false positives). */
  bitsPerKey: number;
}

/** Running totals, in bytes and counts. */
export interface LsmCounters {
  userBytes: number;
  walBytes: number;
  flushBytes: number;
  compactionBytes: number;
  flushes: number;
  compactions: number;
  reads: number;
  /** Files whose data was read, over all reads, with bloom filters. */
  filesReadWithFilters: number;
  /** The same reads without filters: every file whose key range covers the key, until the key is found. */
  filesReadWithoutFilters: number;
  /** Filter checks that said "may be present" for a key the file does not hold. */
  falsePositives: number;
}

/** The whole tree at one moment. */
export interface LsmState {
  readonly memtable: readonly Entry[];
  /** levels[0] is Level 0, newest file first; deeper levels are sorted by key range. */
  readonly levels: readonly (readonly SSTable[])[];
  readonly nextFileId: number;
  readonly nextVersion: number;
  /** Per level, the largest key of the file last pushed down (round-robin compaction). */
  readonly cursors: readonly number[];
  readonly counters: LsmCounters;
}

/** How a file takes part in a step. */
export type FileRole = 'flushed' | 'input' | 'output' | 'filter-no' | 'false-positive' | 'hit' | 'checked';

/** What a step lights up. */
export interface LsmHighlight {
  /** The key the operation is about. */
  key: number | null;
  memtable: 'put' | 'full' | 'checked' | 'hit' | null;
  files: Readonly<Record<number, FileRole>>;
  /** The level a compaction writes into. */
  level: number | null;
}

/** What kind of moment a step shows. */
export type LsmStepKind = 'start' | 'put' | 'flush' | 'compact-pick' | 'compact-write' | 'read-memtable' | 'read-file' | 'read-level' | 'read-result';

/** A lookup's cost so far: files whose data was read with bloom filters, and without them. */
export interface ReadProgress {
  withFilters: number;
  withoutFilters: number;
  falsePositives: number;
}

/** One moment of an operation, with a snapshot of the tree. */
export interface LsmStep {
  kind: LsmStepKind;
  state: LsmState;
  highlight: LsmHighlight;
  message: string;
  /** During a read: its cost up to this step. */
  read?: ReadProgress;
}

/** An operation's result. */
export interface LsmOpResult {
  state: LsmState;
  steps: LsmStep[];
  summary: string;
}

