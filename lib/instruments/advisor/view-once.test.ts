import { describe, expect, it } from 'vitest';
import { decide } from '../../advisor/decide';
import { whyNot } from '../../advisor/advise';
import { DEFAULT_ASSUMPTION_VALUES, WORKLOAD_PRESETS } from './form';
import { advisorView } from './view';

describe('advisorView runs the framework once per change', () => {
  it.each(WORKLOAD_PRESETS.map((preset) => [preset.id, preset] as const))('%s: one decision for advice, path, warnings and why-not', (_, preset) => {
    let runs = 0;
    const counting: typeof decide = (workload, assumptions) => {
      runs += 1;
      return decide(workload, assumptions);
    };
    const view = advisorView(preset.values, DEFAULT_ASSUMPTION_VALUES, counting);
    const other = view.advice.alternatives[0]?.id ?? 'mongodb';
    const answer = view.whyNot(other);
    expect(runs).toBe(1);
    // The shared decision gives the same answer as asking the framework afresh.
    expect(answer).toBe(whyNot(view.workload, other, view.assumptions));
  });
});
