// The first factor: what the data needs from its system of record, asked as separate guarantees, because "ACID"
// and "strong consistency" are not the same thing. A transaction can be atomic and durable and still run at
// READ COMMITTED; a serializable database can serve a stale read from an asynchronous replica; a store can give
// linearizable single-item reads without multi-item transactions (Jepsen's consistency models:
// JEPSEN_SERIALIZABLE, JEPSEN_LINEARIZABLE). So the advisor asks, per guarantee, whether each store offers it
// (catalog.ts `guarantees`, from each store's documentation):
// - strong consistency ('strong'): reads that can see every write completed before them (by default or on request)
//   and writes that check a condition atomically, so concurrent updates are not lost;
// - money with strong consistency: also atomic, isolated writes across several items (a transfer, an order and its
//   stock). PostgreSQL, MySQL, CockroachDB, Spanner, MongoDB (multi-document transactions since 4.0) and DynamoDB
//   (TransactWriteItems) all qualify; Cassandra's logged batch is atomic but not isolated, so it does not.
// Weaker levels admit every store, with routing notes.

import { CATALOG_ENTRIES, type CatalogEntry } from './catalog';
import type { AdvisorContext } from './context';
import { joinNames } from './format';
import type { TraceEntry } from './types';

/** One guarantee a system of record may have to offer. */
export type Guarantee = 'strong-reads' | 'conditional-writes' | 'transactions';

/** The guarantees the workload needs from its system of record, strongest requirement last. */
export function requiredGuarantees(ctx: AdvisorContext): Guarantee[] {
  if (!ctx.strong) return [];
  return ctx.transactional ? ['strong-reads', 'conditional-writes', 'transactions'] : ['strong-reads', 'conditional-writes'];
}

/** Whether a store offers one guarantee (strong reads count when they are only on request). */
export function offers(entry: CatalogEntry, guarantee: Guarantee): boolean {
  const g = entry.guarantees;
  switch (guarantee) {
    case 'strong-reads':
      return g.strongReads !== 'none';
    case 'conditional-writes':
      return g.conditionalWrites;
    case 'transactions':
      return g.multiItemWrites === 'transactions';
  }
}

/** The required guarantees a store lacks, in `requiredGuarantees` order. */
export function missingGuarantees(ctx: AdvisorContext, entry: CatalogEntry): Guarantee[] {
  return requiredGuarantees(ctx).filter((guarantee) => !offers(entry, guarantee));
}

/** Whether a store may be the system of record under the workload's consistency requirement. */
export function meetsConsistency(ctx: AdvisorContext, entry: CatalogEntry): boolean {
  return missingGuarantees(ctx, entry).length === 0;
}

/** Why a store falls short, in its own terms: the note of the first guarantee it lacks. */
export function shortfall(ctx: AdvisorContext, entry: CatalogEntry): string | null {
  const missing = missingGuarantees(ctx, entry)[0];
  if (missing === undefined) return null;
  const g = entry.guarantees;
  if (missing === 'strong-reads') return `${g.readsNote} Strong consistency needs reads that see the latest write`;
  if (missing === 'conditional-writes') return `${g.conditionalNote} Strong consistency needs writes that check a value atomically, so concurrent updates are not lost`;
  return `${g.multiItemNote} Money needs isolated, all-or-nothing writes across several items (a debit and its credit, an order and its stock)`;
}

/** Catalog stores that meet the requirement, one name per technology (PostgreSQL's extension builds are one). */
export function eligibleNames(ctx: AdvisorContext): string[] {
  const eligible = CATALOG_ENTRIES.filter((entry) => meetsConsistency(ctx, entry));
  return [...new Set(eligible.map((entry) => (entry.technology === 'postgresql' ? 'PostgreSQL (with extensions)' : entry.name)))];
}

const FINDINGS: Readonly<Record<AdvisorContext['workload']['consistency'], string>> = {
  strong: 'Strong: every read must see the latest committed write, with no lost updates',
  'read-your-writes': 'Read-your-writes: each user must see their own changes at once; others may see them a moment later',
  causal: 'Causal: operations that depend on one another must be seen in that order',
  eventual: 'Eventual: brief staleness is acceptable and replicas may converge later',
};

/** The 'Consistency' trace entry. */
export function consistencyTrace(ctx: AdvisorContext): TraceEntry {
  const { workload } = ctx;
  const money = ctx.money ? '; the data carries money' : '';
  const finding = `${FINDINGS[workload.consistency]}${money}.`;
  let effect: string;
  if (ctx.strong) {
    const names = joinNames(eligibleNames(ctx));
    effect = ctx.transactional
      ? `Money needs atomic, isolated writes across several items, conditional writes (no overdraft, no lost update) and reads that see the latest balance: only stores that offer all three can hold the system of record (${names}). Use them: SERIALIZABLE or a conditional UPDATE on balance checks, reads from the primary, and an idempotency key on every payment.`
      : `Only stores that offer reads of the latest write and conditional writes can hold the system of record (${names}); several give strong reads only when asked (ConsistentRead, read concern "linearizable", QUORUM or SERIAL reads), so ask.`;
    effect += ' Stores without them may hold copies (a cache, a search index).';
    if (workload.multiRegion === true) effect += ' Writes accepted in several regions narrow that to distributed SQL.';
  } else if (workload.consistency === 'read-your-writes') {
    effect = 'Every store stays eligible; replicas and caches need session routing (send a user’s reads to the primary right after they write).';
  } else if (workload.consistency === 'causal') {
    effect = 'Every store stays eligible; a single primary, or causally consistent sessions, keep dependent operations in order.';
  } else {
    effect = 'Every store stays eligible, including caches, asynchronous replicas and LSM stores.';
  }
  if (ctx.money && !ctx.strong) effect += ' Money at a weaker consistency level is flagged in the warnings.';
  return { factor: 'Consistency', finding, effect };
}
