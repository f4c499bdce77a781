'use client';

import { memo, useEffect, useRef, useState } from 'react';
import { describeRange, type NumberField } from '@/lib/widgets/fields';
import { afterNextPaint } from './after-next-paint';

/**
 * A labelled number field with its unit, its allowed range, and the message for a bad value beside it. Memoised:
 * typing into one field of a form re-renders that field only (the form's callbacks are stable).
 *
 * A keystroke repaints the field first: the typed text is shown from local state at once, and the form hears of
 * it (`onEdit`: validation, results, charts) in a task after that frame is painted, so a keystroke's paint never
 * waits for the widget's results. Keys typed before that task runs replace its text; leaving the field hands the
 * latest text over at once.
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
  // Text typed since the form last heard from this field; cleared in the same update that hands it over, so the
  // field shows the form's text again (and follows presets, resets and Back) once no keystroke is waiting.
  const [draft, setDraft] = useState<string | null>(null);
  const pending = useRef<{ text: string; cancel: () => void } | null>(null);

  function handOver() {
    const edit = pending.current;
    if (!edit) return;
    pending.current = null;
    edit.cancel();
    setDraft(null);
    onEdit(field.key, edit.text);
  }

  useEffect(
    () => () => {
      pending.current?.cancel();
      pending.current = null;
    },
    [],
  );

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
        value={draft ?? text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          pending.current?.cancel();
          pending.current = { text: value, cancel: afterNextPaint(handOver) };
        }}
        onBlur={() => {
          handOver();
          onCommit();
        }}
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
