/** The quorum simulator's counters over the steps shown so far. */
import type { StepResult } from './types';

/** Counts over `steps`. */
export interface QuorumSummary {
  /** Reads that returned an answer. */
  reads: number;
  /** Of those, reads that missed the latest acknowledged write (including one lost to a skewed clock). */
  staleReads: number;
  /** Requests refused at once because too few nodes were up. */
  unavailable: number;
  /** Requests that waited for nodes that never answered. */
  timedOut: number;
  failed: number;
  hintsDelivered: number;
  readRepairs: number;
  antiEntropy: number;
  /** Replica versions changed by any repair. */
  repairs: number;
  /** Reads that showed an acknowledged write beaten by an earlier write's later timestamp. */
  lostToClocks: number;
}

/** The counters for `steps` (pass the steps up to the one on screen). */
export function summarizeSteps(steps: readonly StepResult[]): QuorumSummary {
  const reads = steps.filter((s) => s.read && s.outcome === 'ok');
  const repairs = steps.flatMap((s) => s.repairs);
  const via = (kind: string) => repairs.filter((r) => r.via === kind).length;
  const unavailable = steps.filter((s) => s.outcome === 'unavailable').length;
  const timedOut = steps.filter((s) => s.outcome === 'timeout').length;
  return {
    reads: reads.length,
    staleReads: reads.filter((s) => s.read?.stale).length,
    unavailable,
    timedOut,
    failed: unavailable + timedOut,
    hintsDelivered: via('hint'),
    readRepairs: via('read-repair'),
    antiEntropy: via('anti-entropy'),
    repairs: repairs.length,
    lostToClocks: reads.filter((s) => s.read?.freshness === 'lost-to-lww').length,
  };
}
