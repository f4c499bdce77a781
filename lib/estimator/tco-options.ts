import {
  AURORA_PRICING,
  DYNAMODB_ON_DEMAND_PRICING,
  DYNAMODB_PROVISIONED_PRICING,
  EBS_PRICING,
  EC2_ON_DEMAND_PRICING,
  NEON_PLANS,
  RDS_ON_DEMAND_INSTANCES,
  RDS_POSTGRESQL_PRICING,
  SRE_TOIL,
  assumption,
  type Citation,
  type PlanningAssumption,
} from './sources';

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
  /** How the price was built, in one line a reader can check against the sources. */
  source: string;
  /** Month the prices were read from the vendor's pricing page ("December 2026"); absent for a reader's own option. */
  pricesAsOf?: string;
  /** The pricing pages behind `infraUsdPerMonth` and the planning assumptions behind it and `opsHoursPerMonth`. */
  sources?: readonly Citation[];
}

/** The month every price in `MANAGED_VS_SELF_HOSTED_OPTIONS` was read from its vendor's pricing page. */
export const TCO_PRICES_AS_OF = 'December 2026';

/**
 * The workload the cost table prices: 1 TB of data, 1,000 writes/s and 10,000 reads/s, steady all month, in one
 * region (US East). A reference load chosen for this course, not a benchmark; writes are assumed up to 1 KB and
 * reads up to 4 KB, which is what DynamoDB's request units count.
 */
export const TCO_REFERENCE_WORKLOAD = {
  dataBytes: 1e12,
  writesPerSecond: 1_000,
  readsPerSecond: 10_000,
  regions: 1,
} as const;

/** Loaded cost of an engineer hour the course plans with: $200 (a planning assumption, `ENGINEER_RATE_ASSUMPTION`). */
export const SENIOR_ENGINEER_USD_PER_HOUR = 200;

/** The engineer rate as a labelled planning assumption (the TCO calculator and the advisor let the reader change it). */
export const ENGINEER_RATE_ASSUMPTION: PlanningAssumption = assumption(
  'An engineer hour costs about $200',
  'A senior engineer’s loaded cost (salary plus benefits, taxes and overhead) of roughly $300,000 to $400,000 a year, spread over about 1,800 to 2,000 working hours, is $150 to $220 an hour; the course rounds up. Teams in other markets land anywhere from about $100 to $250: use your own loaded cost if you know it.',
  { low: 100, high: 250, unit: 'USD/h' },
);

/** Ops hours for a self-hosted cluster, as a labelled planning assumption. */
export const SELF_HOSTED_OPS_HOURS_ASSUMPTION: PlanningAssumption = assumption(
  'Self-hosted Cassandra takes 8 to 16 engineer hours a month',
  'Rolling upgrades, repairs, compaction and JVM tuning, replacing a failed node and the pager. No vendor publishes these hours; a team with mature automation may need about 4, a bad month 30 or more.',
  { low: 4, high: 30, unit: 'h/month' },
  [SRE_TOIL],
);

/** Ops hours for managed options, as a labelled planning assumption. */
export const MANAGED_OPS_HOURS_ASSUMPTION: PlanningAssumption = assumption(
  'Managed options take 0 to 4 engineer hours a month',
  'The provider patches, fails over and backs up; the team still sizes the instance, fixes slow queries and schedules major-version upgrades. The course plans 2–4 h for RDS, 1–2 h for Aurora Serverless, Neon and provisioned DynamoDB (capacity to watch), 0–1 h for on-demand DynamoDB.',
  { low: 0, high: 4, unit: 'h/month' },
);

/**
 * Monthly cost options for the reference workload (1 TB, 1,000 writes/s, 10,000 reads/s, one region, US East), from
 * each vendor's on-demand list prices as of `TCO_PRICES_AS_OF`, over a 730-hour month (editable data: copy and
 * change it, then pass it to `compareTco`). CockroachDB Cloud and PlanetScale are left out: both sell by provisioned
 * capacity or cluster size, and the course found no single price to quote for this load (COCKROACHDB_CLOUD_COSTS,
 * PLANETSCALE_SKUS in ./sources.ts).
 */
