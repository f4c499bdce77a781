import { describe, expect, it } from 'vitest';
import { heightChart, heightSteps, maxHeight, minHeight, orderCapacity, pageCapacity, pageFanOut } from './height';

describe('page fan-out', () => {
  it('matches the storage-engines lesson: about 400 bigint keys, about 290 uuids, about 185 emails per 8 kB page', () => {
    const table: Array<[number, number]> = [
      [8, 407], // 8,152 ÷ 20
      [16, 291], // 8,152 ÷ 28
      [32, 185], // 8,152 ÷ 44
    ];
    for (const [keyBytes, expected] of table) expect(pageFanOut(keyBytes)).toBe(expected);
  });
});

describe('tree height', () => {
  it('is the lesson’s ⌈log_f N⌉ for full pages: a billion rows at fan-out 400 need 4 levels, 64 million need 3', () => {
    const page = pageCapacity(400);
    expect(minHeight(1e9, page)).toBe(4);
    expect(minHeight(64e6, page)).toBe(3);
    expect(minHeight(64e6 + 1, page)).toBe(4);
    expect(minHeight(400, page)).toBe(1);
    expect(minHeight(401, page)).toBe(2);
    // The lesson's emails: fan-out 185, 100 million rows → 4 levels (not the seed's 5).
    expect(minHeight(1e8, pageCapacity(185))).toBe(4);
    // Even at an effective fan-out of 250, a billion rows stay at 4 levels.
    expect(minHeight(1e9, pageCapacity(250))).toBe(4);
  });

  it('bounds the height of half-full trees', () => {
    // Fan-out 3: leaves of 1–2 keys, internal nodes of 2–3 children, the root at least 2.
    const small = orderCapacity(3);
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => minHeight(n, small))).toEqual([1, 1, 2, 2, 2, 2, 3, 3]);
    // Height 3 needs 2 × 2 × 1 = 4 keys at least; height 4 needs 8.
    expect([1, 2, 3, 4, 7, 8].map((n) => maxHeight(n, small))).toEqual([1, 1, 2, 3, 3, 4]);
    for (let n = 1; n < 5_000; n += 7) expect(maxHeight(n, small)).toBeGreaterThanOrEqual(minHeight(n, small));
  });

  it('lists exactly the row counts where the height steps up', () => {
    const page = pageCapacity(10);
    const points = heightSteps((n) => minHeight(n, page), 1e4);
    expect(points).toEqual([
      { rows: 1, height: 1 },
      { rows: 11, height: 2 },
      { rows: 101, height: 3 },
      { rows: 1001, height: 4 },
      { rows: 1e4, height: 4 },
    ]);
  });

  it('builds the chart model with a summary consistent with the lesson', () => {
    const chart = heightChart(5, 'bigint');
    expect(chart.pageFanOut).toBe(407);
    expect(chart.series.map((s) => s.id)).toEqual(['order-full', 'order-half', 'page-full', 'page-half']);
    expect(chart.summary).toContain('a billion rows need 4 levels with full pages');
    expect(chart.table.find((row) => row.rows === 1e9)?.values[2]).toBe(4);
    for (const s of chart.series) {
      for (let i = 1; i < s.points.length; i++) expect(s.points[i]!.height).toBeGreaterThanOrEqual(s.points[i - 1]!.height);
    }
  });
});
