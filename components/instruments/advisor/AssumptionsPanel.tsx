import { memo, useState } from 'react';
import { ASSUMPTION_FIELDS, CACHE_ENGINE_FIELD, DEFAULT_ASSUMPTION_VALUES, changedAssumptions } from '@/lib/instruments/advisor/form';
import { ASSUMPTION_INFO, CACHE_ENGINE_INFO, type NumericAssumptionKey } from '@/lib/advisor';
import { formatFieldValue, formatWithUnit, toShown, type FieldValues, type NumberField } from '@/lib/instruments/form/fields';
import { ChoiceSelect } from '@/components/instruments/kit/ChoiceSelect';
import { NumberInput } from '@/components/instruments/kit/NumberInput';
import type { CalculatorForm } from '@/components/instruments/kit/use-calculator-form';
import { CitationList } from '../kit/Citations';

function defaultText(field: NumberField): string {
  return formatWithUnit(toShown(field, Number(DEFAULT_ASSUMPTION_VALUES[field.key])), field.unit);
}

function planningRange(field: NumberField): string | null {
  const range = ASSUMPTION_INFO[field.key as NumericAssumptionKey].range;
  if (!range) return null;
  return `${formatFieldValue(field, range.low)}–${formatWithUnit(toShown(field, range.high), field.unit)}`;
}

/**
 * The thresholds behind the advice, collapsed by default. Each one shows its default, its planning range, and
 * where the default comes from: a labelled planning assumption with its reasoning, and the public pages behind it
 * as links. A change re-advises at once and goes into the link.
 */
export const AssumptionsPanel = memo(function AssumptionsPanel({
  idPrefix,
  form,
  valid,
  result,
}: {
  idPrefix: string;
  form: CalculatorForm;
  /** The assumption values in force (passed separately so the panel re-renders only when they change). */
  valid: FieldValues;
  /** The recommendation under these assumptions, echoed here so a change is visible without scrolling. */
  result: string;
}) {
  const changed = changedAssumptions(valid).length;
  // Closed by default, open when a link carries changed assumptions; after that the reader decides.
  const [userOpen, setUserOpen] = useState<boolean | null>(null);
  const open = userOpen ?? changed > 0;
  return (
    <details className="advisor-assumptions" open={open} onToggle={(event) => setUserOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-sm font-semibold">
        Assumptions{changed > 0 ? ` (${changed} changed)` : ''}
      </summary>
      <p className="mt-2 text-sm text-[var(--fg-muted)]">
        The thresholds the framework compares the workload with. None is a measurement: each is the course&apos;s planning
        assumption, with its reasoning and the range real values fall in. Change one to see how the advice depends on it.
      </p>
      <p className="advisor-echo mt-2 text-sm">
        <span className="font-medium">With these assumptions:</span> {result}
      </p>
      <div className="mt-3 grid gap-4">
        {ASSUMPTION_FIELDS.map((field) => {
          const info = ASSUMPTION_INFO[field.key as NumericAssumptionKey];
          const range = planningRange(field);
          const isChanged = valid[field.key] !== DEFAULT_ASSUMPTION_VALUES[field.key];
          return (
            <div key={field.key} className="advisor-assumption">
              <NumberInput
                id={`${idPrefix}-${field.key}`}
                field={field}
                text={form.state.texts[field.key] ?? ''}
                error={form.state.errors[field.key]}
                onEdit={form.edit}
                onCommit={form.commit}
              />
              <p className="mt-1 text-xs">
                Default {defaultText(field)}
                {range && <>; planning range {range}</>}
                {isChanged && <strong> (changed)</strong>}
              </p>
              <CitationList citations={info.citations} />
            </div>
          );
        })}
        <div className="advisor-assumption">
          <ChoiceSelect id={`${idPrefix}-cacheEngine`} field={CACHE_ENGINE_FIELD} value={form.state.texts.cacheEngine ?? ''} onChoose={form.choose} />
          <p className="mt-1 text-xs text-[var(--fg-muted)]">{CACHE_ENGINE_INFO.reasoning}</p>
          <CitationList citations={CACHE_ENGINE_INFO.citations} />
        </div>
      </div>
      <button type="button" className="widget-button mt-4" onClick={() => form.load(DEFAULT_ASSUMPTION_VALUES)} disabled={changed === 0}>
        Reset the assumptions
      </button>
    </details>
  );
});
