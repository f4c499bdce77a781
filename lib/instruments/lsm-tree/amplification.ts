/** The two running ratios the LSM visualizer shows. */
import type { LsmCounters } from './types';

/** Write amplification: bytes written to disk (log, flushes, compaction) ÷ bytes the user wrote. 0 before any write. */
export function writeAmplification(c: LsmCounters): number {
  return c.userBytes === 0 ? 0 : (c.walBytes + c.flushBytes + c.compactionBytes) / c.userBytes;
}

/** Read amplification: files whose data was read per lookup, with and without bloom filters. */
export function readAmplification(c: LsmCounters): { withFilters: number; withoutFilters: number } {
  return c.reads === 0 ? { withFilters: 0, withoutFilters: 0 } : { withFilters: c.filesReadWithFilters / c.reads, withoutFilters: c.filesReadWithoutFilters / c.reads };
}

