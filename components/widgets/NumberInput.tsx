import { memo } from 'react';
import { describeRange, type NumberField } from '@/lib/widgets/fields';

/**
 * A labelled number field with its unit, its allowed range, and the message for a bad value beside it. Memoised:
 * typing into one field of a form re-renders that field only (the form's callbacks are stable).
 */
export const NumberInput = memo(function NumberInput({
  id,
  field,
  text,
  error,
  onEdit,
  onCommit,
}: {
  id: string;
  field: NumberField;
  text: string;
  error: string | undefined;
  onEdit: (key: string, text: string) => void;
  onCommit: () => void;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className="block text-sm font-medium">
        {field.label} <span className="font-normal text-[var(--fg-muted)]">({field.unit})</span>
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => onEdit(field.key, event.target.value)}
        onBlur={onCommit}
        className="widget-input mt-1"
      />
      {error && (
        <p id={errorId} className="widget-error mt-1 text-sm">
          {error}
        </p>
      )}
      <p id={hintId} className="mt-1 text-xs text-[var(--fg-muted)]">
        {describeRange(field)}
      </p>
    </div>
  );
});
