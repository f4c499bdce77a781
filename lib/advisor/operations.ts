// The last factor: operational burden. Managed services for small teams; at most two or three database
// technologies without dedicated operators; self-hosting priced with its engineering hours. All three numbers are
// the course's labelled planning assumptions (thresholds.ts), editable in the advisor's assumptions panel.

import { CATALOG, type CatalogEntry } from './catalog';
import type { AdvisorContext } from './context';
import { formatCount, joinNames, plural } from './format';
import { managedReason } from './team';
import type { AddOn, DatabaseId, TraceEntry } from './types';

/** Distinct technologies a team must operate for a primary and its add-ons (PostgreSQL extensions count once). */
export function technologiesInUse(primaryId: DatabaseId, addOns: readonly AddOn[]): string[] {
  const names = new Map<string, string>();
  for (const id of [primaryId, ...addOns.map((addOn) => addOn.id)]) {
    const entry = CATALOG[id];
    if (!names.has(entry.technology)) names.set(entry.technology, entry.technology === 'postgresql' ? 'PostgreSQL' : entry.name);
  }
  return [...names.values()];
}

/** Whether the team would run this store itself (it can be self-hosted and managed services are not preferred). */
export function runsItself(ctx: AdvisorContext, entry: CatalogEntry): boolean {
  return entry.selfHostable && !ctx.managedPreferred;
}

/** How to run the primary, as a `why` line. */
export function hostingWhy(ctx: AdvisorContext, entry: CatalogEntry): string {
  const reason = managedReason(ctx.workload, ctx.assumptions);
  if (!entry.selfHostable) return `Fully managed by ${joinNames([...entry.managedOfferings])}: no cluster to run.`;
  if (runsItself(ctx, entry)) {
    return `Self-hosting is viable because ${reason}; managed options (${entry.managedOfferings.join(', ')}) remain if the operations load grows.`;
  }
  return `Run it as a managed service (${entry.managedOfferings.slice(0, 3).join(', ')}) because ${reason}.`;
}

/** The 'Operational burden' trace entry. */
export function operationsTrace(ctx: AdvisorContext, primaryId: DatabaseId, addOns: readonly AddOn[]): TraceEntry {
  const { workload: w, assumptions: a } = ctx;
  const team = w.teamSize === undefined ? 'Team size not given' : `Team of ${formatCount(w.teamSize)}`;
  const expertise = w.opsExpertise === undefined ? 'operations experience not given' : `"${w.opsExpertise}" operations experience`;
  const preference = w.preferManaged === undefined ? '' : w.preferManaged ? ', prefers managed services' : ', open to self-hosting';
  const budget = w.monthlyBudgetUsd === undefined ? '' : `, budget $${formatCount(w.monthlyBudgetUsd)}/month`;
  const finding = `${team}, ${expertise}${preference}${budget}: ${ctx.managedPreferred ? 'managed services preferred' : 'self-hosting is viable'}.`;

  const primary = CATALOG[primaryId];
  const hosting = !primary.selfHostable ? 'managed only' : runsItself(ctx, primary) ? 'self-hosted' : 'managed';
  const technologies = technologiesInUse(primaryId, addOns);
  const limit = a.maxTechnologiesWithoutOperators;
  const count = `${technologies.length} database ${plural(technologies.length, 'technology', 'technologies')} (${joinNames(technologies)})`;
  const withinLimit = ctx.dedicatedOperators
    ? `${count}, run by dedicated operators`
    : `${count}, ${technologies.length > limit ? 'over' : 'within'} the ${limit} a team without dedicated operators should run`;
  const hours = a.selfHostedOpsHoursPerMonth;
  const rate = a.engineerUsdPerHour;
  const selfHostCost = runsItself(ctx, primary)
    ? ` Self-hosting costs engineering time too: an assumed ${formatCount(hours)} h/month at an assumed $${formatCount(rate)}/h is $${formatCount(hours * rate)}/month on top of the machines.`
    : '';
  return {
    factor: 'Operational burden',
    finding,
    effect: `${primary.name} (${hosting}); ${withinLimit}.${selfHostCost}`,
  };
}
