// The path a workload takes through the framework, for a diagram: at each factor, the branches the framework
// can take and the one this workload took. UI-facing; it reads the same `Decision` as `advise`, so the
// highlighted branch and the trace text cannot disagree.

import { READ_HEAVY_ABOVE, WRITE_HEAVY_BELOW } from '../estimator/workload-profile';
import { CATALOG } from './catalog';
import { decide, type Decision } from './decide';
import { FACTORS, type FactorName } from './factors';
import { FAMILY_LABELS } from './families';
import { runsItself } from './operations';
import type { Assumptions } from './thresholds';
import { DATA_MODELS, type DataModel, type Workload } from './types';
import { parseAssumptions, parseWorkload } from './validate';

/** One way the framework can go at a factor. */
export interface PathBranch {
  /** Stable id within the factor. */
  id: string;
  /** Short label for the diagram. */
  label: string;
}

/** One factor of the path: its branches, in a fixed order, and the one taken. */
export interface PathStep {
  /** Factor name, as in `FACTORS` and the trace. */
  factor: FactorName;
  /** Every branch this factor can take. */
  branches: readonly PathBranch[];
  /** Id of the branch this workload took (always one of `branches`). */
  taken: string;
}

const DATA_MODEL_SHORT: Readonly<Record<DataModel, string>> = {
  relational: 'Relational',
  document: 'Document',
  'wide-column': 'Wide-column',
  'key-value': 'Key-value',
  'time-series': 'Time series',
  graph: 'Graph',
  vector: 'Vector',
  search: 'Search',
  blob: 'Blob',
};

function consistencyStep({ ctx }: Decision): PathStep {
  return {
    factor: 'Consistency',
    branches: [
      { id: 'strong', label: 'Strong: stores with fresh reads and conditional writes' },
      { id: 'strong-money', label: 'Strong, with money: also multi-item transactions' },
      { id: 'strong-regions', label: 'Strong in several regions: distributed SQL' },
      { id: 'any', label: 'Weaker: every store eligible' },
    ],
    taken: !ctx.strong ? 'any' : ctx.workload.multiRegion === true ? 'strong-regions' : ctx.transactional ? 'strong-money' : 'strong',
  };
}

function ratioStep({ ctx }: Decision): PathStep {
  return {
    factor: 'Read/write ratio',
    branches: [
      { id: 'read-heavy', label: `Read-heavy (over ${READ_HEAVY_ABOVE} reads per write)` },
      { id: 'balanced', label: `Balanced (${WRITE_HEAVY_BELOW}–${READ_HEAVY_ABOVE})` },
      { id: 'write-heavy', label: `Write-heavy (under ${WRITE_HEAVY_BELOW})` },
    ],
    taken: ctx.profile.kind,
  };
}

function dataModelStep({ ctx }: Decision): PathStep {
  return {
    factor: 'Data model',
    branches: DATA_MODELS.map((id) => ({ id, label: DATA_MODEL_SHORT[id] })),
    taken: ctx.workload.dataModel,
  };
}

function scaleStep({ ctx }: Decision): PathStep {
  return {
    factor: '12-month scale',
    branches: [
      { id: '1', label: 'Tier 1: one node' },
      { id: '2', label: 'Tier 2: replicas and cache for reads' },
      { id: '3', label: 'Tier 3: writes spread over nodes' },
    ],
    taken: String(ctx.tier),
  };
}

const FLAVOUR_LABELS = { postgresql: 'PostgreSQL', pgvector: 'PostgreSQL + pgvector', timescaledb: 'PostgreSQL + TimescaleDB' } as const;

function postgresFirstStep({ plan }: Decision): PathStep {
  const specialised = plan.family === null ? 'specialised store' : FAMILY_LABELS[plan.family];
  const index = plan.syncedIndex === null ? 'an index' : FAMILY_LABELS[plan.syncedIndex];
  let taken = 'no';
  if (plan.family === null) taken = plan.syncedIndex !== null ? 'synced' : plan.sharded ? 'sharded' : 'yes';
  return {
    factor: 'PostgreSQL first',
    branches: [
      { id: 'yes', label: `Yes: ${FLAVOUR_LABELS[plan.flavour]}` },
      { id: 'sharded', label: 'Yes: PostgreSQL sharded by a domain key' },
      { id: 'synced', label: `No, but PostgreSQL keeps the data; ${index} synced beside it` },
      { id: 'no', label: `No: ${specialised}` },
    ],
    taken,
  };
}

function operationsStep({ ctx, primaryId }: Decision): PathStep {
  const entry = CATALOG[primaryId];
  return {
    factor: 'Operational burden',
    branches: [
      { id: 'managed', label: 'Managed service' },
      { id: 'self-hosted', label: 'Self-hosted' },
      { id: 'managed-only', label: 'Provider-run only' },
    ],
    taken: !entry.selfHostable ? 'managed-only' : runsItself(ctx, entry) ? 'self-hosted' : 'managed',
  };
}

const STEPS: Readonly<Record<FactorName, (decision: Decision) => PathStep>> = {
  Consistency: consistencyStep,
  'Read/write ratio': ratioStep,
  'Data model': dataModelStep,
  '12-month scale': scaleStep,
  'PostgreSQL first': postgresFirstStep,
  'Operational burden': operationsStep,
};

/**
 * The branches taken at each factor, in `FACTORS` order (the same order as `advise(...).trace`). Validates its
 * input like `advise` and throws `AdvisorInputError` for malformed input.
 */
export function frameworkPath(workload: Workload, assumptions?: Partial<Assumptions>): PathStep[] {
  return pathFrom(decide(parseWorkload(workload), parseAssumptions(assumptions)));
}

/** The path one decision takes, for a caller that already holds the decision. */
export function pathFrom(decision: Decision): PathStep[] {
  return FACTORS.map((factor) => STEPS[factor](decision));
}

/** The label of the branch a step took. */
export function takenLabel(step: PathStep): string {
  return step.branches.find((branch) => branch.id === step.taken)?.label ?? step.taken;
}
