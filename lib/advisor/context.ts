import { classifyWorkload, type WorkloadProfile } from '../estimator/workload-profile';
import { projectTwelveMonths, type Projection } from './projection';
import { scaleTier, type ScaleTier } from './scale-tier';
import { hasDedicatedOperators, prefersManaged } from './team';
import type { Assumptions } from './thresholds';
import type { AccessPattern, Workload } from './types';

/** Everything the factors need, computed once from validated input. */
export interface AdvisorContext {
  /** The validated workload. */
  workload: Workload;
  /** The thresholds in force. */
  assumptions: Assumptions;
  /** Access patterns as a set. */
  patterns: ReadonlySet<AccessPattern>;
  /** The workload 12 months from now. */
  projection: Projection;
  /** Read:write profile of today's peak, classified as lib/estimator does. */
  profile: WorkloadProfile;
  /** Reads per write today, or `null` with no writes. */
  readsPerWrite: number | null;
  /** Strong consistency requested: the primary needs reads of the latest write and conditional writes. */
  strong: boolean;
  /** Strong consistency on money: the primary also needs atomic, isolated multi-item transactions. */
  transactional: boolean;
  /** The data has monetary consequences. */
  money: boolean;
  /** Projected writes exceed one relational primary. */
  exceedsWriteCeiling: boolean;
  /** Projected writes exceed the write-heavy line. */
  writeHeavy: boolean;
  /** Projected reads exceed what one node serves. */
  readsBeyondNode: boolean;
  /** The data expires (TTL) and nothing accumulates (no ingest figure): sessions, presence, live positions. */
  ephemeral: boolean;
  /** Scale tier of the projected load. */
  tier: ScaleTier;
  /** Whether to pick managed services. */
  managedPreferred: boolean;
  /** Whether the team has dedicated database operators. */
  dedicatedOperators: boolean;
}

/** Builds the decision context from a validated workload and assumptions. */
export function buildContext(workload: Workload, assumptions: Assumptions): AdvisorContext {
  const patterns = new Set(workload.accessPatterns ?? []);
  const projection = projectTwelveMonths(workload, assumptions);
  const readsPerWrite = workload.peakWritesPerSecond === 0 ? null : workload.peakReadsPerSecond / workload.peakWritesPerSecond;
  return {
    workload,
    assumptions,
    patterns,
    projection,
    profile: classifyWorkload(readsPerWrite),
    readsPerWrite,
    strong: workload.consistency === 'strong',
    transactional: workload.consistency === 'strong' && workload.handlesMoney === true,
    money: workload.handlesMoney === true,
    exceedsWriteCeiling: projection.writesPerSecond > assumptions.writeCeilingPerSecond,
    writeHeavy: projection.writesPerSecond > assumptions.writeHeavyPerSecond,
    readsBeyondNode: projection.readsPerSecond > assumptions.singleNodeReadsPerSecond,
    ephemeral: patterns.has('ttl') && (workload.ingestGbPerDay === undefined || workload.ingestGbPerDay === 0),
    tier: scaleTier(
      projection.writesPerSecond,
      projection.readsPerSecond,
      assumptions.writeCeilingPerSecond,
      assumptions.singleNodeReadsPerSecond,
    ),
    managedPreferred: prefersManaged(workload, assumptions),
    dedicatedOperators: hasDedicatedOperators(workload),
  };
}
