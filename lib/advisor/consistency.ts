// Factor 1 of seed 001 "Chapter 16: Database Selection Framework": consistency first, and "let it constrain
// your options". Strong consistency admits only stores whose default reads are strongly consistent with
// transactions (the ACID column of seed 004's comparison table); the weaker levels admit every store, with
// routing notes for replicas.

import { CATALOG_ENTRIES, type CatalogEntry } from './catalog';
import type { AdvisorContext } from './context';
import { joinNames } from './format';
import type { TraceEntry } from './types';

/** Whether a store may be the system of record under the workload's consistency requirement. */
export function meetsConsistency(ctx: AdvisorContext, entry: CatalogEntry): boolean {
  return !ctx.acid || entry.consistency === 'strong';
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
  if (ctx.acid) {
    // One name per technology: PostgreSQL's extension builds are the same database.
    const eligible = CATALOG_ENTRIES.filter((entry) => meetsConsistency(ctx, entry) && entry.transactions === 'multi-row');
    const names = [...new Set(eligible.map((entry) => (entry.technology === 'postgresql' ? 'PostgreSQL (with extensions)' : entry.name)))];
    effect = `Only stores with ACID transactions can hold the system of record (${joinNames(names)}); tunable and eventually consistent stores may only hold copies.`;
    if (workload.multiRegion === true) effect += ' Writes accepted in several regions narrow that to distributed SQL.';
  } else if (workload.consistency === 'read-your-writes') {
    effect = 'Every store stays eligible; replicas and caches need session routing (send a user’s reads to the primary right after they write).';
  } else if (workload.consistency === 'causal') {
    effect = 'Every store stays eligible; a single primary, or causally consistent sessions, keep dependent operations in order.';
  } else {
    effect = 'Every store stays eligible, including caches, asynchronous replicas and LSM stores.';
  }
  if (ctx.money && !ctx.acid) effect += ' Money at eventual-style consistency is flagged in the warnings.';
  return { factor: 'Consistency', finding, effect };
}
