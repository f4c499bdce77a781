/** Wording shared by the checker's explanations and the widget. */
import type { Blocker, Operation } from './types';

/** "write x = 5" or "read x → 5". */
export function operationText(op: Operation): string {
  return op.kind === 'write' ? `write x = ${op.value}` : `read x → ${op.value}`;
}

/** "operation 3 (client 2: read x → 5, 10–20)": names one operation fully. */
export function operationName(history: readonly Operation[], index: number): string {
  const op = history[index];
  if (!op) return `operation ${index + 1}`;
  return `operation ${index + 1} (client ${op.client}: ${operationText(op)}, ${op.invoke}–${op.response})`;
}

/** Short label drawn on the timeline: "w 5", "r 5". */
export function operationLabel(op: Operation): string {
  return op.kind === 'write' ? `w ${op.value}` : `r → ${op.value}`;
}

/** Why an operation could not come next, as a sentence. */
export function blockerText(history: readonly Operation[], blocker: Blocker, model: 'linearizable' | 'sequential'): string {
  const name = operationName(history, blocker.op);
  const capital = `${name[0]?.toUpperCase()}${name.slice(1)}`;
  if (blocker.reason === 'stale-read') return `${capital} returned ${history[blocker.op]?.value}, but x holds ${blocker.detail} at this point.`;
  const first = operationName(history, blocker.detail);
  return model === 'linearizable'
    ? `${capital} must wait: ${first} responded before it was invoked, and has not been placed.`
    : `${capital} must wait: ${first} comes first in client ${history[blocker.op]?.client}’s own order, and has not been placed.`;
}
