'use client';

import dynamic from 'next/dynamic';
import { memo, useId, useMemo } from 'react';
import { ESTIMATOR_PRESETS } from '@/lib/estimator';
import { formatBytes } from '@/lib/units';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { matchPreset } from '@/lib/instruments/form/form-state';
import { STORAGE_FIELDS, STORAGE_FORM, STORAGE_FORM_DEFAULTS, STORAGE_PRESETS, storageChartView, storageView, type StorageChartView } from '@/lib/instruments/storage/model';
import { CalculatorShell, Headline, InputGroup } from '../kit/CalculatorShell';
import { ChartEmpty, ChartFigure, ChartLoading } from '../kit/ChartFigure';
import { CopyMarkdownButton } from '../kit/CopyMarkdownButton';
import { FieldInputs, StaleNote } from '../kit/FieldInputs';
import { Formulas } from '../kit/Formulas';
import { PresetPicker } from '../kit/PresetPicker';
import { ResultTableView } from '../kit/ResultTableView';
import { useAfterPaint } from '../kit/use-after-paint';
import { useCalculatorForm } from '../kit/use-calculator-form';

// Recharts loads only where a calculator is on the page, after the page is interactive.
const StorageBreakdownChart = dynamic(() => import('./StorageCharts').then((m) => m.StorageBreakdownChart), {
  ssr: false,
  loading: ChartLoading,
});
const StorageGrowthChart = dynamic(() => import('./StorageCharts').then((m) => m.StorageGrowthChart), {
  ssr: false,
  loading: ChartLoading,
});

const NOTHING_STORED = 'Nothing is stored with these values, so there is nothing to draw.';

// Memoised and fed values that change only after a paint: typing repaints the numbers first, the charts follow.
const StorageCharts = memo(function StorageCharts({ view }: { view: StorageChartView }) {
  const empty = view.total === 0;
  return (
    <>
      <ChartFigure title="Where the bytes go" summary={view.breakdownSummary} data={view.breakdownTable} height={150}>
        {empty ? <ChartEmpty message={NOTHING_STORED} /> : <StorageBreakdownChart layers={view.layers} />}
      </ChartFigure>
      <ChartFigure title="Growth over the retention period" summary={view.growthSummary} data={view.growthTable} height={300}>
        {empty ? <ChartEmpty message={NOTHING_STORED} /> : <StorageGrowthChart growth={view.growth} />}
      </ChartFigure>
    </>
  );
});

const CORE_FIELDS = STORAGE_FIELDS.slice(0, 5);
const EXTRA_FIELDS = STORAGE_FIELDS.slice(5);

/**
 * Storage estimate (bytes per record × records per day × retention, then replicas, indexes, extra layers and
 * blobs), with a stacked breakdown and growth over time. `preset` picks the worked example it starts from;
 * `urlKey` prefixes its URL parameters when two storage calculators share a page.
 */
export function StorageCalculator(props: EmbedProps) {
  const embed = readEmbedProps(props, STORAGE_PRESETS);
  const form = useCalculatorForm(STORAGE_FORM, embed.preset?.values ?? STORAGE_FORM_DEFAULTS, embed.prefix);
  const id = useId();
  const view = useMemo(() => storageView(form.state.valid), [form.state.valid]);
  const chartValues = useAfterPaint(form.state.valid);
  const chart = useMemo(() => storageChartView(chartValues), [chartValues]);
  const matched = matchPreset(STORAGE_FORM, form.state.valid, STORAGE_PRESETS);
  const e = view.estimate;

  return (
    <CalculatorShell
      label="Storage calculator"
      notice={form.notice}
      authorNotice={embed.problem}
      inputs={
        <div className="space-y-4">
          <PresetPicker id={`${id}-preset`} presets={STORAGE_PRESETS} matched={matched} sources={ESTIMATOR_PRESETS} onLoad={form.load} />
          <InputGroup legend="Records, replicas and indexes">
            <FieldInputs idPrefix={id} fields={CORE_FIELDS} form={form} />
          </InputGroup>
          <InputGroup legend="Blobs and extra layers">
            <FieldInputs idPrefix={id} fields={EXTRA_FIELDS} form={form} />
          </InputGroup>
        </div>
      }
    >
      <StaleNote errors={form.state.errors} />
      <div className="grid gap-3 @lg:grid-cols-2">
        <Headline label="Total storage" value={formatBytes(e.totalBytes, 'decimal')} detail={`${formatBytes(e.totalBytes, 'binary')} in binary units`} />
        <Headline
          label="On the database disks"
          value={formatBytes(e.databaseNodeBytes, 'decimal')}
          detail={`${formatBytes(e.databaseNodeBytes, 'binary')}; blobs and backups live elsewhere`}
        />
      </div>
      <Formulas lines={view.formulas} />
      <div>
        <ResultTableView table={view.table} />
        <CopyMarkdownButton table={view.table} />
      </div>
      <StorageCharts view={chart} />
    </CalculatorShell>
  );
}
