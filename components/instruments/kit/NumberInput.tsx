'use client';

import { memo, useEffect, useLayoutEffect, useRef } from 'react';
import { describeRange, type NumberField } from '@/lib/instruments/form/fields';
import { afterNextPaint } from './after-next-paint';

/**
 * How long after a keystroke's frame is painted the field hands its text to the form. The screen shows a frame up
 * to a frame later than the page paints it (the compositor still rasterises and draws it), and on a small machine
 * the form's work started at once competes with that: measured with `npm run bench:widgets` on 2 cores, handing
 * over at once left 4–19 of 50 keystrokes per calculator at 16 ms or more to the screen, after 30 ms 0–4 of 50. The
 * numbers then follow about 45 ms after the key instead of 20 ms: still within the frame or two a reader sees as
 * instant.
 */
const HAND_OVER_AFTER_MS = 30;

/**
 * A labelled number field with its unit, its allowed range, and the message for a bad value beside it. Memoised:
 * typing into one field of a form re-renders that field only (the form's callbacks are stable).
 *
 * A keystroke costs React nothing: the field is uncontrolled, so the browser shows the key as it would in a plain
 * input, and the form hears of it (`onEdit`: validation, results, charts) in a task a little after that frame is
 * painted (HAND_OVER_AFTER_MS), so a keystroke's paint never waits for the widget's results. Keys typed before that
 * task runs replace its text; leaving the field hands the latest text over at once. When the form's text changes for
 * another reason (a preset, a reset, Back), the field shows it and a keystroke still waiting is dropped: the reader's
 * later action wins.
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
  // The text last handed over, until the form's text comes back as it; and the form's text the field last followed.
  const handedOver = useRef<string | null>(null);
  const followed = useRef(text);

  function handOver() {
    const edit = pending.current;
    if (!edit) return;
    pending.current = null;
    edit.cancel();
    handedOver.current = edit.text;
    onEdit(field.key, edit.text);
  }

  // Text typed before the page became interactive is in the field but not in the form: hand it over once, now.
  useLayoutEffect(() => {
    const element = input.current;
    if (!element || element.value === followed.current) return;
    handedOver.current = element.value;
    onEdit(field.key, element.value);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, at mount: only what was typed before hydration
  }, []);

  useLayoutEffect(() => {
    if (text === followed.current) return;
    followed.current = text;
    if (text === handedOver.current) {
      // The form took the field's own text: the field already shows it, or a newer keystroke.
      handedOver.current = null;
      return;
    }
    handedOver.current = null;
    pending.current?.cancel();
    pending.current = null;
    const element = input.current;
    if (element && element.value !== text) element.value = text;
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
          pending.current = { text: event.target.value, cancel: afterNextPaint(handOver, HAND_OVER_AFTER_MS) };
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
