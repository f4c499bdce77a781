// lib/estimator — all sizes in bytes, all rates per second, money in USD per month.
export { EstimatorInputError } from './errors';
export {
  STORAGE_DEFAULTS,
  STORAGE_INPUT_RULES,
  estimateStorage,
  parseStorageInput,
  type StorageEstimate,
  type StorageInput,
} from './storage';
export {
  THROUGHPUT_INPUT_RULES,
  estimateThroughput,
  parseThroughputInput,
  type ThroughputEstimate,
  type ThroughputInput,
} from './throughput';
export {
  READ_HEAVY_ABOVE,
  WRITE_HEAVY_BELOW,
  classifyWorkload,
  type WorkloadProfile,
  type WorkloadProfileKind,
} from './workload-profile';
export { TCO_INPUT_RULES, estimateTco, parseTcoInput, type TcoEstimate, type TcoInput } from './tco';
export {
  CONNECTION_MEMORY_INPUT_RULES,
  DEFAULT_POOL_SIZE,
  POOL_SIZE_ASSUMPTION,
  POSTGRES_CONNECTION_MEMORY_ASSUMPTION,
  POSTGRES_MB_PER_CONNECTION_PLANNING,
  POSTGRES_MB_PER_CONNECTION_RANGE,
  estimateConnectionMemory,
  parseConnectionMemoryInput,
  type ConnectionMemoryEstimate,
  type ConnectionMemoryInput,
  type PoolMode,
} from './connection-memory';
export {
  DEFAULT_WRITE_CEILING_PER_SECOND,
  SINGLE_PRIMARY_WRITE_CEILING_RANGE,
  WRITE_CEILING_INPUT_RULES,
  checkWriteCeiling,
  parseWriteCeilingInput,
  type WriteCeilingCheck,
  type WriteCeilingInput,
} from './write-ceiling';
export {
  ENGINEER_RATE_ASSUMPTION,
  MANAGED_OPS_HOURS_ASSUMPTION,
  MANAGED_VS_SELF_HOSTED_OPTIONS,
  SELF_HOSTED_OPS_HOURS_ASSUMPTION,
  SENIOR_ENGINEER_USD_PER_HOUR,
  TCO_PRICES_AS_OF,
  TCO_REFERENCE_WORKLOAD,
  type NumberRange,
  type TcoOption,
} from './tco-options';
export { breakEvenOpsHours, compareTco, type RangeEstimate, type TcoComparisonRow } from './compare-tco';
export {
  CHAT_MESSAGES_PRESET,
  CHAT_MESSAGE_FIELD_BYTES,
  ESTIMATOR_PRESETS,
  RIDE_SHARING_TRIPS_PRESET,
  TWITTER_FEED_PRESET,
  URL_SHORTENER_FIELD_BYTES,
  URL_SHORTENER_PRESET,
  type EstimatorPreset,
} from './presets';
export {
  ACCESSED,
  SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION,
  assumption,
  isAssumption,
  isSource,
  source,
  sourcesOf,
  type AssumptionRange,
  type Citation,
  type PlanningAssumption,
  type SourceRef,
} from './sources';
