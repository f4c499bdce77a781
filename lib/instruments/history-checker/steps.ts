/**
 * The steps a reader walks through for one model's search: the operations of the witness placed one at a time,
 * or, when no order exists, the furthest the search got and then the point where every next operation fails.
 */
import { linearizationPoints, valuesAlong } from './check';
import { blockerText, operationName } from './text';
import type { Blocker, Model, ModelResult, Operation } from './types';
import { INITIAL_VALUE } from './validate';

/** What one step shows. */
export interface SearchStep {
  /** Operations placed so far, in order. */
  placed: number[];
  /** Where each placed operation is drawn taking effect (linearizable witness only; null otherwise). */
  points: number[] | null;
  /** The operation this step placed, if any. */
  current: number | null;
  /** x after the placed operations. */
  value: number;
  /** At the final step of a failed search: why nothing more fits. */
  blockers: Blocker[] | null;
  description: string;
}

const MODEL_NAME: Record<Model, string> = { linearizable: 'a linearization', sequential: 'a sequential order' };

/** Every step for `result`, step 0 being the empty order. */
export function searchSteps(history: readonly Operation[], model: Model, result: ModelResult): SearchStep[] {
  const order = result.holds ? result.order : result.longestPrefix;
  const values = valuesAlong(history, order);
  const allPoints = model === 'linearizable' ? linearizationPoints(history, order) : null;
  const steps: SearchStep[] = [
    {
      placed: [],
      points: allPoints ? [] : null,
      current: null,
      value: INITIAL_VALUE,
      blockers: null,
      description: `Nothing placed yet; x holds ${INITIAL_VALUE}. ${result.holds ? `The search found ${MODEL_NAME[model]}: step through it.` : `No order works; step through the furthest the search got.`}`,
    },
  ];
  order.forEach((op, k) => {
    const point = allPoints?.[k];
    const when = point === undefined ? '' : ` at time ${point}`;
    steps.push({
      placed: order.slice(0, k + 1),
      points: allPoints ? allPoints.slice(0, k + 1) : null,
      current: op,
      value: values[k] ?? INITIAL_VALUE,
      blockers: null,
      description: `${k + 1}. ${capitalise(operationName(history, op))} takes effect${when}; x is now ${values[k]}.`,
    });
  });
  if (!result.holds) {
    const value = values[values.length - 1] ?? INITIAL_VALUE;
    steps.push({
      placed: [...order],
      points: allPoints ? [...allPoints] : null,
      current: null,
      value,
      blockers: result.blockers,
      description: `Stuck with x = ${value}: ${result.blockers.map((b) => blockerText(history, b, model)).join(' ')} Every other order fails sooner or here too.`,
    });
  }
  return steps;
}

function capitalise(text: string): string {
  return `${text[0]?.toUpperCase()}${text.slice(1)}`;
}
