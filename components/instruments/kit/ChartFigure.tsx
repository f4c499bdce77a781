import type { ReactNode } from 'react';
import type { ResultTable } from '@/lib/instruments/form/markdown';
import { WhenNear } from '@/components/ui/WhenNear';
import { ResultTableView } from './ResultTableView';

/**
 * A chart with its text alternatives: a title, a one-sentence summary that says what the chart shows, and its
 * data as a table behind a disclosure. The drawing itself is hidden from assistive technology. The chart (and the
 * charting library behind it) is rendered only when the figure comes near the viewport; until then its box keeps
 * the chart's height, so nothing moves when it arrives.
 */
export function ChartFigure({
  title,
  summary,
  data,
  height,
  children,
}: {
  title: string;
  summary: string;
  data: ResultTable;
  height: number;
  children: ReactNode;
}) {
  return (
    <figure className="widget-figure">
      <figcaption className="text-sm font-semibold">{title}</figcaption>
      <div aria-hidden="true" className="mt-2 w-full min-w-0" style={{ height }}>
        <WhenNear fallback={<ChartLoading />}>{children}</WhenNear>
      </div>
      <p className="mt-2 text-sm text-[var(--fg-muted)]">{summary}</p>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium">Chart data as a table</summary>
        <ResultTableView table={data} />
      </details>
    </figure>
  );
}

/** What stands in the chart's place while its code loads (same height, so nothing moves). */
export function ChartLoading() {
  return <div className="grid h-full place-items-center text-sm text-[var(--fg-muted)]">Loading the chart…</div>;
}

/** What stands in the chart's place when every value is zero, instead of an empty frame. */
export function ChartEmpty({ message }: { message: string }) {
  return (
    <div className="grid h-full place-items-center rounded-lg border border-dashed border-[var(--border)] p-4 text-center text-sm text-[var(--fg-muted)]">
      {message}
    </div>
  );
}
