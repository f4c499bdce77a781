/**
 * "Compare engines": one scenario run on the PostgreSQL engine and on the InnoDB model, step by step,
 * with a sentence for each step whose outcome differs. The InnoDB run uses the same script in MySQL's
 * syntax (`BEGIN ISOLATION LEVEL x` becomes SET TRANSACTION + START TRANSACTION, see toInnodbSteps);
 * its outcomes are mapped back to the script's steps.
 *
 * A script written for PostgreSQL can send a step to a session that InnoDB keeps waiting (SERIALIZABLE
 * takes shared locks); the InnoDB side then stops there and says so, rather than failing.
 */
import { createEngine, SETUP_SESSION, toInnodbSteps } from '../engine/index';
import type { ResultRow, ScenarioInput, SqlValue, StepResult } from '../engine/types';
import { describeRows, sessionLabel } from './explain';

/** How one step ended on one engine, after any wait. */
export interface EngineOutcome {
  status: 'ok' | 'blocked' | 'error' | 'not-sent';
  rows?: ResultRow[];
  sqlstate?: string;
  errorCode?: number;
  message?: string;
  /** The script step (0-based) during which a blocked statement finished, if it did. */
  resumedAt?: number;
  /** Its outcome then. */
  final?: { status: 'ok' | 'error'; rows?: ResultRow[]; sqlstate?: string; errorCode?: number; message?: string };
}

/** One step of the comparison. */
export interface ComparedStep {
  index: number;
  session: string;
  sql: string;
  postgresql: EngineOutcome;
  innodb: EngineOutcome;
  differs: boolean;
  /** For a differing step: what each engine did, in one sentence. */
  sentence?: string;
}

/** The whole comparison. */
export interface EngineComparison {
  steps: ComparedStep[];
  /** Number of steps whose outcomes differ. */
  differing: number;
}

/** Run `input` on one engine; `groups[i]` lists the engine steps that make up script step i. */
function runOn(input: ScenarioInput, groups: ScenarioInput['steps'][]): EngineOutcome[] {
  const engine = createEngine(input);
  for (const sql of input.setup) engine.execute(SETUP_SESSION, sql);
  const results: Array<{ outcome: EngineOutcome; session: string } | null> = groups.map(() => null);
  let halted = false;
  groups.forEach((group, i) => {
    let last: StepResult | null = null;
    for (const st of group) {
      if (halted || engine.isBlocked(st.session)) {
        halted = true;
        break;
      }
      const r = engine.execute(st.session, st.sql);
      for (const res of r.resumed ?? []) {
        // A blocked statement of an earlier script step finished now.
        for (const earlier of results) {
          if (earlier && earlier.session === res.session && earlier.outcome.status === 'blocked' && earlier.outcome.resumedAt === undefined) {
            earlier.outcome.resumedAt = i;
            earlier.outcome.final = stripUndefined({ status: res.status, rows: res.rows, sqlstate: res.sqlstate, errorCode: res.errorCode, message: res.message });
          }
        }
      }
      last = r;
      if (r.status !== 'ok') break; // a failed SET TRANSACTION or a blocked step is the step's outcome
    }
    const session = group[0]?.session ?? '';
    results[i] = last
      ? { session, outcome: stripUndefined({ status: last.status, rows: last.rows, sqlstate: last.sqlstate, errorCode: last.errorCode, message: last.message }) }
      : { session, outcome: { status: 'not-sent' } };
  });
  return results.map((r) => (r as { outcome: EngineOutcome }).outcome);
}

function stripUndefined<T extends object>(o: T): T {
  const out = {} as T;
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Errors that mean the same thing on both engines. */
function errorClass(o: { sqlstate?: string; errorCode?: number }): string {
  if (o.sqlstate === '40P01' || o.errorCode === 1213) return 'deadlock';
  if (o.sqlstate === '40001' || o.errorCode === 1020) return 'serialization';
  if (o.sqlstate === '23505' || o.errorCode === 1062) return 'duplicate';
  return `other ${o.sqlstate ?? ''}`;
}

const values = (rows: ResultRow[] | undefined): SqlValue[][] | undefined =>
  rows?.map((r) => Object.values(r).map((v) => (v === true ? 1 : v === false ? 0 : v)));

function sameEnd(a: { status: string; rows?: ResultRow[]; sqlstate?: string; errorCode?: number }, b: typeof a): boolean {
  if (a.status !== b.status) return false;
  if (a.status === 'error') return errorClass(a) === errorClass(b);
  return JSON.stringify(values(a.rows)) === JSON.stringify(values(b.rows));
}

function sameOutcome(a: EngineOutcome, b: EngineOutcome): boolean {
  if (!sameEnd(a, b)) return false;
  if (a.status !== 'blocked') return true;
  if (a.resumedAt !== b.resumedAt) return false;
  return !a.final || !b.final || sameEnd(a.final, b.final);
}

function describeEnd(o: { status: string; rows?: ResultRow[]; sqlstate?: string; errorCode?: number; message?: string }): string {
  if (o.status === 'ok') return o.rows ? `returns ${describeRows(o.rows)}` : 'succeeds';
  const code = o.errorCode !== undefined ? `error ${o.errorCode} (SQLSTATE ${o.sqlstate})` : `SQLSTATE ${o.sqlstate}`;
  return `fails with ${code}${o.message ? `, “${o.message}”` : ''}`;
}

/** One engine's outcome in words, e.g. "waits for a lock, then fails with SQLSTATE 40001 at step 7". */
export function describeOutcome(o: EngineOutcome): string {
  if (o.status === 'not-sent') return 'cannot run it: the session is still waiting for a lock';
  if (o.status !== 'blocked') return describeEnd(o);
  if (o.resumedAt === undefined || !o.final) return 'waits for a lock until the end';
  return `waits for a lock, then ${describeEnd(o.final)} at step ${o.resumedAt + 1}`;
}

/**
 * Run `input` (PostgreSQL syntax) on both engines and compare each step. `innodbSnapshotIsolation`
 * is MariaDB's setting for the InnoDB side.
 */
export function compareEngines(input: ScenarioInput, options: { innodbSnapshotIsolation?: boolean } = {}): EngineComparison {
  const pg = runOn({ ...input, engine: 'postgresql' }, input.steps.map((s) => [s]));
  const inno = runOn(
    { ...input, engine: 'innodb', innodbSnapshotIsolation: options.innodbSnapshotIsolation ?? false },
    input.steps.map((s) => toInnodbSteps([s])),
  );
  const steps = input.steps.map((st, i): ComparedStep => {
    const postgresql = pg[i] as EngineOutcome;
    const innodb = inno[i] as EngineOutcome;
    const differs = !sameOutcome(postgresql, innodb);
    const step: ComparedStep = { index: i, session: st.session, sql: st.sql, postgresql, innodb, differs };
    if (differs) {
      step.sentence = `Step ${i + 1} (${sessionLabel(st.session)}: ${st.sql}): PostgreSQL ${describeOutcome(postgresql)}; InnoDB ${describeOutcome(innodb)}.`;
    }
    return step;
  });
  return { steps, differing: steps.filter((s) => s.differs).length };
}
