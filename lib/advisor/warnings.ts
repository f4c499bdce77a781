// Risks the seeds insist on flagging, each in this course's own words:
// - eventual consistency for money (seed 001 Factor 1 callout; seeds 002 and 004 on SERIALIZABLE for money);
// - scale-out infrastructure for a Tier 1 workload (seed 001 Factor 4; seed 003 Pitfall 1);
// - too many database technologies for the team (seed 001 "Anti-Pattern: Different DB Per Microservice");
// - a cache as the only copy of data (seed 003 Pitfall 4);
// - a search engine as the system of record (seed 004: "Not a primary database");
// - multi-region writes without strong consistency, the write ceiling coming close, the budget, and inputs far
//   beyond anything the seeds describe.

import { MANAGED_VS_SELF_HOSTED_OPTIONS, SENIOR_ENGINEER_USD_PER_HOUR, TCO_REFERENCE_WORKLOAD } from '../estimator/tco-options';
import { CATALOG } from './catalog';
import type { Decision } from './decide';
import { formatCount, formatPercent, joinNames } from './format';
import { technologiesInUse } from './operations';
import type { DatabaseId } from './types';

/** Share of the write ceiling from which the warnings suggest planning the way past it. */
export const NEAR_CEILING_SHARE = 0.8;

/**
 * Projected writes/s above which the input is far outside the seeds: the largest figure they quote is Cassandra's
 * "1M+ writes/second at linear scale" (seed 002); ten times that is treated as a likely unit slip.
 */
export const IMPLAUSIBLE_WRITES_PER_SECOND = 10_000_000;

// Which row of seed 001's cost table (as lib/estimator stores it) prices each primary at the reference load.
const COST_OPTION_FOR: Readonly<Partial<Record<DatabaseId, string>>> = {
  postgresql: 'rds-postgresql',
  pgvector: 'rds-postgresql',
  timescaledb: 'rds-postgresql',
  dynamodb: 'dynamodb-on-demand',
  cockroachdb: 'cockroachdb-cloud-dedicated',
  cassandra: 'cassandra-self-hosted',
  mysql: 'planetscale-business',
};

function budgetWarning(decision: Decision): string | null {
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
  // Total cost of ownership, not the bill alone: self-hosted options carry their engineer hours (seed 001).
  const low = option.infraUsdPerMonth.low + (option.managed ? 0 : option.opsHoursPerMonth.low * SENIOR_ENGINEER_USD_PER_HOUR);
  if (!atLeastReference || budget >= low) return null;
  return `The budget of $${formatCount(budget)}/month is under the roughly $${formatCount(low)}/month that seed 001's cost table gives for ${option.name} at 1 TB, 1,000 writes/s and 10,000 reads/s${option.managed ? '' : ' (including engineer time)'}, and this workload is at least that large.`;
}

/** Collects the warnings for a decision, most serious first. */
export function collectWarnings(decision: Decision): string[] {
  const { ctx, primaryId, addOns } = decision;
  const { workload, assumptions: a, projection: p } = ctx;
  const primary = CATALOG[primaryId];
  const warnings: string[] = [];

  if (ctx.money && !ctx.acid) {
    warnings.push(
      `This data carries money, yet the workload accepts ${workload.consistency} consistency. Balances, payments, orders and stock counts need ACID transactions: a lost or reordered update here is a financial error, and "reconcile it later" is not a safeguard.`,
    );
  } else if (ctx.money && primary.transactions !== 'multi-row') {
    warnings.push(
      `This data carries money, but ${primary.name} has no multi-row transactions: keep balances and payments in an ACID database and store only references here.`,
    );
  }

  if (ctx.tier === 1 && primary.scaleOut) {
    warnings.push(
      `${primary.name} is built to spread data across many nodes, but the projected load fits on one. Distributed infrastructure for a small workload spends operations time, money and consistency on capacity the next 12 months will not use.`,
    );
  }

  const technologies = technologiesInUse(primaryId, addOns);
  if (!ctx.dedicatedOperators && technologies.length > a.maxTechnologiesWithoutOperators) {
    warnings.push(
      `This design runs ${technologies.length} database technologies (${joinNames(technologies)}); without dedicated DBAs or SREs, keep to ${a.maxTechnologiesWithoutOperators}. Each engine needs its own expertise, monitoring, backups and incident runbooks — the same trap as giving every microservice a database engine of its own.`,
    );
  }

  if (primary.inMemory) {
    warnings.push(
      `${primary.name} would hold the only copy of this data. An in-memory store that restarts without persistence comes back empty: enable AOF persistence and a replica, or write through to a durable database, so that losing the cache means slower reads rather than lost data.`,
    );
  }

  if (primary.category === 'search') {
    warnings.push(
      `${primary.name} is an index, not a system of record: keep the source documents in a durable store and feed the index from it (CDC), so it can be rebuilt after a bad mapping change or a lost node.`,
    );
  }

  if (workload.multiRegion === true && !ctx.acid && primary.scaleOut) {
    warnings.push(
      `Accepting writes in several regions without strong consistency means two regions can update the same item at once: decide how conflicts merge (last-writer-wins silently drops one of them).`,
    );
  }

  const share = p.writesPerSecond / a.writeCeilingPerSecond;
  if (!ctx.exceedsWriteCeiling && share >= NEAR_CEILING_SHARE && primary.technology === 'postgresql') {
    warnings.push(
      `Projected writes reach ${formatPercent(share)} of the ${formatCount(a.writeCeilingPerSecond)} writes/s single-primary ceiling within 12 months: plan the way past it (sharding by a domain key, or moving the hottest table) before the ceiling plans it for you.`,
    );
  }

  const budget = budgetWarning(decision);
  if (budget !== null) warnings.push(budget);

  if (p.writesPerSecond > IMPLAUSIBLE_WRITES_PER_SECOND) {
    warnings.push(
      `A projected ${formatCount(p.writesPerSecond)} writes/s is far beyond any figure in the seeds (the largest is about a million writes/s for a Cassandra cluster): check the units and the estimate before designing for it.`,
    );
  }
  return warnings;
}
