import { CATALOG, isDatabaseId } from './catalog';
import { decide, type Decision } from './decide';
import { AdvisorInputError } from './errors';
import type { Assumptions } from './thresholds';
import type { Advice, DatabaseId, Workload } from './types';
import { parseAssumptions, parseWorkload } from './validate';
import { collectWarnings } from './warnings';
import { alternativesFor, reasonAgainst } from './why-not';

/**
 * Recommends a primary database, add-ons and alternatives for a workload, with one trace entry per factor.
 * Throws `AdvisorInputError` naming the field when the input is malformed (NaN, ±Infinity, negative, unknown).
 */
export function advise(workload: Workload, assumptions?: Partial<Assumptions>): Advice {
  return adviceFrom(decide(parseWorkload(workload), parseAssumptions(assumptions)));
}

/** The advice one decision gives, for a caller that also reads the decision for other views (one `decide` per change). */
export function adviceFrom(decision: Decision): Advice {
  const primary = CATALOG[decision.primaryId];
  return {
    primary: { id: primary.id, name: primary.name, why: decision.primaryWhy },
    addOns: decision.addOns,
    alternatives: alternativesFor(decision).map((id) => ({ id, name: CATALOG[id].name, whyNot: reasonAgainst(decision, id) })),
    trace: decision.trace,
    warnings: collectWarnings(decision),
  };
}

/** Says why a catalog database was not chosen for a workload (or that it was, as primary or add-on). */
export function whyNot(workload: Workload, id: DatabaseId, assumptions?: Partial<Assumptions>): string {
  if (!isDatabaseId(id)) throw new AdvisorInputError('id', `id must be a catalog database id (got ${JSON.stringify(id)})`, id);
  const decision = decide(parseWorkload(workload), parseAssumptions(assumptions));
  return reasonAgainst(decision, id);
}
