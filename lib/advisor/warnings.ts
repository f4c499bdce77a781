// Risks worth flagging, each in this course's own words and each with the public pages (or the labelled planning
// assumption) behind it in `WARNING_SOURCES`:
// - money at a weaker consistency level, or on a store without multi-item transactions;
// - scale-out infrastructure for a workload one node handles (scale tier 1);
// - more database technologies than a team without dedicated operators runs well;
// - an in-memory store as the only copy of the data;
// - a search engine as the system of record;
// - multi-region writes without strong consistency, the write ceiling coming close, the budget, and inputs far
//   beyond any published figure.

import { MANAGED_VS_SELF_HOSTED_OPTIONS, TCO_PRICES_AS_OF, TCO_REFERENCE_WORKLOAD } from '../estimator/tco-options';
import { CATALOG } from './catalog';
import type { Decision } from './decide';
import { formatCount, formatPercent, joinNames } from './format';
import { technologiesInUse } from './operations';
import {
  DEBEZIUM_POSTGRES,
  DYNAMODB_TRANSACTIONS,
  ES_NEAR_REAL_TIME,
  MONGODB_TRANSACTIONS,
  NETFLIX_CASSANDRA_BENCHMARK,
  PG_TRANSACTION_ISOLATION,
  REDIS_PERSISTENCE,
  REDIS_REPLICATION,
  SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION,
  STRIPE_IDEMPOTENCY,
  source,
  type Citation,
} from './sources';
import { ASSUMPTION_INFO } from './thresholds';
import type { DatabaseId } from './types';

/** The default share of the write ceiling from which the warnings suggest planning the way past it (`nearCeilingShare`). */
export const NEAR_CEILING_SHARE = 0.8;

/**
 * Projected writes/s above which the input is treated as a likely unit slip: ten times the largest published write
 * benchmark the course cites (Netflix's 288-node Cassandra cluster, about 1.1 million client writes/s in 2011). A
 * sanity bound, not a capacity figure.
 */
export const IMPLAUSIBLE_WRITES_PER_SECOND = 10_000_000;

/** The kinds of warning the advisor gives. */
export type WarningKind =
  | 'money-weak-consistency'
  | 'money-no-transactions'
  | 'scale-out-for-one-node'
  | 'too-many-technologies'
  | 'in-memory-only-copy'
  | 'search-as-system-of-record'
  | 'multi-region-conflicts'
  | 'near-write-ceiling'
  | 'over-budget'
  | 'implausible-write-rate';

/** One warning with its kind, so a UI can show the sources behind it. */
export interface WarningDetail {
  kind: WarningKind;
  text: string;
  /** Public pages and labelled assumptions behind the warning. */
  sources: readonly Citation[];
}

const DYNAMO_PAPER = source(
  'Dynamo: Amazon’s Highly Available Key-value Store',
  'https://www.allthingsdistributed.com/files/amazon-dynamo-sosp2007.pdf',
  'DeCandia et al., SOSP 2007',
  'Writes accepted in several places at once produce conflicting versions that something must reconcile',
);

/** The sources behind each kind of warning (the budget warning adds its option's pricing pages). */
export const WARNING_SOURCES: Readonly<Record<WarningKind, readonly Citation[]>> = {
  'money-weak-consistency': [PG_TRANSACTION_ISOLATION, MONGODB_TRANSACTIONS, DYNAMODB_TRANSACTIONS, STRIPE_IDEMPOTENCY],
  'money-no-transactions': [PG_TRANSACTION_ISOLATION, MONGODB_TRANSACTIONS, DYNAMODB_TRANSACTIONS],
  'scale-out-for-one-node': [...ASSUMPTION_INFO.writeCeilingPerSecond.citations, ...ASSUMPTION_INFO.singleNodeReadsPerSecond.citations],
  'too-many-technologies': ASSUMPTION_INFO.maxTechnologiesWithoutOperators.citations,
  'in-memory-only-copy': [REDIS_PERSISTENCE, REDIS_REPLICATION],
  'search-as-system-of-record': [ES_NEAR_REAL_TIME, DEBEZIUM_POSTGRES],
  'multi-region-conflicts': [DYNAMO_PAPER],
  'near-write-ceiling': [SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION, ...ASSUMPTION_INFO.nearCeilingShare.citations],
  'over-budget': [],
  'implausible-write-rate': [NETFLIX_CASSANDRA_BENCHMARK],
};

// Which row of the course's cost table (lib/estimator, list prices as of December 2026) prices each primary at the
// reference load. CockroachDB Cloud and PlanetScale (MySQL) have no single price for that load, so no row.
const COST_OPTION_FOR: Readonly<Partial<Record<DatabaseId, string>>> = {
  postgresql: 'rds-postgresql',
  pgvector: 'rds-postgresql',
  timescaledb: 'rds-postgresql',
  dynamodb: 'dynamodb-provisioned',
  cassandra: 'cassandra-self-hosted',
};

