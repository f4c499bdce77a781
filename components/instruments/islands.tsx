import type { ComponentType } from 'react';
import { AdvisorIsland, MigrationDiagnosisIsland } from '@/components/instruments/decision-islands';
import {
  ConnectionPoolCalculatorIsland,
  StorageCalculatorIsland,
  TcoCalculatorIsland,
  ThroughputCalculatorIsland,
  WriteCeilingCalculatorIsland,
} from '@/components/instruments/calculator-islands';
import type { InstrumentMdxName } from '@/lib/instruments/registry';
import { IsolationLabIsland } from './isolation-lab/IsolationLabIsland';
import {
  BTreeVisualizerIsland,
  HashRingVisualizerIsland,
  HistoryCheckerIsland,
  IndexCheckerIsland,
  LsmVisualizerIsland,
  QueryPlanPlaygroundIsland,
  QuorumSimulatorIsland,
  ReplicationTimelineIsland,
} from './lazy-islands';

/** An island takes its instrument's props from MDX (checked by the instrument), plus `eager` on a tools page. */
export type InstrumentIsland = ComponentType<Record<string, unknown> & { eager?: boolean }>;

/**
 * The component a page mounts for each instrument, by the MDX name in lib/instruments/registry.ts: lessons
 * (where the build left an island) and the tool pages. Each is a client component; the type makes a new
 * registry entry without its island a compile error.
 */
const islands = {
  StorageCalculator: StorageCalculatorIsland,
  ThroughputCalculator: ThroughputCalculatorIsland,
  WriteCeilingCalculator: WriteCeilingCalculatorIsland,
  ConnectionPoolCalculator: ConnectionPoolCalculatorIsland,
  TcoCalculator: TcoCalculatorIsland,
  Advisor: AdvisorIsland,
  MigrationDiagnosis: MigrationDiagnosisIsland,
  BTreeVisualizer: BTreeVisualizerIsland,
  LsmVisualizer: LsmVisualizerIsland,
  IndexChecker: IndexCheckerIsland,
  HashRingVisualizer: HashRingVisualizerIsland,
  ReplicationTimeline: ReplicationTimelineIsland,
  QuorumSimulator: QuorumSimulatorIsland,
  HistoryChecker: HistoryCheckerIsland,
  IsolationLab: IsolationLabIsland,
  QueryPlanPlayground: QueryPlanPlaygroundIsland,
} satisfies Record<InstrumentMdxName, unknown>;

// Each island checks its own props (they come from MDX), so the map hands them on as they are.
export const INSTRUMENT_ISLANDS = islands as Record<InstrumentMdxName, InstrumentIsland>;
