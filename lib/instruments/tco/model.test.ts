import { describe, expect, it } from 'vitest';
import { expectRelativelyClose } from '../../estimator/test-support';
import { editField, initFormState } from '../form/form-state';
import { TCO_DEFAULTS, TCO_FORM, cellKey, niceCeiling, shortName, tcoChartView, tcoView } from './model';

describe('tcoView', () => {
  const view = tcoView(TCO_DEFAULTS);
  const charts = tcoChartView(TCO_DEFAULTS);

  it('finds where self-hosting stops being cheaper', () => {
    // RDS at mid: $1,542.50 infra + 3 h × $200 = $2,142.50; Cassandra infra $1,330: (2,142.5 − 1,330) ÷ 200 = 4.0625 h.
    expect(view.breakEven.breakEvenHours).toBe(4.0625);
    expect(view.breakEven.sentence).toBe(
      'At $200/h, Cassandra self-hosted costs less than RDS for PostgreSQL only while its ops time stays under 4.1 h a month; the table quotes 8–16 h.',
    );
    // The x axis runs to niceCeiling(16 × 1.5 = 24) = 50 h; the self-hosted line rises $200 an hour.
    expect(charts.breakEven.maxHours).toBe(50);
    expect(charts.breakEven.ticks).toEqual([0, 10, 20, 30, 40, 50]);
    expect(charts.breakEven.points[0]).toEqual({ hours: 0, selfHosted: 1_330, managed: 2_142.5 });
    expect(charts.breakEven.points.at(-1)).toEqual({ hours: 50, selfHosted: 11_330, managed: 2_142.5 });
    expect(charts.breakEven.summary).toBe(
      'Cassandra self-hosted rises from $1,330/mo at 0 h to $11,330/mo at 50 h a month; RDS for PostgreSQL stays at $2,143/mo; the lines cross at 4.1 h.',
    );
  });

  it('stacks infrastructure and ops time for every option, cheapest first', () => {
    expect(charts.bars).toHaveLength(6);
    // Provisioned DynamoDB at mid: $1,430 + 1.5 h × $200 = $1,730.
    expect(view.cheapest).toMatchObject({ name: 'DynamoDB provisioned', infra: 1_430, ops: 300, total: 1_730 });
    for (const bar of charts.bars) expectRelativelyClose(bar.infra + bar.ops, bar.total, 1e-12);
    expect(new Set(charts.bars.map((bar) => bar.name)).size).toBe(charts.bars.length);
    expect(view.table.caption).toMatch(/as of December 2026/);
    expect(view.table.rows.find((row) => row[1] === 'Self-hosted')).toEqual([
      'Cassandra self-hosted (3 × c5.2xlarge)',
      'Self-hosted',
      '$1,330/mo',
      '8–16 h',
      '$1,600–$3,200/mo',
      '$2,930–$4,530/mo',
      '$3,730/mo',
    ]);
  });

  it('reprices when the reader edits the table or the multiplier', () => {
    const edited = tcoView({ ...TCO_DEFAULTS, [cellKey('cassandra-self-hosted', 'opsHigh')]: 40, opsHoursMultiplier: 2 });
    // Quoted hours double: 16–80 h. RDS's own ops time doubles too: 1,542.5 + 6 × 200 = 2,742.5 → (2,742.5 − 1,330) ÷ 200 = 7.0625 h.
    expect(edited.breakEven.quoted).toEqual({ low: 16, high: 80 });
    expect(edited.breakEven.breakEvenHours).toBe(7.0625);
  });

  it('says when there is no break-even point', () => {
    expect(tcoView({ ...TCO_DEFAULTS, engineerUsdPerHour: 0 }).breakEven.sentence).toBe(
      'At $0/h, ops time costs nothing, so only the infrastructure bills differ.',
    );
    const pricey = tcoView({ ...TCO_DEFAULTS, [cellKey('cassandra-self-hosted', 'infraLow')]: 5_000, [cellKey('cassandra-self-hosted', 'infraHigh')]: 5_000 });
    expect(pricey.breakEven.breakEvenHours).toBeNull();
    expect(pricey.breakEven.sentence).toBe(
      "Cassandra self-hosted's infrastructure alone costs as much as RDS for PostgreSQL in total, so self-hosting is never cheaper here.",
    );
  });

  it('treats a crossing beyond any real ops time as none', () => {
    // (2,142.5 − 1,330) ÷ 1e-306 overflows to Infinity in the estimator; the widget must never show it.
    const free = tcoView({ ...TCO_DEFAULTS, engineerUsdPerHour: 1e-306 });
    expect(free.breakEven.breakEvenHours).toBeNull();
    expect(free.breakEven.sentence).toBe('At this rate ops time is nearly free, so Cassandra self-hosted stays cheaper than RDS for PostgreSQL at any ops time.');
  });

  it('keeps every chart point within what the estimator prices, even with absurd inputs', () => {
    const absurd = tcoChartView({ ...TCO_DEFAULTS, engineerUsdPerHour: 0.01, opsHoursMultiplier: 100 });
    expect(absurd.breakEven.maxHours).toBeLessThanOrEqual(100_000);
    expect(absurd.breakEven.points.every((point) => Number.isFinite(point.selfHosted))).toBe(true);
  });
});

describe('the TCO form', () => {
  it('marks both ends of a range whose low end is above its high end', () => {
    const state = editField(TCO_FORM, initFormState(TCO_FORM, TCO_DEFAULTS), cellKey('neon-scale', 'infraLow'), '9000');
    expect(state.errors).toEqual({
      'neon-scale.infraLow': 'The low end must not be above the high end.',
      'neon-scale.infraHigh': 'The high end must not be below the low end.',
    });
    expect(state.valid).toBe(TCO_DEFAULTS);
  });

  it('shortens option names for charts and rounds axis ends', () => {
    expect(shortName({ name: 'RDS PostgreSQL (db.r6g.2xlarge)' })).toBe('RDS PostgreSQL');
    expect([0, 7, 37, 100, 101].map(niceCeiling)).toEqual([1, 10, 50, 100, 200]);
  });
});
