// Factor 2: the read/write ratio. The classes and their boundaries come from lib/estimator/workload-profile.ts (the
// course's convention: more than 10 reads per write is read-heavy, fewer than 3 write-heavy), so the two
// instruments label a workload the same way.

import type { AdvisorContext } from './context';
import { formatCount } from './format';
import type { TraceEntry } from './types';

/** Describes a ratio the readable way round: "15 reads per write", or "1,000 writes per read" below one. */
export function ratioText(readsPerWrite: number): string {
  if (readsPerWrite >= 1) return `${formatCount(readsPerWrite)} reads per write`;
  if (readsPerWrite === 0) return 'no reads';
  return `${formatCount(1 / readsPerWrite)} writes per read`;
}

/** The 'Read/write ratio' trace entry. */
export function readWriteRatioTrace(ctx: AdvisorContext): TraceEntry {
  const { workload, profile, readsPerWrite } = ctx;
  const traffic = `${formatCount(workload.peakReadsPerSecond)} reads/s and ${formatCount(workload.peakWritesPerSecond)} writes/s at peak today`;
  if (readsPerWrite === null) {
    const idle = workload.peakReadsPerSecond === 0;
    return {
      factor: 'Read/write ratio',
      finding: idle ? `${traffic}: no traffic given yet.` : `${traffic}: read-only.`,
      effect: idle
        ? 'Nothing to size yet, so the other factors decide.'
        : 'With no writes, only read capacity matters: replicas and caching, not write scaling.',
    };
  }
  const effects = {
    'read-heavy': 'Reads dominate: scale them with read replicas and a cache before changing the primary.',
    balanced: 'A balanced OLTP mix: one relational primary with connection pooling suits it.',
    'write-heavy': 'Writes dominate: log-structured (LSM) storage pays off once the volume is high; keep secondary indexes few.',
  } as const;
  return {
    factor: 'Read/write ratio',
    finding: `${traffic}: ${ratioText(readsPerWrite)}, ${profile.label.charAt(0).toLowerCase()}${profile.label.slice(1)}.`,
    effect: effects[profile.kind],
  };
}