export const MANAGED_VS_SELF_HOSTED_OPTIONS: readonly TcoOption[] = [
  {
    id: 'rds-postgresql',
    name: 'RDS for PostgreSQL (db.r6g.2xlarge)',
    managed: true,
    // Low: one Single-AZ instance, $0.899/h × 730 h = $656, plus 1,000 GB of gp3 at $0.115 = $115 → $771.
    // High: Multi-AZ (both instances and volumes, $1,543) plus one read replica ($771) → $2,314.
    infraUsdPerMonth: { low: 771, high: 2_314 },
    opsHoursPerMonth: { low: 2, high: 4 },
    hiddenCosts: ['Multi-AZ standby doubles the bill', 'Each read replica +$771/mo', 'Backups beyond the provisioned size $0.095/GB-month', 'Data transfer out'],
    source: 'Single-AZ db.r6g.2xlarge ($0.899/h × 730 h) + 1,000 GB gp3 ($0.115/GB) = $771; Multi-AZ + one read replica = $2,314.',
    pricesAsOf: TCO_PRICES_AS_OF,
    sources: [RDS_POSTGRESQL_PRICING, RDS_ON_DEMAND_INSTANCES, MANAGED_OPS_HOURS_ASSUMPTION],
  },
  {
    id: 'aurora-postgresql-serverless-v2',
    name: 'Aurora PostgreSQL (Serverless v2)',
    managed: true,
    // 16–32 ACU on average (assumed) × 730 h × $0.12 = $1,402–2,803, plus 1,000 GB at $0.10 = $100; I/O extra.
    infraUsdPerMonth: { low: 1_502, high: 2_903 },
    opsHoursPerMonth: { low: 1, high: 2 },
    hiddenCosts: ['I/O at $0.20 per million requests (Aurora Standard)', 'Cost follows ACU usage', 'Data transfer out'],
    source: 'Assumed 16–32 ACU on average × 730 h × $0.12/ACU-hour + 1,000 GB at $0.10/GB-month = $1,502–2,903, before I/O.',
    pricesAsOf: TCO_PRICES_AS_OF,
    sources: [
      AURORA_PRICING,
      assumption(
        'An average of 16 to 32 ACUs',
        'An ACU is about 2 GiB of memory with its CPU; the RDS instance above has 64 GiB (32 ACU). A load that keeps its hot data cached needs roughly that much; one that tolerates more disk reads can average half.',
        { low: 16, high: 32, unit: 'ACU' },
      ),
      MANAGED_OPS_HOURS_ASSUMPTION,
    ],
  },
  {
    id: 'dynamodb-on-demand',
    name: 'DynamoDB on demand (Standard table class)',
    managed: true,
    // 2.628 billion writes × $0.625/M = $1,643; 26.28 billion reads × $0.125/M read units = $3,285 strongly
    // consistent (half eventually consistent); 975 billable GB × $0.25 = $244. Low: eventual reads; high: strong.
    infraUsdPerMonth: { low: 3_529, high: 5_171 },
    opsHoursPerMonth: { low: 0, high: 1 },
    hiddenCosts: ['Each global secondary index that every write touches doubles the write cost', 'Transactional writes cost twice the write units', 'Backups $0.10/GB-month, point-in-time recovery $0.20/GB-month'],
    source: '2.628 billion writes × $0.625/M + 26.28 billion reads × $0.125/M (half for eventually consistent) + 975 GB × $0.25 = $3,529–5,171.',
    pricesAsOf: TCO_PRICES_AS_OF,
    sources: [DYNAMODB_ON_DEMAND_PRICING, MANAGED_OPS_HOURS_ASSUMPTION],
  },
  {
    id: 'dynamodb-provisioned',
    name: 'DynamoDB provisioned (Standard table class)',
    managed: true,
    // 1,000 WCU × $0.00065 × 730 = $475; 5,000 RCU (eventual) or 10,000 (strong) × $0.00013 × 730 = $475 or $949;
    // storage $244. At full utilisation: a real table needs headroom above its peak.
    infraUsdPerMonth: { low: 1_193, high: 1_667 },
    opsHoursPerMonth: { low: 1, high: 2 },
    hiddenCosts: ['Capacity set for the peak, plus headroom', 'Each global secondary index needs its own capacity', 'Backups $0.10/GB-month'],
    source: '1,000 WCU × $0.00065 × 730 h + 5,000–10,000 RCU × $0.00013 × 730 h + 975 GB × $0.25 = $1,193–1,667 at full utilisation.',
    pricesAsOf: TCO_PRICES_AS_OF,
    sources: [DYNAMODB_PROVISIONED_PRICING, DYNAMODB_ON_DEMAND_PRICING, MANAGED_OPS_HOURS_ASSUMPTION],
  },
  {
    id: 'neon-scale',
    name: 'Neon (Scale plan)',
    managed: true,
    // Assumed 8–16 CU kept running × 730 h × $0.222 = $1,296–2,593, plus 1,000 GB × $0.35 = $350.
    infraUsdPerMonth: { low: 1_646, high: 2_943 },
    opsHoursPerMonth: { low: 1, high: 2 },
    hiddenCosts: ['Compute billed per CU-hour while running', 'PostgreSQL-compatible only', 'Data transfer beyond the plan'],
    source: 'Assumed 8–16 CU running all month × 730 h × $0.222/CU-hour + 1,000 GB × $0.35/GB-month = $1,646–2,943.',
    pricesAsOf: TCO_PRICES_AS_OF,
    sources: [
      NEON_PLANS,
      assumption(
        'A compute of 8 to 16 CU kept running',
        'A CU is about 4 GB of RAM with its CPU, so 8–16 CU is 32–64 GB, the size of the RDS instance above; a steady load never scales to zero.',
        { low: 8, high: 16, unit: 'CU' },
      ),
      MANAGED_OPS_HOURS_ASSUMPTION,
    ],
  },
  {
    id: 'cassandra-self-hosted',
    name: 'Cassandra self-hosted (3 × c5.2xlarge)',
    managed: false,
    // 3 × $0.34 × 730 h = $745 of instances; 2,000 GB gp3 per node (one full copy at replication factor 3 with room
    // for compaction, assumed) × 3 × $0.08 = $480; cross-zone replication 1,000 writes/s × 2 KB × 2.628 M s ≈
    // 5,256 GB × $0.01 each way ≈ $105. Total ≈ $1,330.
    infraUsdPerMonth: { low: 1_330, high: 1_330 },
    opsHoursPerMonth: { low: 8, high: 16 },
    hiddenCosts: ['Ops time: 8–16 h/month (assumed)', 'In-house Cassandra expertise', 'Monitoring and backups you build'],
    source: '3 × c5.2xlarge ($0.34/h × 730 h) + 3 × 2,000 GB gp3 ($0.08/GB) + about 5,256 GB of cross-zone traffic ($0.01/GB each way) ≈ $1,330.',
    pricesAsOf: TCO_PRICES_AS_OF,
    sources: [
      EC2_ON_DEMAND_PRICING,
      EBS_PRICING,
      assumption(
        '2,000 GB of disk per node',
        'At replication factor 3 on three nodes each node holds a full copy of the 1 TB, and size-tiered compaction can briefly need as much free space again.',
        { low: 1_500, high: 2_000, unit: 'GB per node' },
      ),
      SELF_HOSTED_OPS_HOURS_ASSUMPTION,
    ],
  },
];
