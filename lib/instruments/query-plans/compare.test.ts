import { describe, expect, it } from 'vitest';
import { comparePlans, NOISE_RATIO } from './compare';
import type { ExplainedPlan } from './explain';
import { planFixture } from './test-fixtures';

function withTime(plan: ExplainedPlan, executionMs: number): ExplainedPlan {
  return { ...plan, executionMs };
}

describe('comparePlans', () => {
  it('reports the plan change, rows examined, pages and speed-up', () => {
    const before = withTime(planFixture('one-day-before'), 20);
    const after = withTime(planFixture('one-day-after'), 0.25);
    const c = comparePlans({ plan: before, index: null }, { plan: after, index: 'orders (created_at)' });
    expect(c.scansBefore).toEqual(['Seq Scan on orders']);
    expect(c.scansAfter).toEqual(['Index Scan using orders_created_at_idx on orders']);
    const rows = c.figures.find((f) => f.label === 'Rows examined');
    expect(rows).toMatchObject({ before: 100_000, after: 288 });
    const pages = c.figures.find((f) => f.label === 'Pages touched');
    expect(pages?.before).toBeGreaterThan(700);
    expect(pages?.after).toBeLessThan(20);
    expect(c.figures.find((f) => f.label === 'Execution time')?.ratio).toBeCloseTo(80, 6);
    expect(c.sentence).toBe(
      'With orders (created_at), the plan changed from Seq Scan on orders to Index Scan using orders_created_at_idx on orders. Execution took 0.250 ms instead of 20.0 ms: 80× faster.',
    );
  });

  it('says an unchanged plan is unchanged, and does not credit noise to the index', () => {
    const before = withTime(planFixture('shipped-before'), 30);
    const same = comparePlans({ plan: before, index: null }, { plan: withTime(planFixture('shipped-after'), 30 / (NOISE_RATIO - 0.1)), index: 'orders (status)' });
    expect(same.sentence).toMatch(/^The planner kept the same plan \(Seq Scan on orders\) with the index present\. .*about as fast\.$/);
    const noisy = comparePlans({ plan: before, index: null }, { plan: withTime(planFixture('shipped-after'), 10), index: 'orders (status)' });
    expect(noisy.sentence).toMatch(/3\.0× faster, which on an unchanged plan is run-to-run variation\.$/);
  });

  it('reports a slower run as slower', () => {
    const c = comparePlans({ plan: withTime(planFixture('one-customer-before'), 1), index: null }, { plan: withTime(planFixture('one-customer-after'), 4), index: 'x' });
    expect(c.sentence).toMatch(/4\.0× slower\.$/);
  });
});
