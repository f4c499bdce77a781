'use client';

import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-next-paint';

/**
 * How long charts wait after the last change. Typing repaints the input at once and the numbers a few frames later
 * (NumberInput); a chart redraw is a long task (recharts renders synchronously), so charts redraw when the reader
 * pauses, not between keys.
 */
export const CHART_SETTLE_MS = 180;

/**
 * `value`, updated only once the frame in which it changed has been painted and `settleMs` have passed without a
 * newer change, and then as a transition. Charts read it, so a keystroke's own paint never waits for them.
 */
export function useAfterPaint<T>(value: T, settleMs = CHART_SETTLE_MS): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    return afterNextPaint(() => startTransition(() => setShown(value)), settleMs);
  }, [value, shown, settleMs]);
  return shown;
}
