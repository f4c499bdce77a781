'use client';

import dynamic from 'next/dynamic';
import { memo, useId, useMemo } from 'react';
import {
  ENGINEER_RATE_ASSUMPTION,
  MANAGED_VS_SELF_HOSTED_OPTIONS,
  TCO_PRICES_AS_OF,
  isSource,
  type Citation,
  type PlanningAssumption,
} from '@/lib/estimator';
import { formatUsd, usdPerMonth } from '@/lib/units';
import { formatPlainNumber } from '@/lib/instruments/form/fields';
import { TCO_DEFAULTS, TCO_FORM, TCO_SETTING_FIELDS, optionFields, tcoChartView, tcoView, type TcoChartView } from '@/lib/instruments/tco/model';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { CalculatorShell, Headline, InputGroup } from '../kit/CalculatorShell';
import { ChartFigure, ChartLoading } from '../kit/ChartFigure';
import { CopyMarkdownButton } from '../kit/CopyMarkdownButton';
import { FieldInputs, StaleNote } from '../kit/FieldInputs';
import { ResultTableView } from '../kit/ResultTableView';
import { useAfterPaint } from '../kit/use-after-paint';
import { useCalculatorForm } from '../kit/use-calculator-form';

const TcoComparisonChart = dynamic(() => import('./TcoCharts').then((m) => m.TcoComparisonChart), {
  ssr: false,
  loading: ChartLoading,
});
const BreakEvenChart = dynamic(() => import('./TcoCharts').then((m) => m.BreakEvenChart), {
  ssr: false,
  loading: ChartLoading,
});

const TcoCharts = memo(function TcoCharts({ view }: { view: TcoChartView }) {
  return (
    <>
      <ChartFigure title="Monthly cost, infrastructure and ops time stacked" summary={view.summary} data={view.barsTable} height={80 + view.bars.length * 40}>
        <TcoComparisonChart bars={view.bars} />
      </ChartFigure>
      <ChartFigure title="Where self-hosting stops being cheaper" summary={view.breakEven.summary} data={view.breakEven.table} height={300}>
        <BreakEvenChart view={view.breakEven} />
      </ChartFigure>
    </>
  );
});

/** A planning assumption as readers see it: labelled, with its range and reasoning. */
function AssumptionNote({ assumption }: { assumption: PlanningAssumption }) {
  const range = assumption.range;
  return (
    <p className="mt-1 text-xs text-[var(--fg-muted)]">
      <span className="font-medium">Planning assumption:</span> {assumption.statement}
      {range && ` (range ${formatPlainNumber(range.low)}–${formatPlainNumber(range.high)} ${range.unit})`}. {assumption.reasoning}
    </p>
  );
}

/** An option's pricing pages as links, then its labelled assumptions. */
function OptionSources({ sources }: { sources: readonly Citation[] }) {
  const links = sources.filter(isSource);
  const assumptions = sources.filter((citation): citation is PlanningAssumption => !isSource(citation));
  return (
    <div className="mt-2">
      {links.length > 0 && (
        <p className="text-xs">
          Sources:{' '}
          {links.map((ref, index) => (
            <span key={ref.url}>
              {index > 0 && '; '}
              <a href={ref.url} rel="noreferrer" className="text-link">
                {ref.title}
              </a>
              {ref.publisher && ` (${ref.publisher})`}
            </span>
          ))}
          .
        </p>
      )}
      {assumptions.map((assumption) => (
        <AssumptionNote key={assumption.statement} assumption={assumption} />
      ))}
    </div>
  );
}

/**
 * Managed against self-hosted databases: each option's monthly bill plus the engineer time it takes, and the ops
 * hours at which a self-hosted option stops being the cheaper one. The options table is editable.
 */
export function TcoCalculator(props: EmbedProps) {
  const embed = readEmbedProps(props, []);
  const form = useCalculatorForm(TCO_FORM, TCO_DEFAULTS, embed.prefix);
  const id = useId();
  const view = useMemo(() => tcoView(form.state.valid), [form.state.valid]);
  const chartValues = useAfterPaint(form.state.valid);
  const chart = useMemo(() => tcoChartView(chartValues), [chartValues]);
  const breakEven = view.breakEven.breakEvenHours;

  return (
    <CalculatorShell
      label="Total cost of ownership calculator"
      notice={form.notice}
      authorNotice={embed.problem}
      inputs={
        <div className="space-y-4">
          <p className="text-sm">
            <span className="font-medium">Prices as of {TCO_PRICES_AS_OF}:</span> vendors&apos; US East on-demand list prices for
            1 TB, 1,000 writes/s and 10,000 reads/s in one region, over a 730-hour month.
          </p>
          <InputGroup legend="Settings">
            <FieldInputs idPrefix={id} fields={TCO_SETTING_FIELDS} form={form} />
          </InputGroup>
          <AssumptionNote assumption={ENGINEER_RATE_ASSUMPTION} />
          <button type="button" className="widget-button" onClick={() => form.load(TCO_DEFAULTS)}>
            Reset to the course&apos;s table
          </button>
        </div>
      }
      after={
        <>
        <div className="mt-6">
          <ResultTableView table={view.table} />
          <CopyMarkdownButton table={view.table} />
        </div>
        <details className="widget-formulas mt-6">
          <summary className="cursor-pointer font-semibold">Edit the options table: prices and ops hours</summary>
          <p className="mt-2 text-sm text-[var(--fg-muted)]">
            Prices are list prices as of {TCO_PRICES_AS_OF} for 1 TB, 1,000 writes/s and 10,000 reads/s in one region, each
            linked to its pricing page. No vendor publishes ops hours: every hour range is a labelled planning assumption.
            Change any of them. CockroachDB Cloud and PlanetScale are left out because they sell provisioned capacity or
            cluster sizes with no single price for this load.
          </p>
          <div className="mt-4 grid gap-4 @3xl:grid-cols-2">
            {MANAGED_VS_SELF_HOSTED_OPTIONS.map((option) => (
              <fieldset key={option.id} className="widget-fieldset">
                <legend className="px-1 text-sm font-semibold">
                  {option.name} <span className="font-normal text-[var(--fg-muted)]">({option.managed ? 'managed' : 'self-hosted'})</span>
                </legend>
                <div className="grid gap-3 @md:grid-cols-2">
                  <FieldInputs idPrefix={id} fields={optionFields(option)} form={form} />
                </div>
                <p className="mt-2 text-xs">
                  {option.source}
                  {option.pricesAsOf && ` Prices as of ${option.pricesAsOf}.`}
                </p>
                {option.sources && <OptionSources sources={option.sources} />}
              </fieldset>
            ))}
          </div>
        </details>
        </>
      }
    >
      <StaleNote errors={form.state.errors} />
      <div className="grid gap-3 @lg:grid-cols-2">
        <Headline
          label="Cheapest at the chosen end of the ranges"
          value={view.cheapest?.name ?? 'None'}
          detail={view.cheapest ? formatUsd(usdPerMonth(view.cheapest.total)) : undefined}
        />
        <Headline
          label={`Break-even ops time for ${view.breakEven.selfHostedName}`}
          value={breakEven === null ? 'None' : `${formatPlainNumber(Math.round(breakEven * 10) / 10)} h a month`}
          detail={`Against ${view.breakEven.managedName}`}
        />
      </div>
      <p className="text-sm">{view.breakEven.sentence}</p>
      <TcoCharts view={chart} />
    </CalculatorShell>
  );
}