function budgetWarning(decision: Decision): WarningDetail | null {
  const { ctx, primaryId } = decision;
  const budget = ctx.workload.monthlyBudgetUsd;
  if (budget === undefined) return null;
  const option = MANAGED_VS_SELF_HOSTED_OPTIONS.find((row) => row.id === COST_OPTION_FOR[primaryId]);
  if (option === undefined) return null;
  const p = ctx.projection;
  const atLeastReference =
    p.writesPerSecond >= TCO_REFERENCE_WORKLOAD.writesPerSecond ||
    p.readsPerSecond >= TCO_REFERENCE_WORKLOAD.readsPerSecond ||
    (p.dataGb ?? 0) * 1e9 >= TCO_REFERENCE_WORKLOAD.dataBytes;
  // Total cost of ownership, not the bill alone: self-hosted options carry their engineer hours.
  const low = option.infraUsdPerMonth.low + (option.managed ? 0 : option.opsHoursPerMonth.low * ctx.assumptions.engineerUsdPerHour);
  if (!atLeastReference || budget >= low) return null;
  const hours = option.managed ? '' : ` (including ${formatCount(option.opsHoursPerMonth.low)} h of engineer time at an assumed $${formatCount(ctx.assumptions.engineerUsdPerHour)}/h)`;
  return {
    kind: 'over-budget',
    text: `The budget of $${formatCount(budget)}/month is under the roughly $${formatCount(low)}/month that the course's cost table (list prices as of ${TCO_PRICES_AS_OF}) gives for ${option.name} at 1 TB, 1,000 writes/s and 10,000 reads/s${hours}, and this workload is at least that large.`,
    sources: option.sources ?? [],
  };
}

/** Collects the warnings for a decision with their kinds and sources, most serious first. */
export function collectWarningDetails(decision: Decision): WarningDetail[] {
  const { ctx, primaryId, addOns } = decision;
  const { workload, assumptions: a, projection: p } = ctx;
  const primary = CATALOG[primaryId];
  const warnings: WarningDetail[] = [];
  const add = (kind: WarningKind, text: string) => warnings.push({ kind, text, sources: WARNING_SOURCES[kind] });

  if (ctx.money && !ctx.strong) {
    add(
      'money-weak-consistency',
      `This data carries money, yet the workload accepts ${workload.consistency} consistency. Balances, payments, orders and stock counts need writes that change several items all or nothing, writes that check the balance atomically, reads that see the latest balance, and an idempotency key per payment: a lost or reordered update here is a financial error, and "reconcile it later" is not a safeguard.`,
    );
  } else if (ctx.money && primary.guarantees.multiItemWrites !== 'transactions') {
    add(
      'money-no-transactions',
      `This data carries money, but ${primary.name} has no multi-item transactions: keep balances and payments in a transactional store and store only references here.`,
    );
  }

  if (ctx.tier === 1 && primary.scaleOut) {
    add(
      'scale-out-for-one-node',
      `${primary.name} is built to spread data across many nodes, but the projected load fits on one. Distributed infrastructure for a small workload spends operations time, money and consistency on capacity the next 12 months will not use.`,
    );
  }

  const technologies = technologiesInUse(primaryId, addOns);
  if (!ctx.dedicatedOperators && technologies.length > a.maxTechnologiesWithoutOperators) {
    add(
      'too-many-technologies',
      `This design runs ${technologies.length} database technologies (${joinNames(technologies)}); without dedicated DBAs or SREs, the course's rule of thumb is to keep to ${a.maxTechnologiesWithoutOperators}. Each engine needs its own expertise, monitoring, backups and incident runbooks — the same trap as giving every microservice a database engine of its own.`,
    );
  }

  if (primary.inMemory) {
    add(
      'in-memory-only-copy',
      `${primary.name} would hold the only copy of this data. An in-memory store that restarts without persistence comes back empty: enable AOF persistence and a replica, or write through to a durable database, so that losing the cache means slower reads rather than lost data.`,
    );
  }

  if (primary.category === 'search') {
    add(
      'search-as-system-of-record',
      `${primary.name} is an index, not a system of record: keep the source documents in a durable store and feed the index from it (CDC), so it can be rebuilt after a bad mapping change or a lost node.`,
    );
  }

  if (workload.multiRegion === true && !ctx.strong && primary.scaleOut) {
    add(
      'multi-region-conflicts',
      `Accepting writes in several regions without strong consistency means two regions can update the same item at once: decide how conflicts merge (last-writer-wins silently drops one of them).`,
    );
  }

  const share = p.writesPerSecond / a.writeCeilingPerSecond;
  if (!ctx.exceedsWriteCeiling && share >= a.nearCeilingShare && primary.technology === 'postgresql') {
    add(
      'near-write-ceiling',
      `Projected writes reach ${formatPercent(share)} of the ${formatCount(a.writeCeilingPerSecond)} writes/s single-primary ceiling (a planning assumption: measure yours with pgbench) within 12 months: plan the way past it (sharding by a domain key, or moving the hottest table) before the ceiling plans it for you.`,
    );
  }

  const budget = budgetWarning(decision);
  if (budget !== null) warnings.push(budget);

  if (p.writesPerSecond > IMPLAUSIBLE_WRITES_PER_SECOND) {
    add(
      'implausible-write-rate',
      `A projected ${formatCount(p.writesPerSecond)} writes/s is far beyond the largest published write benchmark the course cites (Netflix's 288-node Cassandra cluster took about 1.1 million writes/s): check the units and the estimate before designing for it.`,
    );
  }
  return warnings;
}

/** Collects the warnings for a decision, most serious first (the contract's `Advice.warnings`). */
export function collectWarnings(decision: Decision): string[] {
  return collectWarningDetails(decision).map((warning) => warning.text);
}
