/**
 * Limits of the replication timeline and the check every scenario passes before the model runs. A scenario
 * from a form or a link is untrusted: each problem comes back as a sentence naming the setting, and the model
 * only ever sees clean values.
 */
import { COMMIT_MODES, KEYS, ROUTINGS, SESSIONS, type ClientAction, type ReplicationScenario } from './types';

/** Replicas behind the primary. */
export const REPLICA_COUNT = { min: 1, max: 3 } as const;
/** A replica's lag in ms. Normal load is commonly 10–200 ms behind (the lesson); bursts push it to seconds. */
export const LAG_RANGE = { min: 0, max: 2000 } as const;
/** One-way network delay in ms: well under 1 ms inside a data centre, tens of ms between regions. */
export const NETWORK_RANGE = { min: 1, max: 150 } as const;
/** When actions and the crash may happen, in ms from the start. */
export const TIME_RANGE = { min: 0, max: 5000 } as const;
/** Values a write may set. Every key starts at 0. */
export const VALUE_RANGE = { min: 0, max: 999 } as const;
/** Most client actions in one scenario, so a timeline stays readable and a link short. */
export const MAX_ACTIONS = 24;

/** One thing wrong with a scenario: `field` says which input (`lags.1`, `actions.3`, `crashAt`…). */
export interface ScenarioProblem {
  field: string;
  message: string;
}

const whole = (n: unknown, min: number, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;

/** The problem with one action, or null. */
export function checkAction(action: ClientAction): string | null {
  if (!whole(action.at, TIME_RANGE.min, TIME_RANGE.max)) return `The time must be a whole number of milliseconds from ${TIME_RANGE.min} to ${TIME_RANGE.max}.`;
  if (!(SESSIONS as readonly string[]).includes(action.session)) return 'The session must be yours or another user’s.';
  if (!(KEYS as readonly string[]).includes(action.key)) return `The key must be one of ${KEYS.join(', ')}.`;
  if (action.kind === 'write' && !whole(action.value, VALUE_RANGE.min, VALUE_RANGE.max)) return `A written value must be a whole number from ${VALUE_RANGE.min} to ${VALUE_RANGE.max}.`;
  if (action.kind !== 'write' && action.kind !== 'read') return 'An action is a write or a read.';
  return null;
}

/** Every problem with `scenario`; an empty list means the model may run it. */
export function checkScenario(scenario: ReplicationScenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const { lags, networkMs, routing, commit, crashAt, actions } = scenario;
  if (!Array.isArray(lags) || lags.length < REPLICA_COUNT.min || lags.length > REPLICA_COUNT.max) {
    problems.push({ field: 'lags', message: `Give ${REPLICA_COUNT.min} to ${REPLICA_COUNT.max} replicas.` });
  } else {
    lags.forEach((lag, i) => {
      if (!whole(lag, LAG_RANGE.min, LAG_RANGE.max)) problems.push({ field: `lags.${i}`, message: `Replica ${i + 1}’s lag must be a whole number of milliseconds from ${LAG_RANGE.min} to ${LAG_RANGE.max}.` });
    });
  }
  if (!whole(networkMs, NETWORK_RANGE.min, NETWORK_RANGE.max)) problems.push({ field: 'networkMs', message: `The network delay must be a whole number of milliseconds from ${NETWORK_RANGE.min} to ${NETWORK_RANGE.max}.` });
  if (!(ROUTINGS as readonly string[]).includes(routing)) problems.push({ field: 'routing', message: `Read routing must be one of ${ROUTINGS.join(', ')}.` });
  if (!(COMMIT_MODES as readonly string[]).includes(commit)) problems.push({ field: 'commit', message: 'The commit mode must be async or sync.' });
  if (crashAt !== null && !whole(crashAt, TIME_RANGE.min, TIME_RANGE.max)) problems.push({ field: 'crashAt', message: `The crash time must be a whole number of milliseconds from ${TIME_RANGE.min} to ${TIME_RANGE.max}.` });
  if (!Array.isArray(actions) || actions.length > MAX_ACTIONS) {
    problems.push({ field: 'actions', message: `A timeline holds at most ${MAX_ACTIONS} reads and writes.` });
  } else {
    actions.forEach((action, i) => {
      const problem = checkAction(action);
      if (problem) problems.push({ field: `actions.${i}`, message: `Action ${i + 1}: ${problem}` });
    });
  }
  return problems;
}
