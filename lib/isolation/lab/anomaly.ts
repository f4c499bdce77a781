/**
 * When, in a traced run of a library scenario, its anomaly happened, and how to say so. The scenario's
 * own detector (scenarios.ts) is asked about each prefix of the run, so the lab can call the anomaly
 * out at the step where it becomes true rather than only at the end.
 */
import { sessionLabel, statementVerb } from './explain';
import { outcomesOf, type AnomalyKind, type ScenarioDefinition } from './scenarios';
import type { ScenarioTrace } from '../engine/trace';
import type { IsolationLevel } from '../engine/types';

/** Readers' names for each anomaly. */
export const ANOMALY_NAMES: Record<AnomalyKind, string> = {
  'dirty-read': 'Dirty read',
  'non-repeatable-read': 'Non-repeatable read',
  'phantom-read': 'Phantom read',
  'lost-update': 'Lost update',
  'write-skew': 'Write skew',
  'read-skew': 'Read skew',
  oversell: 'Oversold event',
  'duplicate-key': 'Duplicate key',
  deadlock: 'Deadlock',
  'read-only-anomaly': 'Read-only anomaly',
};

/** What each library scenario's anomaly looks like when it happens, and why it did not when it did not. */
const SCENARIO_TEXT: Record<string, { happened: string; quiet: string }> = {
  'dirty-read': {
    happened: 'B read A’s uncommitted balance.',
    quiet: 'B read 100, the committed balance: PostgreSQL never shows another transaction’s uncommitted changes, at any level.',
  },
  'non-repeatable-read': {
    happened: 'A read the same row twice in one transaction and got two different balances.',
    quiet: 'Both of A’s reads returned the same balance: they came from the same transaction snapshot.',
  },
  'phantom-read': {
    happened: 'A’s second count includes the row B inserted after the first count.',
    quiet: 'Both counts agree: the snapshot A took at its first statement does not contain B’s new row.',
  },
  'lost-update': {
    happened: 'B wrote 120 over A’s committed 110: A’s +10 is lost, and both sessions were told they succeeded.',
    quiet: 'Both increments survived.',
  },
  'lost-update-atomic': {
    happened: 'An increment was lost.',
    quiet: 'B’s UPDATE waited for A, then re-read the row and added 20 to 110: the counter ends at 130.',
  },
  'lost-update-for-update': {
    happened: 'B read a value that A was about to change.',
    quiet: 'B’s SELECT … FOR UPDATE waited for A’s lock and then returned 110, A’s committed value.',
  },
  'write-skew': {
    happened: 'Both doctors went off call: each checked that two were on call, each changed a different row, and nobody is left.',
    quiet: 'At least one doctor is still on call.',
  },
  'read-skew': {
    happened: 'A read account 1 before the transfer and account 2 after it: a total of 250 that never existed.',
    quiet: 'A’s two reads came from one snapshot, so they add up to 200.',
  },
  'oversell-guard': {
    happened: 'More seats were sold than the event has.',
    quiet: 'B’s guarded UPDATE waited for A, re-checked sold < capacity on the new version and updated nothing: the event is full, not oversold.',
  },
  'duplicate-key-race': {
    happened: 'The email is in the table twice.',
    quiet: 'The unique index kept the email to one row.',
  },
  deadlock: {
    happened: 'Each session waited for a row the other had locked; PostgreSQL broke the cycle by aborting one of them (40P01).',
    quiet: 'No deadlock occurred.',
  },
  'read-only-anomaly': {
    happened: 'The report published 300 as batch 1’s final total, and batch 1 later grew to 350: no serial order of the three transactions gives that report.',
    quiet: 'The report’s total for batch 1 stayed true.',
  },
};

/** The first step (0-based) after which the scenario's detector says the anomaly happened, or null. */
export function anomalyStep(s: ScenarioDefinition, trace: ScenarioTrace): number | null {
  if (trace.halt) return null;
  const results = trace.steps.map((st) => st.result);
  for (let k = 0; k < results.length; k++) {
    try {
      if (s.detect(outcomesOf(s, { steps: results.slice(0, k + 1) }))) return k;
    } catch {
      // A detector reads labelled steps; before they have run it throws, which means "not yet".
    }
  }
  return null;
}

/** The callout for a run: whether the anomaly happened (and at which step), in words. */
export interface AnomalyVerdict {
  kind: AnomalyKind;
  name: string;
  /** Step (0-based) at which it happened, or null if it did not. */
  happenedAt: number | null;
  /** One or two sentences for the reader. */
  text: string;
}

const ERROR_WHY: Record<string, string> = {
  '40001': 'PostgreSQL refused rather than let the anomaly through; the application retries the transaction.',
  '23505': 'the unique index refused the second copy.',
  '40P01': 'PostgreSQL broke a deadlock by aborting one transaction.',
};

/** The first error that stopped the anomaly (40001, 23505 or 40P01), as a sentence, or null. */
function preventingError(trace: ScenarioTrace): string | null {
  for (const step of trace.steps) {
    const candidates = [
      { session: step.result.session, status: step.result.status, sqlstate: step.result.sqlstate, from: step.index },
      ...(step.result.resumed ?? []).map((r, k) => ({ session: r.session, status: r.status, sqlstate: r.sqlstate, from: step.resumedFrom[k] ?? step.index })),
    ];
    for (const c of candidates) {
      if (c.status !== 'error' || !c.sqlstate || !(c.sqlstate in ERROR_WHY)) continue;
      const origin = trace.steps[c.from];
      const verb = origin ? statementVerb(origin.statement) : 'statement';
      return `${sessionLabel(c.session)}’s ${verb} failed with ${c.sqlstate} at step ${step.index + 1}: ${ERROR_WHY[c.sqlstate]}`;
    }
  }
  return null;
}

/** Say whether the scenario's anomaly happened in this run at `level`. */
export function anomalyVerdict(s: ScenarioDefinition, trace: ScenarioTrace, level: IsolationLevel): AnomalyVerdict {
  const name = ANOMALY_NAMES[s.anomaly];
  const text = SCENARIO_TEXT[s.id];
  const at = anomalyStep(s, trace);
  if (at !== null) {
    return { kind: s.anomaly, name, happenedAt: at, text: `${name} at ${level}, step ${at + 1}. ${text?.happened ?? ''}`.trim() };
  }
  const because = preventingError(trace);
  const runsAs = level === 'READ UNCOMMITTED' ? ' (run as READ COMMITTED)' : '';
  return {
    kind: s.anomaly,
    name,
    happenedAt: null,
    text: `No ${name.toLowerCase()} at ${level}${runsAs}. ${because ?? text?.quiet ?? ''}`.trim(),
  };
}
