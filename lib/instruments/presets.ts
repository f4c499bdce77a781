/**
 * What each instrument can start from, by MDX name: the ids a lesson may pass as its `startProp` (`preset`,
 * `scenario` or `symptom`, see ./registry.ts). The content build reads this to refuse a lesson that names an
 * example the instrument does not have; pages never import it (it pulls in every instrument's presets).
 */
import { SYMPTOM_IDS } from '../advisor/diagnose';
import { SCENARIOS } from '../isolation/lab/scenarios';
import { WORKLOAD_PRESETS } from './advisor/form';
import { HISTORY_PRESETS } from './history-checker/presets';
import { CHECKER_PRESETS } from './index-checker/presets';
import { QUERY_PRESETS } from './query-plans/presets';
import { QUORUM_PRESETS } from './quorum-simulator/presets';
import type { InstrumentMdxName } from './registry';
import { REPLICATION_PRESETS } from './replication/presets';
import { STORAGE_PRESETS } from './storage/model';
import { THROUGHPUT_PRESETS } from './throughput/model';
import { WRITE_CEILING_PRESETS } from './write-ceiling/model';

const ids = (list: readonly { id: string }[]): readonly string[] => list.map((item) => item.id);

/** The start ids of every instrument that has a choice of examples. */
export const INSTRUMENT_STARTS: Partial<Record<InstrumentMdxName, readonly string[]>> = {
  StorageCalculator: ids(STORAGE_PRESETS),
  ThroughputCalculator: ids(THROUGHPUT_PRESETS),
  WriteCeilingCalculator: ids(WRITE_CEILING_PRESETS),
  Advisor: ids(WORKLOAD_PRESETS),
  MigrationDiagnosis: SYMPTOM_IDS,
  IndexChecker: ids(CHECKER_PRESETS),
  ReplicationTimeline: ids(REPLICATION_PRESETS),
  QuorumSimulator: ids(QUORUM_PRESETS),
  HistoryChecker: ids(HISTORY_PRESETS),
  IsolationLab: ids(SCENARIOS),
  QueryPlanPlayground: ids(QUERY_PRESETS),
};
