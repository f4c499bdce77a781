import type { ComponentType } from 'react';
import { AdvisorIsland, MigrationDiagnosisIsland } from '@/components/advisor/islands';
import { IsolationLabIsland } from '@/components/instruments/isolation-lab/IsolationLabIsland';
import { QueryPlanPlaygroundIsland } from '@/components/instruments/query-plans/QueryPlanPlaygroundIsland';
import { BTreeVisualizerIsland, HashRingVisualizerIsland, IndexCheckerIsland, LsmVisualizerIsland, ReplicationTimelineIsland } from '@/components/visualizers/islands';
import {
  ConnectionPoolCalculatorIsland,
  StorageCalculatorIsland,
  TcoCalculatorIsland,
  ThroughputCalculatorIsland,
  WriteCeilingCalculatorIsland,
} from '@/components/widgets/islands';
import type { IslandName } from '@/lib/content/mdx-names';

/**
 * Interactive widgets lessons can embed, by MDX name. Each is a client component; the lesson page
 * mounts it where the build left its island. Keep in step with ISLAND_COMPONENTS.
 */
export const islandComponents: Record<IslandName, ComponentType<Record<string, unknown>>> = {
  StorageCalculator: StorageCalculatorIsland,
  ThroughputCalculator: ThroughputCalculatorIsland,
  WriteCeilingCalculator: WriteCeilingCalculatorIsland,
  ConnectionPoolCalculator: ConnectionPoolCalculatorIsland,
  TcoCalculator: TcoCalculatorIsland,
  IsolationLab: IsolationLabIsland,
  Advisor: AdvisorIsland,
  MigrationDiagnosis: MigrationDiagnosisIsland,
  BTreeVisualizer: BTreeVisualizerIsland,
  LsmVisualizer: LsmVisualizerIsland,
  IndexChecker: IndexCheckerIsland,
  HashRingVisualizer: HashRingVisualizerIsland,
  ReplicationTimeline: ReplicationTimelineIsland,
  QueryPlanPlayground: QueryPlanPlaygroundIsland,
};
