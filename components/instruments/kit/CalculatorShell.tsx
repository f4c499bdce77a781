import type { ReactNode } from 'react';
import { NoScriptNote } from '@/components/ui/NoScriptNote';

/**
 * The frame every calculator shares: a notice about ignored link values, the inputs, and the results beside them
 * on wide containers (container queries, so the same widget fits a tool page and a lesson column).
 */
export function CalculatorShell({
  label,
  notice,
  authorNotice,
  inputs,
  after,
  children,
}: {
  label: string;
  notice: string | null;
  authorNotice?: string | null;
  inputs: ReactNode;
  /** Full-width content below inputs and results (e.g. an editable data table). */
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="widget not-prose @container" aria-label={label}>
      <NoScriptNote what={label.toLowerCase()} />
      {authorNotice && <p className="widget-notice mb-4">{authorNotice}</p>}
      {notice && (
        <p role="status" className="widget-notice mb-4">
          {notice}
        </p>
      )}
      <div className="grid gap-6 @3xl:grid-cols-[minmax(0,19rem)_minmax(0,1fr)]">
        <div className="min-w-0">{inputs}</div>
        <div className="min-w-0 space-y-6">{children}</div>
      </div>
      {after}
    </section>
  );
}

/** The inputs of a calculator as one group, in one or two columns depending on the room. */
export function InputGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="widget-fieldset">
      <legend className="px-1 text-sm font-semibold">{legend}</legend>
      <div className="grid gap-4 @md:grid-cols-2 @3xl:grid-cols-1">{children}</div>
    </fieldset>
  );
}

/** A headline figure: a label, a large value, and a line under it (e.g. the same size in binary units). */
export function Headline({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div className="widget-headline">
      <p className="text-sm text-[var(--fg-muted)]">{label}</p>
      <p className="text-2xl font-semibold tabular-nums">{value}</p>
      {detail && <p className="text-sm text-[var(--fg-muted)] tabular-nums">{detail}</p>}
    </div>
  );
}
