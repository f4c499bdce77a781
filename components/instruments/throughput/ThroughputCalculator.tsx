'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { memo, useId, useMemo } from 'react';
import { ESTIMATOR_PRESETS } from '@/lib/estimator';
import { formatRate } from '@/lib/units';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { matchPreset } from '@/lib/instruments/form/form-state';
import { THROUGHPUT_FIELDS, THROUGHPUT_FORM, THROUGHPUT_FORM_DEFAULTS, THROUGHPUT_PRESETS, throughputView, type ThroughputView } from '@/lib/instruments/throughput/model';
import { instrumentHref } from '@/lib/instruments/registry';
import { CalculatorShell, Headline, InputGroup } from '../kit/CalculatorShell';
import { ChartEmpty, ChartFigure, ChartLoading } from '../kit/ChartFigure';
import { CopyMarkdownButton } from '../kit/CopyMarkdownButton';
import { FieldInputs, StaleNote } from '../kit/FieldInputs';
import { Formulas } from '../kit/Formulas';
import { PresetPicker } from '../kit/PresetPicker';
import { ResultTableView } from '../kit/ResultTableView';
import { useAfterPaint } from '../kit/use-after-paint';
import { useCalculatorForm } from '../kit/use-calculator-form';

const ThroughputChart = dynamic(() => import('./ThroughputChart').then((m) => m.ThroughputChart), {
  ssr: false,
  loading: ChartLoading,
});

const ThroughputCharts = memo(function ThroughputCharts({ view }: { view: ThroughputView }) {
  const empty = view.bars.every((bar) => bar.peak === 0);
  return (
    <ChartFigure title="Operations per second" summary={view.summary} data={view.chartTable} height={260}>
      {empty ? <ChartEmpty message="No reads and no writes, so there is nothing to draw." /> : <ThroughputChart bars={view.bars} />}
    </ChartFigure>
  );
});

/** Reads and writes per second, average and peak, from daily active users; `preset` picks the starting example. */
export function ThroughputCalculator(props: EmbedProps) {
  const embed = readEmbedProps(props, THROUGHPUT_PRESETS);
  const form = useCalculatorForm(THROUGHPUT_FORM, embed.preset?.values ?? THROUGHPUT_FORM_DEFAULTS, embed.prefix);
  const id = useId();
  const view = useMemo(() => throughputView(form.state.valid), [form.state.valid]);
  const chart = useAfterPaint(view);
  const matched = matchPreset(THROUGHPUT_FORM, form.state.valid, THROUGHPUT_PRESETS);
  const e = view.estimate;

  return (
    <CalculatorShell
      label="Throughput calculator"
      notice={form.notice}
      authorNotice={embed.problem}
      inputs={
        <div className="space-y-4">
          <PresetPicker id={`${id}-preset`} presets={THROUGHPUT_PRESETS} matched={matched} sources={ESTIMATOR_PRESETS} onLoad={form.load} />
          <InputGroup legend="Users and what they do">
            <FieldInputs idPrefix={id} fields={THROUGHPUT_FIELDS} form={form} />
          </InputGroup>
        </div>
      }
    >
      <StaleNote errors={form.state.errors} />
      <div className="grid gap-3 @lg:grid-cols-2">
        <Headline label="Peak writes" value={formatRate(e.peakWritesPerSecond, { noun: 'writes' })} detail={`${formatRate(e.writesPerSecond, { noun: 'writes' })} on average`} />
        <Headline label="Peak reads" value={formatRate(e.peakReadsPerSecond, { noun: 'reads' })} detail={`${formatRate(e.readsPerSecond, { noun: 'reads' })} on average`} />
      </div>
      <p className="text-sm">
        {view.ceilingNote}{' '}
        <Link href={instrumentHref('write-ceiling')} className="text-link">
          Check it against a write ceiling
        </Link>
        .
      </p>
      <Formulas lines={view.formulas} />
      <div className="widget-formulas">
        <p className="text-sm font-semibold">{e.profile.label}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {e.profile.hints.map((hint) => (
            <li key={hint}>{hint}</li>
          ))}
        </ul>
      </div>
      <div>
        <ResultTableView table={view.table} />
        <CopyMarkdownButton table={view.table} />
      </div>
      <ThroughputCharts view={chart} />
    </CalculatorShell>
  );
}
