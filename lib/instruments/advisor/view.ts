// Everything the advisor widget shows for one set of form values, computed in one place so that the widget stays
// thin and the benchmark and tests can time and check the same work the page does.

import type { FieldValues } from '../form/fields';
import { adviceFrom } from '../../advisor/advise';
import { assumptionsFromValues, workloadFromValues } from './form';
import { CATALOG } from '../../advisor/catalog';
import { decide } from '../../advisor/decide';
import { joinNames, plural } from '../../advisor/format';
import { pathFrom, takenLabel, type PathStep } from '../../advisor/framework-path';
import type { Citation } from '../../advisor/sources';
import type { Advice, DatabaseId, Workload } from '../../advisor/types';
import { parseAssumptions, parseWorkload } from '../../advisor/validate';
import { reasonAgainst } from '../../advisor/why-not';
import type { Assumptions } from '../../advisor/thresholds';
import { collectWarningDetails } from '../../advisor/warnings';

/** What the advisor widget renders. */
export interface AdvisorView {
  /** The validated workload the advice is for. */
  workload: Workload;
  /** The validated assumptions in force. */
  assumptions: Assumptions;
  /** `advise(workload, assumptions)`. */
  advice: Advice;
  /** The branch taken at each factor, in trace order. */
  path: PathStep[];
  /** How the primary is run, from the 'Operational burden' step ("Managed service", "Self-hosted", …). */
  hosting: string;
  /** One sentence for a live region: the primary, the add-ons and the number of warnings. */
  summary: string;
  /** The sources (and labelled assumptions) behind each of `advice.warnings`, in the same order. */
  warningSources: (readonly Citation[])[];
  /** "Why not X?" for any catalog database, read from the same decision. */
  whyNot: (id: DatabaseId) => string;
}

/** One sentence that sums up the advice, for screen readers as the recommendation changes. */
export function adviceSummary(advice: Advice): string {
  const addOns = advice.addOns.map((addOn) => `${CATALOG[addOn.id].name} (${addOn.role})`);
  const withAddOns = addOns.length ? `, with ${joinNames(addOns)}` : ', with no add-ons';
  const count = advice.warnings.length;
  const warnings = count ? ` ${count} ${plural(count, 'warning')}.` : '';
  return `Recommended: ${advice.primary.name}${withAddOns}.${warnings}`;
}

/**
 * The advice, the path and the summary for form values (throws `AdvisorInputError` for values the forms would
 * reject). The framework runs once: every part of the view reads the same decision (`runFramework` is there so a
 * test can count the runs).
 */
export function advisorView(workloadValues: FieldValues, assumptionValues: FieldValues, runFramework: typeof decide = decide): AdvisorView {
  const workload = workloadFromValues(workloadValues);
  const assumptions = assumptionsFromValues(assumptionValues);
  const decision = runFramework(parseWorkload(workload), parseAssumptions(assumptions));
  const advice = adviceFrom(decision);
  const path = pathFrom(decision);
  const operations = path[path.length - 1];
  const details = collectWarningDetails(decision);
  return {
    workload,
    assumptions,
    advice,
    path,
    hosting: operations ? takenLabel(operations) : '',
    summary: adviceSummary(advice),
    warningSources: advice.warnings.map((text) => details.find((detail) => detail.text === text)?.sources ?? []),
    whyNot: (id) => reasonAgainst(decision, id),
  };
}
