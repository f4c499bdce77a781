/**
 * What the isolation lab runs: a library scenario or the reader's script at one level, traced step by
 * step, with the anomaly verdict and where the run stopped early. The widget only lays this out.
 */
import { anomalyVerdict, type AnomalyVerdict } from './anomaly';
import { CUSTOM_SCENARIO, STEP_OUT_OF_RANGE } from './url';
import { parseLabScript, sameStatements, scenarioToScript, scriptToInput, type LabScript, type ScriptProblem } from './script';
import { SCENARIOS, scenarioById, type ScenarioDefinition } from './scenarios';
import { traceScenario, type ScenarioTrace } from '../engine/trace';
import { ISOLATION_LEVELS, type IsolationLevel } from '../engine/types';

/** The scenario a lab opens with when nothing else is asked for. */
export const DEFAULT_LAB_SCENARIO = 'lost-update';

/** A starting point for a reader's own script (the same race as the lost update, on stock). */
export const CUSTOM_TEMPLATE = [
  '-- One statement per line: "session: SQL". setup: lines run first, in autocommit.',
  '-- {level} becomes the level picked above.',
  'setup: CREATE TABLE items (id int PRIMARY KEY, stock int NOT NULL)',
  'setup: INSERT INTO items VALUES (1, 1)',
  'A: BEGIN ISOLATION LEVEL {level}',
  'B: BEGIN ISOLATION LEVEL {level}',
  'A: SELECT stock FROM items WHERE id = 1',
  'B: SELECT stock FROM items WHERE id = 1',
  'A: UPDATE items SET stock = stock - 1 WHERE id = 1',
  'B: UPDATE items SET stock = stock - 1 WHERE id = 1',
  'A: COMMIT',
  'B: COMMIT',
  'observer: SELECT stock FROM items WHERE id = 1',
].join('\n');

/** A runnable lab: the script, its trace at the chosen level, and the verdict for library scenarios. */
export interface LabRun {
  /** The library scenario, or null for a reader's script. */
  scenario: ScenarioDefinition | null;
  level: IsolationLevel;
  script: LabScript;
  trace: ScenarioTrace;
  verdict: AnomalyVerdict | null;
  /** Where the run stopped early, as a script problem (line and column), or null. */
  halt: ScriptProblem | null;
}

/** The script text of a library scenario. */
export function libraryScriptText(id: string): string {
  const s = scenarioById(id) ?? (scenarioById(DEFAULT_LAB_SCENARIO) as ScenarioDefinition);
  return scenarioToScript(s);
}

/** The library scenario whose statements `script` repeats exactly, if any. */
export function matchLibraryScenario(script: LabScript): ScenarioDefinition | null {
  for (const s of SCENARIOS) {
    const parsed = parseLabScript(scenarioToScript(s));
    if (parsed.ok && sameStatements(parsed.script, script)) return s;
  }
  return null;
}

/**
 * Build the run for a scenario id (or `custom` with `customText`) at `level`. A custom text that does
 * not parse yields its problems instead.
 */
export function buildLabRun(
  scenarioId: string,
  level: IsolationLevel,
  customText = '',
): { ok: true; run: LabRun } | { ok: false; problems: ScriptProblem[] } {
  const scenario = scenarioId === CUSTOM_SCENARIO ? null : (scenarioById(scenarioId) ?? null);
  const text = scenario ? scenarioToScript(scenario) : customText;
  const parsed = parseLabScript(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  const script = parsed.script;
  const trace = traceScenario(scriptToInput(script, level));
  let halt: ScriptProblem | null = null;
  if (trace.halt) {
    const at = trace.halt.phase === 'setup' ? script.setup[trace.halt.index] : script.steps[trace.halt.index];
    halt = {
      line: at?.line ?? null,
      column: at?.column ?? null,
      lineText: at ? (text.split(/\r\n|\r|\n/)[at.line - 1] ?? null) : null,
      message: trace.halt.message,
    };
  }
  return { ok: true, run: { scenario, level, script, trace, verdict: scenario ? anomalyVerdict(scenario, trace, level) : null, halt } };
}

/** Clamp a step from a link to the run: past the end falls back to the start, with a notice. */
export function resolveStep(step: number, total: number): { step: number; notice: string | null } {
  if (!Number.isInteger(step) || step < 0) return { step: 0, notice: null };
  return step > total ? { step: 0, notice: STEP_OUT_OF_RANGE } : { step, notice: null };
}

/** What a lesson author may pass to the lab; checked, never trusted. */
export interface LabProps {
  scenario?: unknown;
  level?: unknown;
}

/** The lab's starting scenario and level from its props, and what was wrong with them (for the author). */
export function readLabProps(props: LabProps): { scenario: string; level: IsolationLevel; problem: string | null } {
  const problems: string[] = [];
  let scenario = DEFAULT_LAB_SCENARIO;
  if (props.scenario !== undefined) {
    if (typeof props.scenario === 'string' && scenarioById(props.scenario)) scenario = props.scenario;
    else problems.push(`There is no scenario of that name here (known: ${SCENARIOS.map((s) => s.id).join(', ')}), so the lab starts with ${DEFAULT_LAB_SCENARIO}.`);
  }
  let level: IsolationLevel = 'READ COMMITTED';
  if (props.level !== undefined) {
    const found = ISOLATION_LEVELS.find((l) => l === props.level);
    if (found) level = found;
    else problems.push(`level must be one of ${ISOLATION_LEVELS.join(', ')}; the lab starts at READ COMMITTED.`);
  }
  return { scenario, level, problem: problems.length ? problems.join(' ') : null };
}
