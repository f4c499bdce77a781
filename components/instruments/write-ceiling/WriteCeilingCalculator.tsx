'use client';

import dynamic from 'next/dynamic';
import { memo, useId, useMemo } from 'react';
import { ESTIMATOR_PRESETS, SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION as CEILING } from '@/lib/estimator';
import { formatPlainNumber } from '@/lib/instruments/form/fields';
import { formatPercent } from '@/lib/instruments/form/format';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { matchPreset } from '@/lib/instruments/form/form-state';
import { WRITE_CEILING_FIELDS, WRITE_CEILING_FORM, WRITE_CEILING_FORM_DEFAULTS, WRITE_CEILING_PRESETS, writeCeilingView, type WriteCeilingView } from '@/lib/instruments/write-ceiling/model';
import { CalculatorShell, Headline, InputGroup } from '../kit/CalculatorShell';
import { ChartFigure, ChartLoading } from '../kit/ChartFigure';
import { CopyMarkdownButton } from '../kit/CopyMarkdownButton';
import { FieldInputs, StaleNote } from '../kit/FieldInputs';
import { PresetPicker } from '../kit/PresetPicker';
import { ResultTableView } from '../kit/ResultTableView';
import { useAfterPaint } from '../kit/use-after-paint';
import { useCalculatorForm } from '../kit/use-calculator-form';

const WriteCeilingChart = dynamic(() => import('./WriteCeilingChart').then((m) => m.WriteCeilingChart), {
  ssr: false,
  loading: ChartLoading,
});

const WriteCeilingCharts = memo(function WriteCeilingCharts({ view }: { view: WriteCeilingView }) {
  return (
    <ChartFigure title="Peak writes as they grow" summary={view.summary} data={view.projectionTable} height={300}>
      <WriteCeilingChart view={view} />
    </ChartFigure>
  );
});

/** How close a peak write rate is to a store's ceiling, and months of compound growth until it gets there. */
export function WriteCeilingCalculator(props: EmbedProps) {
  const embed = readEmbedProps(props, WRITE_CEILING_PRESETS);
  const form = useCalculatorForm(WRITE_CEILING_FORM, embed.preset?.values ?? WRITE_CEILING_FORM_DEFAULTS, embed.prefix);
  const id = useId();
  const view = useMemo(() => writeCeilingView(form.state.valid), [form.state.valid]);
  const chart = useAfterPaint(view);
  const matched = matchPreset(WRITE_CEILING_FORM, form.state.valid, WRITE_CEILING_PRESETS);
  const c = view.check;

  return (
    <CalculatorShell
      label="Write ceiling calculator"
      notice={form.notice}
      authorNotice={embed.problem}
      inputs={
        <div className="space-y-4">
          <PresetPicker id={`${id}-preset`} presets={WRITE_CEILING_PRESETS} matched={matched} sources={ESTIMATOR_PRESETS} onLoad={form.load} />
          <InputGroup legend="Load and ceiling">
            <FieldInputs idPrefix={id} fields={WRITE_CEILING_FIELDS} form={form} />
          </InputGroup>
          <p className="text-sm text-[var(--fg-muted)]">{view.rangeNote}</p>
          <details className="text-sm">
            <summary className="cursor-pointer text-[var(--fg-muted)]">Where the 10,000 writes/s default comes from</summary>
            <p className="mt-2">
              <span className="font-medium">Planning assumption, not a measurement:</span> {CEILING.statement.toLowerCase()}, within a range
              of about {formatPlainNumber(CEILING.range?.low ?? 0)} to {formatPlainNumber(CEILING.range?.high ?? 0)} writes/s.{' '}
              {CEILING.reasoning}
            </p>
            <p className="mt-2 text-xs">
              Sources:{' '}
              {(CEILING.basis ?? []).map((ref, index) => (
                <span key={ref.url}>
                  {index > 0 && '; '}
                  <a href={ref.url} rel="noreferrer" className="text-link">
                    {ref.title}
                  </a>
                </span>
              ))}
              .
            </p>
          </details>
        </div>
      }
    >
      <StaleNote errors={form.state.errors} />
      <div className="grid gap-3 @lg:grid-cols-2">
        <Headline label="Utilisation" value={formatPercent(c.utilisation)} detail={`Headroom: ${view.headroom}`} />
        <Headline label="Until the ceiling" value={view.until.value} detail={view.until.detail ?? undefined} />
      </div>
      <p className="text-sm">{view.verdict}</p>
      <div>
        <ResultTableView table={view.table} />
        <CopyMarkdownButton table={view.table} />
      </div>
      <WriteCeilingCharts view={chart} />
    </CalculatorShell>
  );
}
