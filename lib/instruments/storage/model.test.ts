import { describe, expect, it } from 'vitest';
import { expectRelativelyClose } from '../../estimator/test-support';
import { STORAGE_FORM, STORAGE_FORM_DEFAULTS, STORAGE_LAYERS, STORAGE_PRESETS, storageChartView, storageView } from './model';
import { editField, initFormState } from '../form/form-state';

// Twitter-like feed example: 250 B × 200,000,000/day × 1,825 days = 9.125e13 B = 91.25 TB (÷ 2^40 = 82.99 TiB);
// × 3 = 273.75 TB; × 1.3 = 355.875 TB; blobs 2e8 × 0.2 × 2,097,152 B × 1,825 = 1.530902e17 B = 153.09 PB;
// total 3.55875e14 + 1.530902e17 = 1.534461e17 B = 153.45 PB.
describe('storageView', () => {
  const twitter = storageView(STORAGE_FORM_DEFAULTS);
  const twitterCharts = storageChartView(STORAGE_FORM_DEFAULTS);

  it('shows the arithmetic with the reader’s own numbers', () => {
    expect(twitter.formulas).toEqual([
      'Raw data: 250 B × 200,000,000 records/day × 1,825 days = 91.25 TB (82.99 TiB)',
      'Replicated: 91.25 TB × 3 copies = 273.75 TB',
      'With indexes: 273.75 TB × (1 + 30%) = 355.88 TB',
      'Blobs: 200,000,000 records/day × 20% × 2 MiB × 1,825 days = 153.09 PB',
      'Total: 153.45 PB (136.29 PiB)',
    ]);
  });

  it('adds a line for each extra layer that is switched on', () => {
    // Chat: 132 B × 864,000,000 × 365 = 4.162752e13 B = 41.63 TB; × 3 × 1.3 = 162.35 TB; compaction 100% of that;
    // one backup: 41.63 TB × 1.3 = 54.12 TB.
    const chat = storageView(STORAGE_PRESETS.find((p) => p.id === 'chat-messages')!.values);
    expect(chat.formulas).toContain('Compaction headroom: 162.35 TB × 100% = 162.35 TB');
    expect(chat.formulas).toContain('Backups: 41.63 TB × (1 + 30%) × 1 copy = 54.12 TB');
    expect(chat.formulas.some((line) => line.startsWith('Blobs'))).toBe(false);
  });

  it('labels every size in decimal and binary units', () => {
    expect(twitter.table.headers).toEqual(['Layer', 'Decimal', 'Binary']);
    expect(twitter.table.rows[0]).toEqual(['Raw data (one copy)', '91.25 TB', '82.99 TiB']);
    expect(twitter.table.rows.at(-1)).toEqual(['Total', '153.45 PB', '136.29 PiB']);
  });

  it('stacks layers that add up to the total', () => {
    const sum = STORAGE_LAYERS.reduce((total, layer) => total + twitterCharts.layers[layer.key], 0);
    expectRelativelyClose(sum, twitter.estimate.totalBytes, 1e-12);
    expectRelativelyClose(twitterCharts.layers.replication, 2 * 9.125e13, 1e-12);
  });

  it('grows in a straight line until the retention period, then stays level', () => {
    const { points, unit, retentionX } = twitterCharts.growth;
    expect(unit).toBe('years');
    expect(retentionX).toBe(5);
    expect(points).toHaveLength(41);
    expect(points[0]?.total).toBe(0);
    for (let i = 1; i < points.length; i++) expect(points[i]!.total).toBeGreaterThanOrEqual(points[i - 1]!.total);
    expect(points[32]?.day).toBe(1_825);
    expectRelativelyClose(points[32]!.total, twitter.estimate.totalBytes, 1e-12);
    expect(points[40]?.total).toBe(points[32]?.total);
    expectRelativelyClose(points[16]!.total, twitter.estimate.totalBytes / 2, 1e-12);
  });

  it('uses days or months for short retention periods', () => {
    expect(storageChartView({ ...STORAGE_FORM_DEFAULTS, retentionDays: 30 }).growth.unit).toBe('days');
    expect(storageChartView({ ...STORAGE_FORM_DEFAULTS, retentionDays: 365 }).growth.unit).toBe('months');
  });

  it('says so when nothing is kept', () => {
    const none = storageChartView({ ...STORAGE_FORM_DEFAULTS, retentionDays: 0 });
    expect(none.total).toBe(0);
    expect(none.growth.points.every((point) => point.total === 0)).toBe(true);
    expect(none.growthSummary).toBe('With a retention of 0 days nothing is kept, so storage stays at 0 B.');
  });

  it('accepts the largest values every field allows without an error (nothing overflows)', () => {
    let state = initFormState(STORAGE_FORM, STORAGE_FORM_DEFAULTS);
    for (const field of STORAGE_FORM.fields) {
      if (field.kind === 'number') state = editField(STORAGE_FORM, state, field.key, String(field.rule.max / (field.scale ?? 1)));
    }
    expect(state.errors).toEqual({});
    expect(Number.isFinite(storageView(state.valid).estimate.totalBytes)).toBe(true);
    expect(storageChartView(state.valid).growth.points.every((point) => Number.isFinite(point.total))).toBe(true);
  });
});
