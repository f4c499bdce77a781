/** A low–high range of plain numbers (editable data; validated when used). */
export interface NumberRange {
  /** Optimistic end. */
  low: number;
  /** Pessimistic end. */
  high: number;
}

/** One hosting option in the managed-vs-self-hosted cost table. */
export interface TcoOption {
  /** Stable identifier, e.g. `'cassandra-self-hosted'`. */
  id: string;
  /** Display name. */
  name: string;
  /** Whether the provider operates the database (failover, backups, upgrades). */
  managed: boolean;
  /** Monthly infrastructure bill, US dollars. */
  infraUsdPerMonth: NumberRange;
  /** Engineer hours per month spent operating it. */
  opsHoursPerMonth: NumberRange;
  /** Costs the headline price leaves out. */
  hiddenCosts: string[];
  /** Where the numbers come from. */
  source: string;
}

/** The workload the cost table prices (seed 001's "Cost Comparison"). */
export const TCO_REFERENCE_WORKLOAD = {
  dataBytes: 1e12,
  writesPerSecond: 1_000,
  readsPerSecond: 10_000,
  regions: 1,
} as const;

/** Loaded cost of a senior engineer hour, from seed 001 ("a senior engineer costs ~$200/hour"). */
export const SENIOR_ENGINEER_USD_PER_HOUR = 200;

const TABLE = 'Seed 001 "Chapter 16: Database Selection Framework", Cost Comparison (1TB, 1,000 writes/s, 10,000 reads/s, single region)';
const QUICK_REFERENCE = 'Cost Quick Reference';
// The seed quantifies ops time only for self-hosted Cassandra; for managed options it gives a qualitative
// "Ops Burden" (None / Very Low / Low). The hour ranges below for managed options are this course's assumption
// mapping those words to hours: None → 0–1, Very Low → 1–2, Low → 2–4.
const ASSUMED_OPS = 'ops hours are a course assumption from the seed\'s qualitative ops burden';

/**
 * Monthly cost options for 1 TB, 1k writes/s, 10k reads/s in one region, from seed 001 (editable data: copy and
 * change it, then pass it to `compareTco`).
 */
export const MANAGED_VS_SELF_HOSTED_OPTIONS: readonly TcoOption[] = [
  {
    id: 'rds-postgresql',
    name: 'RDS PostgreSQL (db.r6g.2xlarge)',
    managed: true,
    // Low: the instance alone (~$700). High: plus the read replica (+$700) and backups (+$100) the table lists as hidden costs.
    infraUsdPerMonth: { low: 700, high: 1_500 },
    opsHoursPerMonth: { low: 2, high: 4 },
    hiddenCosts: ['Read replica +$700/mo', 'Backups +$100/mo', 'Data transfer'],
    source: `${TABLE}; ${QUICK_REFERENCE} rates ops burden "Low"; ${ASSUMED_OPS} ("Low").`,
  },
  {
    id: 'aurora-postgresql-serverless-v2',
    name: 'Aurora PostgreSQL (Serverless v2)',
    managed: true,
    infraUsdPerMonth: { low: 400, high: 1_200 },
    opsHoursPerMonth: { low: 1, high: 2 },
    hiddenCosts: ['Cost scales with ACU usage', 'I/O charges add up', 'Aurora Global roughly doubles cost'],
    source: `${TABLE}; ${QUICK_REFERENCE} rates ops burden "Very Low"; ${ASSUMED_OPS} ("Very Low").`,
  },
  {
    id: 'dynamodb-on-demand',
    name: 'DynamoDB (on-demand)',
    managed: true,
    infraUsdPerMonth: { low: 500, high: 1_500 },
    opsHoursPerMonth: { low: 0, high: 1 },
    hiddenCosts: ['Read/write capacity units add up with variable load', 'Each GSI roughly doubles cost', 'Cost unpredictable at scale'],
    source: `${TABLE}; ${QUICK_REFERENCE} rates ops burden "None"; ${ASSUMED_OPS} ("None").`,
  },
  {
    id: 'cockroachdb-cloud-dedicated',
    name: 'CockroachDB Cloud (Dedicated)',
    managed: true,
    // The Cost Comparison quotes ~$1,500; the Quick Reference gives $800–1,500.
    infraUsdPerMonth: { low: 800, high: 1_500 },
    opsHoursPerMonth: { low: 1, high: 2 },
    hiddenCosts: ['Egress', 'Cross-region replication', '3-node minimum'],
    source: `${TABLE} and ${QUICK_REFERENCE}; ${ASSUMED_OPS} ("Very Low").`,
  },
  {
    id: 'cassandra-self-hosted',
    name: 'Cassandra self-hosted (3 × c5.2xlarge)',
    managed: false,
    infraUsdPerMonth: { low: 600, high: 600 },
    // The table's "Ops time: 8–16h/month"; its worked examples use 10 h and 12 h at $200/h.
    opsHoursPerMonth: { low: 8, high: 16 },
    hiddenCosts: ['Ops time: 8–16 h/month', 'In-house Cassandra expertise', 'Monitoring'],
    source: `${TABLE} ("~$600/mo (EC2 only)", "Ops time: 8–16h/month") and "The Hidden Cost of Self-Hosted".`,
  },
  {
    id: 'planetscale-business',
    name: 'PlanetScale (Business)',
    managed: true,
    infraUsdPerMonth: { low: 400, high: 400 },
    opsHoursPerMonth: { low: 1, high: 2 },
    hiddenCosts: ['Connection limits on lower tiers'],
    source: `${TABLE}; not rated in the ${QUICK_REFERENCE}; ${ASSUMED_OPS} (treated as "Very Low").`,
  },
  {
    id: 'neon-pro',
    name: 'Neon (Pro)',
    managed: true,
    infraUsdPerMonth: { low: 200, high: 200 },
    opsHoursPerMonth: { low: 1, high: 2 },
    hiddenCosts: ['Compute scales with usage', 'PostgreSQL-compatible only', 'Seed: great for dev/test, still growing for production'],
    source: `${TABLE}; not rated in the ${QUICK_REFERENCE}; ${ASSUMED_OPS} (treated as "Very Low").`,
  },
];
