'use client';

import dynamic from 'next/dynamic';
import { memo, useId, useMemo } from 'react';
import { POOL_SIZE_ASSUMPTION, POSTGRES_CONNECTION_MEMORY_ASSUMPTION as MEMORY, POSTGRES_MB_PER_CONNECTION_RANGE, type PoolMode } from '@/lib/estimator';
import { formatBytes } from '@/lib/units';
import { formatPlainNumber } from '@/lib/instruments/form/fields';
import {
  CONNECTION_POOL_DEFAULTS,
  CONNECTION_POOL_FIELDS,
  CONNECTION_POOL_FORM,
  POOL_MODE_FIELD,
  connectionPoolView,
  type ConnectionPoolView,
} from '@/lib/instruments/connection-pool/model';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { CalculatorShell, Headline, InputGroup } from '../kit/CalculatorShell';
import { ChartEmpty, ChartFigure, ChartLoading } from '../kit/ChartFigure';
import { ChoiceRadios } from '../kit/ChoiceSelect';
import { CopyMarkdownButton } from '../kit/CopyMarkdownButton';
import { FieldInputs, StaleNote } from '../kit/FieldInputs';
import { Formulas } from '../kit/Formulas';
import { ResultTableView } from '../kit/ResultTableView';
import { useAfterPaint } from '../kit/use-after-paint';
import { useCalculatorForm } from '../kit/use-calculator-form';

const ConnectionMemoryChart = dynamic(() => import('./ConnectionMemoryChart').then((m) => m.ConnectionMemoryChart), {
  ssr: false,
  loading: ChartLoading,
});

const ConnectionCharts = memo(function ConnectionCharts({ view }: { view: ConnectionPoolView }) {
  const empty = view.bars.every((bar) => bar.bytes === 0);
  return (
    <ChartFigure title="Memory held by server connections" summary={view.summary} data={view.chartTable} height={260}>
      {empty ? <ChartEmpty message="No memory is used with these values, so there is nothing to draw." /> : <ConnectionMemoryChart bars={view.bars} />}
    </ChartFigure>
  );
});

const WHAT_THE_MODE_DOES: Record<PoolMode, string> = {
  none: 'Every client connection is a server connection with its own memory, so memory grows with the number of clients.',
  session:
    'The pooler lends a server connection to a client for its whole session. The server holds at most the pool size, and clients beyond it wait until a session ends.',
  transaction:
    'The pooler lends a server connection for one transaction and takes it back at commit, so thousands of clients share a small pool. The price: session state such as SET, advisory locks and temporary tables does not carry over from one transaction to the next.',
};

const NUMBER_FIELDS = CONNECTION_POOL_FIELDS.filter((field) => field.kind === 'number');

/** Memory the database spends on connections: per-connection MB × connections, without and with a pooler. */
export function ConnectionPoolCalculator(props: EmbedProps) {
  const embed = readEmbedProps(props, []);
  const form = useCalculatorForm(CONNECTION_POOL_FORM, CONNECTION_POOL_DEFAULTS, embed.prefix);
  const id = useId();
  const view = useMemo(() => connectionPoolView(form.state.valid), [form.state.valid]);
  const chart = useAfterPaint(view);
  const e = view.estimate;
  const { low, high } = POSTGRES_MB_PER_CONNECTION_RANGE;

  return (
    <CalculatorShell
      label="Connection pool calculator"
      notice={form.notice}
      authorNotice={embed.problem}
      inputs={
        <div className="space-y-4">
          <InputGroup legend="Connections">
            <FieldInputs idPrefix={id} fields={NUMBER_FIELDS} form={form} />
          </InputGroup>
          <ChoiceRadios name={`${id}-mode`} field={POOL_MODE_FIELD} value={form.state.texts.poolMode ?? 'none'} onChoose={form.choose} />
          <p className="text-sm text-[var(--fg-muted)]">
            <span className="font-medium">Planning assumption:</span> {MEMORY.statement.toLowerCase()}, within about{' '}
            {formatPlainNumber(low)}–{formatPlainNumber(high)} MB. {MEMORY.reasoning}{' '}
            {(MEMORY.basis ?? []).map((ref) => (
              <a key={ref.url} href={ref.url} rel="noreferrer" className="text-link">
                {ref.title}
              </a>
            ))}
            .
          </p>
          <p className="text-sm text-[var(--fg-muted)]">
            The pool size of 50 is the calculator&apos;s example (an assumption). {POOL_SIZE_ASSUMPTION.reasoning} The pool size
            is ignored without a pooler.
          </p>
          <button type="button" className="widget-button" onClick={() => form.load(CONNECTION_POOL_DEFAULTS)}>
            Reset to the defaults
          </button>
        </div>
      }
    >
      <StaleNote errors={form.state.errors} />
      <div className="grid gap-3 @lg:grid-cols-2">
        <Headline label="Without a pooler" value={formatBytes(e.bytesWithoutPooler, 'decimal')} detail={`${formatBytes(e.bytesWithoutPooler, 'binary')}, ${formatPlainNumber(e.serverConnectionsWithoutPooler)} server connections`} />
        <Headline
          label={view.mode === 'none' ? 'With no pooler chosen' : `With a pooler in ${view.mode} mode`}
          value={formatBytes(e.bytesWithPooler, 'decimal')}
          detail={`${formatBytes(e.bytesWithPooler, 'binary')}, ${formatPlainNumber(e.serverConnectionsWithPooler)} server connections`}
        />
      </div>
      <p className="text-sm">{WHAT_THE_MODE_DOES[view.mode]}</p>
      {view.mode === 'session' && e.clientsWaitingForSession > 0 && (
        <p className="text-sm">With every client connected at once, {formatPlainNumber(e.clientsWaitingForSession)} of them wait for a free server connection.</p>
      )}
      <Formulas lines={view.formulas} />
      <div>
        <ResultTableView table={view.table} />
        <CopyMarkdownButton table={view.table} />
      </div>
      <ConnectionCharts view={chart} />
    </CalculatorShell>
  );
}
