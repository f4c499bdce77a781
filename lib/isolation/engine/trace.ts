/**
 * Runs a scenario like `runScenario` and records, after every step, the engine's state (row versions,
 * sessions, snapshots; see inspect.ts) plus who waits for whom and which step releases a waiting
 * session. The isolation lab steps through this record; the step results are exactly runScenario's.
 *
 * It never throws: a failing setup statement, a statement sent to a session that is still waiting
 * (no real client can do that) or an internal error ends the trace early with a `halt`.
 */
import { Engine } from './engine';
import { IsolationSqlError, ScenarioError } from './errors';
import type { EngineState, XidView } from './inspect';
import { parseStatement } from './parser';
import type { IsolationLevel, ScenarioInput, StepResult } from './types';

/** Session name used for setup statements (the same as runScenario's). */
export const TRACE_SETUP_SESSION = '__setup__';

/** What kind of statement a step sends, read from its SQL; `invalid` if it does not parse. */
export type StatementKind =
  | 'begin'
  | 'set_transaction'
  | 'commit'
  | 'rollback'
  | 'create_table'
  | 'insert'
  | 'select'
  | 'update'
  | 'delete'
  | 'invalid';

/** The parts of a step's statement the explanations need. */
export interface StatementSummary {
  kind: StatementKind;
  table?: string;
  forUpdate?: boolean;
  /** BEGIN … ISOLATION LEVEL / SET TRANSACTION: the level asked for (BEGIN without one: undefined). */
  level?: IsolationLevel;
}

/** One step of a traced run. */
export interface TraceStep {
  /** 0-based position in the scenario's steps. */
  index: number;
  statement: StatementSummary;
  /** Exactly what runScenario reports for this step. */
  result: StepResult;
  /** The state after this step (the state before it is the previous step's, or the trace's `initial`). */
  state: EngineState;
  /** For a blocked step: the transaction it waits for. */
  waitsFor: XidView | null;
  /** For a blocked step: the index of the step during which it finished, or null if it never did. */
  releasedAt: number | null;
  /** For each entry of `result.resumed`: the index of the step that had blocked. */
  resumedFrom: number[];
  /** For each session: the step at which its current transaction snapshot was taken (REPEATABLE READ and up). */
  snapshotTakenAt: Record<string, number>;
}

/** Why a trace ended early. `index` is the setup statement's or the step's 0-based position. */
export interface TraceHalt {
  phase: 'setup' | 'step';
  index: number;
  message: string;
}

/** A traced run. */
export interface ScenarioTrace {
  /** Sessions in the order they first appear in the steps (setup excluded). */
  sessions: string[];
  /** The state after setup, before the first step. */
  initial: EngineState;
  steps: TraceStep[];
  halt: TraceHalt | null;
}

/** Summarise a statement for explanations; never throws. */
export function summarizeStatement(sql: string): StatementSummary {
  try {
    const stmt = parseStatement(sql);
    switch (stmt.kind) {
      case 'begin':
        return stmt.level ? { kind: 'begin', level: stmt.level } : { kind: 'begin' };
      case 'set_transaction':
        return { kind: 'set_transaction', level: stmt.level };
      case 'select':
        return stmt.from ? { kind: 'select', table: stmt.from.table, forUpdate: stmt.forUpdate } : { kind: 'select', forUpdate: false };
      case 'commit':
      case 'rollback':
        return { kind: stmt.kind };
      case 'set_lock_wait_timeout': // MySQL dialect only; the tracer parses PostgreSQL's
        return { kind: 'invalid' };
      default:
        return { kind: stmt.kind, table: stmt.table };
    }
  } catch {
    return { kind: 'invalid' };
  }
}

function errorText(e: unknown): string {
  if (e instanceof IsolationSqlError || e instanceof ScenarioError || e instanceof Error) return e.message;
  return String(e);
}

/** Run `input` step by step, recording the engine's state after each step. Never throws. */
export function traceScenario(input: ScenarioInput): ScenarioTrace {
  const sessions: string[] = [];
  for (const step of input.steps) if (!sessions.includes(step.session)) sessions.push(step.session);
  const engine = new Engine();
  const inspect = () => engine.inspect(sessions);

  for (let i = 0; i < input.setup.length; i++) {
    const sql = input.setup[i] as string;
    let message: string | null = null;
    try {
      const r = engine.execute(TRACE_SETUP_SESSION, sql);
      if (r.status !== 'ok') message = `setup statement failed: ${r.sqlstate ? `${r.sqlstate} ` : ''}${r.message ?? r.status}`;
    } catch (e) {
      message = `setup statement failed: ${errorText(e)}`;
    }
    if (message !== null) return { sessions, initial: safeInspect(inspect), steps: [], halt: { phase: 'setup', index: i, message } };
  }

  const initial = inspect();
  const steps: TraceStep[] = [];
  const pending = new Map<string, number>();
  const takenAt: Record<string, number> = {};
  let halt: TraceHalt | null = null;

  for (let i = 0; i < input.steps.length; i++) {
    const { session, sql } = input.steps[i] as { session: string; sql: string };
    if (engine.isBlocked(session)) {
      const since = pending.get(session);
      halt = {
        phase: 'step',
        index: i,
        message:
          `${session} is still waiting for a lock${since === undefined ? '' : ` (since step ${since + 1})`}, so it cannot send another ` +
          'statement; no real client can either. Move this line after the statement that releases it.',
      };
      break;
    }
    let result: StepResult;
    let state: EngineState;
    try {
      result = engine.execute(session, sql);
      state = inspect();
    } catch (e) {
      halt = { phase: 'step', index: i, message: `the engine could not run this step: ${errorText(e)}` };
      break;
    }
    const resumedFrom = (result.resumed ?? []).map((r) => {
      const from = pending.get(r.session) ?? -1;
      pending.delete(r.session);
      const blockedStep = steps[from];
      if (blockedStep) blockedStep.releasedAt = i;
      return from;
    });
    let waitsFor: XidView | null = null;
    if (result.status === 'blocked') {
      pending.set(session, i);
      waitsFor = state.sessions.find((s) => s.name === session)?.waitingFor ?? null;
    }
    for (const s of state.sessions) {
      if (s.snapshotSource === 'transaction') {
        if (takenAt[s.name] === undefined) takenAt[s.name] = i;
      } else delete takenAt[s.name];
    }
    steps.push({
      index: i,
      statement: summarizeStatement(sql),
      result,
      state,
      waitsFor,
      releasedAt: null,
      resumedFrom,
      snapshotTakenAt: { ...takenAt },
    });
  }
  return { sessions, initial, steps, halt };
}

function safeInspect(inspect: () => EngineState): EngineState {
  try {
    return inspect();
  } catch {
    return { tables: [], sessions: [], nextXid: 0 };
  }
}

/** The state before step `index` (the state after setup for the first step). */
export function stateBefore(trace: ScenarioTrace, index: number): EngineState {
  return index <= 0 ? trace.initial : (trace.steps[index - 1]?.state ?? trace.initial);
}
