import { describe, expect, it } from 'vitest';
import { expectRelativelyClose } from '../../estimator/test-support';
import { WRITE_CEILING_FORM_DEFAULTS, WRITE_CEILING_PRESETS, projectionMonths, writeCeilingView } from './model';

describe('writeCeilingView', () => {
  it('starts from the chat example: 20,000 writes/s against 10,000, already over', () => {
    expect(WRITE_CEILING_PRESETS.map((p) => p.id)).toEqual(['chat-messages']);
    const chat = writeCeilingView(WRITE_CEILING_FORM_DEFAULTS);
    expect(chat.check.exceedsCeiling).toBe(true);
    expect(chat.until).toEqual({ value: 'Already over', detail: null });
    expect(chat.verdict).toBe('The peak is already over the ceiling: it is 200% of what the store can take.');
    expect(chat.projection).toHaveLength(25);
    expect(chat.crossing).toBeNull();
    expect(chat.rangeNote).toBe("This ceiling is inside the course's planning range for one PostgreSQL primary (5,000–50,000 writes/s).");
  });

  it('counts the months of compound growth until the ceiling', () => {
    // ln(10,000 ÷ 5,000) ÷ ln(1.05) = 0.693147 ÷ 0.048790 = 14.2067 months
    const view = writeCeilingView({ peakWritesPerSecond: 5_000, ceilingWritesPerSecond: 10_000, monthlyGrowthRate: 0.05 });
    expectRelativelyClose(view.check.monthsUntilCeiling!, 14.2067, 1e-5);
    expect(view.until).toEqual({ value: '14.2 months', detail: '14.2 months (about 1 year 2 months)' });
    expect(view.verdict).toBe('At 5% growth a month, the peak reaches the ceiling in 14.2 months (about 1 year 2 months).');
    // The chart runs a quarter past the crossing: ceil(14.2067 × 1.25) = 18 months.
    expect(projectionMonths(view.check)).toBe(18);
    expect(view.projection.at(-1)?.month).toBe(18);
    expect(view.crossing).toEqual({ month: 14.2, peak: 10_000 });
    expectRelativelyClose(view.projection[12]!.peak, 5_000 * 1.05 ** 12, 1e-12);
    expect(view.table.rows[2]).toEqual(['Utilisation (peak ÷ ceiling)', '50%']);
    expect(view.table.rows[3]).toEqual(['Headroom', '50%']);
    expect(writeCeilingView(WRITE_CEILING_FORM_DEFAULTS).headroom).toBe('Over by 100%');
  });

  it.each<[string, { peakWritesPerSecond: number; ceilingWritesPerSecond: number; monthlyGrowthRate: number }, string]>([
    ['no growth', { peakWritesPerSecond: 5_000, ceilingWritesPerSecond: 10_000, monthlyGrowthRate: 0 }, 'At 0% growth a month, the peak never reaches the ceiling.'],
    ['no writes', { peakWritesPerSecond: 0, ceilingWritesPerSecond: 10_000, monthlyGrowthRate: 0.1 }, 'With no writes, the ceiling is never reached.'],
    ['at the ceiling', { peakWritesPerSecond: 10_000, ceilingWritesPerSecond: 10_000, monthlyGrowthRate: 0.1 }, 'The peak is at the ceiling now.'],
  ])('says plainly when there is %s', (_, input, verdict) => {
    expect(writeCeilingView(input).verdict).toBe(verdict);
  });

  it('places the chosen ceiling against the planning range of 5,000–50,000', () => {
    const note = (ceiling: number) => writeCeilingView({ peakWritesPerSecond: 1, ceilingWritesPerSecond: ceiling, monthlyGrowthRate: 0 }).rangeNote;
    expect(note(2_000)).toBe("This ceiling is below the course's planning range for one PostgreSQL primary (5,000–50,000 writes/s): a cautious plan.");
    expect(note(60_000)).toBe(
      "This ceiling is above the course's planning range for one PostgreSQL primary (5,000–50,000 writes/s): measure it with pgbench before relying on it.",
    );
  });

  it('keeps the chart to ten years when the ceiling is far off', () => {
    const view = writeCeilingView({ peakWritesPerSecond: 1, ceilingWritesPerSecond: 1e9, monthlyGrowthRate: 0.01 });
    expect(view.projection.at(-1)?.month).toBe(120);
    expect(view.crossing).toBeNull();
    expect(view.projection.every((point) => Number.isFinite(point.peak))).toBe(true);
  });
});
