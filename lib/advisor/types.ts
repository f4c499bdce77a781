// The advisor's public vocabulary. The field names and unions below are a contract that the advisor
// widget and other checks rely on exactly; extension fields are marked as such and are all optional.

/** Consistency levels, strongest first (the framework's first factor). */
export const CONSISTENCY_LEVELS = ['strong', 'read-your-writes', 'causal', 'eventual'] as const;
/** How fresh and ordered reads must be. */
export type Consistency = (typeof CONSISTENCY_LEVELS)[number];

/** Data models the framework distinguishes. */
export const DATA_MODELS = [
  'relational',
  'document',
  'wide-column',
  'key-value',
  'time-series',
  'graph',
  'vector',
  'search',
  'blob',
] as const;
/** The shape of the data the workload mostly stores. */
export type DataModel = (typeof DATA_MODELS)[number];

/** Access patterns: how the workload reads or expires its data. */
export const ACCESS_PATTERNS = [
  'point-lookup',
  'range-scan',
  'joins',
  'aggregation',
  'full-text',
  'geospatial',
  'traversal',
  'similarity',
  'ttl',
] as const;
/** One way the workload reads or expires its data. */
export type AccessPattern = (typeof ACCESS_PATTERNS)[number];

/** How much database operations experience the team has ('deep' = has run this kind of store in production). */
export const OPS_EXPERTISE_LEVELS = ['none', 'some', 'deep'] as const;
/** The team's operations experience. */
export type OpsExpertise = (typeof OPS_EXPERTISE_LEVELS)[number];

/** Every database the catalog knows, in catalog order. */
export const DATABASE_IDS = [
  'postgresql',
  'mysql',
  'mongodb',
  'dynamodb',
  'cassandra',
  'scylladb',
  'redis',
  'valkey',
  'clickhouse',
  'timescaledb',
  'influxdb',
  'elasticsearch',
  'opensearch',
  'neo4j',
  'pgvector',
  'qdrant',
  'pinecone',
  'cockroachdb',
  'spanner',
  's3',
] as const;
/** Identifier of a catalog database. */
export type DatabaseId = (typeof DATABASE_IDS)[number];

/** What the workload does to its data: the advisor's input. */
export interface Workload {
  /** The weakest consistency the data can tolerate. */
  consistency: Consistency;
  /** Peak writes per second today (projected 12 months ahead with `Assumptions.monthlyGrowthRate`). */
  peakWritesPerSecond: number;
  /** Peak reads per second today (projected like writes). */
  peakReadsPerSecond: number;
  /** The dominant data model. */
  dataModel: DataModel;
  /** How the data is read or expired; absent means none stated. */
  accessPatterns?: AccessPattern[];
  /** Data stored today, in GB (10^9 bytes). */
  dataSizeGb?: number;
  /** New data per day today, in GB. */
  ingestGbPerDay?: number;
  /** Embeddings stored today. */
  vectorCount?: number;
  /** Engineers on the team. */
  teamSize?: number;
  /** The team's operations experience. */
  opsExpertise?: OpsExpertise;
  /** Whether the team wants a provider to run the database. */
  preferManaged?: boolean;
  /** Whether writes must be accepted in more than one region. */
  multiRegion?: boolean;
  /** Monthly budget for the data layer, USD. */
  monthlyBudgetUsd?: number;
  /**
   * Extension: searchable documents stored today. When absent, the advisor estimates it from `dataSizeGb` and
   * `Assumptions.bytesPerSearchDocument`.
   */
  documentCount?: number;
  /**
   * Extension: the data has monetary consequences (balances, payments, orders, tickets). With `'strong'`, the primary
   * must also offer atomic, isolated multi-item transactions (consistency.ts); at weaker levels it draws a warning.
   */
  handlesMoney?: boolean;
}

/** The recommended system of record. */
export interface PrimaryChoice {
  /** Catalog id. */
  id: DatabaseId;
  /** Display name. */
  name: string;
  /** Reasons, most important first. */
  why: string[];
}

/** A store added beside the primary for one job. */
export interface AddOn {
  /** Catalog id. */
  id: DatabaseId;
  /** The job it does, e.g. "cache" or "search". */
  role: string;
  /** Why it earns its place. */
  why: string;
}

/** A store considered and not chosen. */
export interface Alternative {
  /** Catalog id. */
  id: DatabaseId;
  /** Display name. */
  name: string;
  /** Why it was not chosen for this workload. */
  whyNot: string;
}

/** One step of the framework, for a UI to highlight the path taken. */
export interface TraceEntry {
  /** Factor name, one of `FACTORS`. */
  factor: string;
  /** What the workload says about this factor. */
  finding: string;
  /** What that does to the choice. */
  effect: string;
}

/** The advisor's answer. */
export interface Advice {
  /** The system of record. */
  primary: PrimaryChoice;
  /** Cache, search, analytics and other stores beside the primary. */
  addOns: AddOn[];
  /** Stores considered and rejected, with reasons. */
  alternatives: Alternative[];
  /** One entry per factor, in `FACTORS` order. */
  trace: TraceEntry[];
  /** Risks worth flagging (warnings.ts keeps the sources behind each kind). */
  warnings: string[];
}
