/** The headline numbers of a replication timeline, for the whole of it or up to a step. */
import type { ReadResult, ReplicationEvent, ReplicationResult, ReplicationSummary, WriteResult } from './types';

/** The nearest-rank percentile `p` (0–100) of `values`; null for an empty list. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? null;
}

/**
 * Counts over the first `shown` events (all by default): a read counts once its event is shown, a write once
 * any of its events is, an acknowledgement at its ack event, and a lost write once the promotion is shown.
 */
export function summarize(
  events: readonly ReplicationEvent[],
  writes: readonly WriteResult[],
  reads: readonly ReadResult[],
  failover: ReplicationResult['failover'],
  shown = events.length,
): ReplicationSummary {
  const visible = events.slice(0, shown);
  const actions = new Set(visible.map((e) => e.action));
  const ackedActions = new Set(visible.filter((e) => e.kind === 'write-ack').map((e) => e.action));
  const promoted = failover !== null && visible.some((e) => e.kind === 'promote');
  const seenReads = reads.filter((r) => actions.has(r.action));
  const seenWrites = writes.filter((w) => actions.has(w.action));
  const latencies = writes.filter((w) => ackedActions.has(w.action) && w.latencyMs !== null).map((w) => w.latencyMs as number);
  return {
    reads: seenReads.length,
    staleReads: seenReads.filter((r) => r.freshness === 'stale').length,
    failedReads: seenReads.filter((r) => r.freshness === 'failed').length,
    missedOwnWrites: seenReads.filter((r) => r.missedOwnWrite).length,
    writes: seenWrites.length,
    acknowledgedWrites: latencies.length,
    lostAcknowledgedWrites: promoted ? writes.filter((w) => w.outcome === 'acknowledged-then-lost').length : 0,
    p50AckMs: percentile(latencies, 50),
    maxAckMs: latencies.length ? Math.max(...latencies) : null,
  };
}
