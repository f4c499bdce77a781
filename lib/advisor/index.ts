// lib/advisor — the course's database selection framework as a pure function. Browser-safe: no React, DOM, Next
// or Node imports. Start with `advise`; see README.md in this folder.
export { advise, whyNot } from './advise';
export { AdvisorInputError } from './errors';
export {
  CATALOG,
  CATALOG_ENTRIES,
  isDatabaseId,
  type CatalogEntry,
  type ConsistencyModel,
  type DatabaseCategory,
  type IsolationLevel,
  type MultiItemWrites,
  type OperationalComplexity,
  type StoreGuarantees,
  type StrongReads,
  type WriteRange,
} from './catalog';
export { meetsConsistency, missingGuarantees, requiredGuarantees, type Guarantee } from './consistency';
export {
  ACCESSED,
  isAssumption,
  isSource,
  sourcesOf,
  type AssumptionRange,
  type Citation,
  type PlanningAssumption,
  type SourceRef,
} from './sources';
export {
  ASSUMPTION_INFO,
  CACHE_ENGINES,
  CACHE_ENGINE_INFO,
  DEFAULT_ASSUMPTIONS,
  MAX_TECHNOLOGIES_RANGE,
  WRITE_CEILING_RANGE,
  type Assumptions,
  type CacheEngine,
  type NumericAssumptionInfo,
  type NumericAssumptionKey,
} from './thresholds';
export { CORE_FACTORS, FACTORS, type FactorName } from './factors';
export {
  MIGRATION_PATTERNS,
  SYMPTOMS,
  SYMPTOM_IDS,
  diagnose,
  type Diagnosis,
  type MigrationPattern,
  type MigrationPatternInfo,
  type SymptomId,
} from './diagnose';
export {
  ADVISOR_PRESETS,
  ANALYTICS_DASHBOARD,
  CHAT_MESSAGES,
  E_COMMERCE,
  EVENTFLOW_GROWTH,
  EVENTFLOW_MVP,
  EVENTFLOW_SCALE,
  GLOBAL_PAYMENTS,
  IOT_METRICS,
  MEDIA_UPLOADS,
  RAG_LARGE_CORPUS,
  RECIPE_APP,
  RIDE_SHARING_LOCATIONS,
  RIDE_SHARING_YEAR_1,
  SAAS_SEMANTIC_SEARCH,
  SOCIAL_GRAPH,
  URL_SHORTENER,
  USER_SESSIONS,
  type AdvisorPreset,
} from './presets';
export { PROJECTION_MONTHS, projectTwelveMonths, type Projection } from './projection';
export { parseAssumptions, parseWorkload } from './validate';
export {
  ACCESS_PATTERNS,
  CONSISTENCY_LEVELS,
  DATABASE_IDS,
  DATA_MODELS,
  OPS_EXPERTISE_LEVELS,
  type AccessPattern,
  type AddOn,
  type Advice,
  type Alternative,
  type Consistency,
  type DataModel,
  type DatabaseId,
  type OpsExpertise,
  type PrimaryChoice,
  type TraceEntry,
  type Workload,
} from './types';
