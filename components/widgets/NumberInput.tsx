'use client';

import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { describeRange, type NumberField } from '@/lib/widgets/fields';
import { afterNextPaint } from './after-next-paint';

/**
 * A labelled number field with its unit, its allowed range, and the message for a bad value beside it. Memoised:
 * typing into one field of a form re-renders that field only (the form's callbacks are stable).
 *
 * A keystroke costs React nothing: the field is uncontrolled, so the browser shows the key as it would in a plain
 * input, and the form hears of it (`onEdit`: validation, results, charts) in a task after that frame is painted, so
 * a keystroke's paint never waits for the widget's results. Keys typed before that task runs replace its text;
 * leaving the field hands the latest text over at once. When the form's text changes for another reason (a preset,
 * a reset, Back) and no keystroke is waiting, the field is set to it.
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
  const input = useRef<HTMLInputElement>(null);
  // A keystroke the form has not heard of yet: its text, and how to cancel the task that will hand it over.
  const pending = useRef<{ text: string; cancel: () => void } | null>(null);

  function handOver() {
    const edit = pending.current;
    if (!edit) return;
    pending.current = null;
    edit.cancel();
    onEdit(field.key, edit.text);
  }

  // The form's text wins unless a keystroke is waiting to be handed over (that keystroke is the newer change, and
  // the form will have it a frame from now). The form's echo of a handed-over text is already in the field.
  useLayoutEffect(() => {
    const element = input.current;
    if (element && !pending.current && element.value !== text) element.value = text;
  }, [text]);

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
        ref={input}
        defaultValue={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => {
          pending.current?.cancel();
          pending.current = { text: event.target.value, cancel: afterNextPaint(handOver) };
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
