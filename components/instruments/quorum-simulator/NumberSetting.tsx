'use client';

import { useState } from 'react';

/**
 * A whole-number field that changes the simulator only when its text is a valid value. While it is not, the
 * field is marked invalid and `problem` explains why beside it; the simulator keeps the last good value, so it
 * never sees a blank or NaN. Arrow keys step it (it is a number input).
 */
export function NumberSetting({
  id,
  label,
  value,
  min,
  max,
  problem,
  onCommit,
}: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  /** The sentence for a value that is not allowed (not a whole number, or outside min…max). */
  problem: string;
  onCommit: (value: number) => void;
}) {
  const [text, setText] = useState(String(value));
  const [seen, setSeen] = useState(value);
  // A change from elsewhere (Back, a preset, N lowering R) replaces what was typed.
  if (seen !== value) {
    setSeen(value);
    setText(String(value));
  }
  const trimmed = text.trim();
  const valid = /^\d{1,2}$/.test(trimmed) && Number(trimmed) >= min && Number(trimmed) <= max;
  const errorId = `${id}-error`;
  return (
    <div className="viz-field viz-qs-number">
      <label htmlFor={id} className="viz-label-small">
        {label}
      </label>
      <input
        id={id}
        type="number"
        className="widget-input viz-qs-number-input"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={text}
        aria-invalid={valid ? undefined : true}
        aria-describedby={valid ? undefined : errorId}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          const t = next.trim();
          if (/^\d{1,2}$/.test(t) && Number(t) >= min && Number(t) <= max && Number(t) !== value) onCommit(Number(t));
        }}
      />
      {!valid && (
        <p id={errorId} className="widget-error viz-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
