import { describe, expect, it, vi } from 'vitest';
import { decide } from '../../advisor/decide';
import { whyNot } from '../../advisor/advise';
import { DEFAULT_ASSUMPTION_VALUES, WORKLOAD_PRESETS } from './form';
import { advisorView } from './view';

// Count the framework's runs: every part of the advisor's view must read one decision.
vi.mock('../../advisor/decide', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../advisor/decide')>();
  return { ...original, decide: vi.fn(original.decide) };
});

describe('advisorView runs the framework once per change', () => {
  it.each(WORKLOAD_PRESETS.map((preset) => [preset.id, preset] as const))('%s: one decide() for advice, path, warnings and why-not', (_, preset) => {
    vi.mocked(decide).mockClear();
    const view = advisorView(preset.values, DEFAULT_ASSUMPTION_VALUES);
    const other = view.advice.alternatives[0]?.id ?? 'mongodb';
    const answer = view.whyNot(other);
    expect(vi.mocked(decide)).toHaveBeenCalledTimes(1);
    // The shared decision gives the same answer as asking the framework afresh.
    expect(answer).toBe(whyNot(view.workload, other, view.assumptions));
  });
});
