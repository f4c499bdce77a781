// The framework end to end, on validated input: each factor in order, producing the primary, its add-ons and
// one trace entry per factor. `advise`, `whyNot` and the warnings all read the same `Decision`, so they can
// never disagree.

import { planAddOns } from './add-ons';
import { CATALOG, type CatalogEntry } from './catalog';
import { consistencyTrace, meetsConsistency } from './consistency';
import { buildContext, type AdvisorContext } from './context';
import { dataModelTrace } from './data-model';
import { FAMILY_LABELS, pickFromFamily } from './families';
import { hostingWhy, operationsTrace } from './operations';
import { planPrimary, postgresFirstTrace, type PrimaryPlan } from './postgres-first';
import { readWriteRatioTrace } from './read-write-ratio';
import { scaleTrace } from './scale';
import type { Assumptions } from './thresholds';
import type { AddOn, DatabaseId, TraceEntry, Workload } from './types';

/** Everything the framework concluded for one workload. */
export interface Decision {
  /** Shared inputs and derived flags. */
  ctx: AdvisorContext;
  /** The 'PostgreSQL first' outcome. */
  plan: PrimaryPlan;
  /** The chosen primary. */
  primaryId: DatabaseId;
  /** Reasons for the primary, most important first. */
  primaryWhy: string[];
  /** Stores beside the primary. */
  addOns: AddOn[];
  /** One entry per factor, in `FACTORS` order. */
  trace: TraceEntry[];
}

function consistencyWhy(ctx: AdvisorContext, entry: CatalogEntry): string {
  const level = ctx.workload.consistency;
  const g = entry.guarantees;
  if (ctx.strong && meetsConsistency(ctx, entry)) {
    const ask = g.strongReads === 'on-request' ? ' Strong reads are not the default here: ask for them on every read that must be current.' : '';
    return ctx.transactional
      ? `Meets what strong consistency on money needs. Transactions: ${g.multiItemNote} Isolation: ${g.isolationNote} Reads: ${g.readsNote}${ask} Give every payment an idempotency key so a retry cannot pay twice.`
      : `Meets what strong consistency needs. Reads: ${g.readsNote} Conditional writes: ${g.conditionalNote}${ask}`;
  }
  if (ctx.strong) {
    return `${entry.consistencyNote} Anything that needs transactions or up-to-date reads (balances, ownership) belongs in a store that offers them, beside it.`;
  }
  if (entry.consistency === 'strong') return `Strongly consistent by default, which is more than the ${level} consistency this workload needs.`;
  if (entry.consistency === 'tunable') {
    return level === 'eventual'
      ? 'Its cheaper eventually consistent default is enough here.'
      : `Its tunable consistency covers ${level}: use strongly consistent (or quorum) reads where a user must see their own writes.`;
  }
  return level === 'eventual'
    ? `${entry.consistencyNote} That is acceptable here, since brief staleness is.`
    : `${entry.consistencyNote} Read a user's data from the primary node to keep ${level} consistency.`;
}

function extrasWhy(ctx: AdvisorContext, entry: CatalogEntry, addOns: readonly AddOn[]): string[] {
  const lines: string[] = [];
  const { patterns, workload } = ctx;
  if (entry.technology === 'postgresql') {
    if (patterns.has('geospatial')) lines.push('PostGIS answers the geospatial queries (distance, within-area, nearest) inside the same database.');
    const searchAddOn = addOns.some((addOn) => CATALOG[addOn.id].category === 'search');
    if (patterns.has('full-text') && !searchAddOn && workload.dataModel !== 'search') {
      lines.push('Full-text search stays in PostgreSQL (a tsvector/GIN index, or pg_search) until it becomes a measured problem.');
    }
    if (patterns.has('ttl')) lines.push('Expire old data by dropping time partitions rather than deleting rows one at a time.');
    if (workload.multiRegion === true && !ctx.strong) lines.push('Serve other regions from cross-region read replicas; writes go to the home region.');
  }
  if (entry.inMemory) lines.push('Keys expire by themselves (TTL) and lookups take well under a millisecond.');
  if ((entry.category === 'wide-column' || entry.category === 'key-value') && !entry.inMemory && patterns.has('range-scan')) {
    lines.push('Partition by the lookup key and sort by time within it, so each read is one contiguous range on one partition.');
  }
  return lines;
}

/** Runs every factor on validated input and returns the full decision. */
export function decide(workload: Workload, assumptions: Assumptions): Decision {
  const ctx = buildContext(workload, assumptions);
  const plan = planPrimary(ctx);
  let primaryId: DatabaseId = plan.family === null ? plan.flavour : pickFromFamily(ctx, plan.family, true);
  // Invariant: the system of record always offers the guarantees the data needs (consistency.ts). planPrimary
  // already routes families that lack them to a synced index; this guards future edits.
  if (!meetsConsistency(ctx, CATALOG[primaryId])) primaryId = plan.flavour;
  const entry = CATALOG[primaryId];
  const addOns = planAddOns(ctx, primaryId, plan);

  const planWhy =
    plan.syncedIndex === null
      ? plan.reason
      : plan.syncedIndex === 'object-store'
        ? `Money with strong consistency rules out object storage as the system of record (it has no multi-object transactions), so ${entry.name} holds the records and the object store holds the files they point to.`
        : `Strong consistency rules out a ${FAMILY_LABELS[plan.syncedIndex]} as the system of record (none offers the guarantees it needs), so ${entry.name} holds the data and the add-on index serves those queries.`;
  const primaryWhy = [consistencyWhy(ctx, entry), planWhy, ...extrasWhy(ctx, entry, addOns), hostingWhy(ctx, entry)];

  const trace = [
    consistencyTrace(ctx),
    readWriteRatioTrace(ctx),
    dataModelTrace(ctx),
    scaleTrace(ctx),
    postgresFirstTrace(plan, ctx),
    operationsTrace(ctx, primaryId, addOns),
  ];
  return { ctx, plan, primaryId, primaryWhy, addOns, trace };
}
