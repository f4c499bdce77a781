/**
 * The isolation lab's state in a query string: `scenario`, `level`, `step`, `script` for a
 * reader's own script and `engine=compare` for the PostgreSQL-and-InnoDB comparison (each prefixed `key.` when two labs share a page). A query string is untrusted:
 * anything unusable falls back to the default and yields a notice, which never repeats link text.
 */
import { readOwnParams, writeOwnParams } from '@/lib/instruments/url';
import { LAB_PARAM_KEYS, MAX_LAB_QUERY_LENGTH } from './params';
import { parseLabScript, SCRIPT_LIMITS } from './script';
import { SCENARIOS } from './scenarios';
import type { IsolationLevel } from '../engine/types';

/** Scenario id meaning "the reader's own script". */
export const CUSTOM_SCENARIO = 'custom';

export { hasLabParams, MAX_LAB_QUERY_LENGTH } from './params';

/** Level as written in the URL. */
export const LEVEL_SLUGS: Record<IsolationLevel, string> = {
  'READ UNCOMMITTED': 'read-uncommitted',
  'READ COMMITTED': 'read-committed',
  'REPEATABLE READ': 'repeatable-read',
  SERIALIZABLE: 'serializable',
};

/** Which engine the lab shows: PostgreSQL alone (the default), or PostgreSQL and InnoDB compared. */
export type LabEngineView = 'postgresql' | 'compare';

/** The engine views, the default first. */
export const LAB_ENGINE_VIEWS: readonly LabEngineView[] = ['postgresql', 'compare'];

/** What a link can set. `script` only with the custom scenario. */
export interface LabState {
  scenario: string;
  level: IsolationLevel;
  /** 0 = before the first step; k = after k steps. */
  step: number;
  script?: string;
  /** Omitted: PostgreSQL. */
  engine?: LabEngineView;
}

/** The state read from a link, and a notice if anything in it was ignored. */
export interface DecodedLabState {
  state: LabState;
  notice: string | null;
}

const LINK_TOO_LONG = 'This link is too long to read, so the lab starts from its default scenario.';

function levelFromSlug(slug: string): IsolationLevel | null {
  const found = (Object.entries(LEVEL_SLUGS) as Array<[IsolationLevel, string]>).find(([, s]) => s === slug);
  return found ? found[0] : null;
}

/**
 * Read the lab's state from `search`. Each unusable parameter falls back to `defaults` (and the notice
 * says which); the step is only checked for shape here, as its upper bound depends on the run.
 */
export function decodeLabQuery(search: string, defaults: LabState, prefix = ''): DecodedLabState {
  const own = readOwnParams(search, LAB_PARAM_KEYS, prefix, MAX_LAB_QUERY_LENGTH);
  if (own.tooLong) return { state: defaults, notice: LINK_TOO_LONG };
  const one = own.get;
  const ignored: string[] = [];
  const state: LabState = { ...defaults };
  delete state.script;

  const scenario = one('scenario');
  const script = one('script');
  if (scenario !== undefined) {
    if (scenario === CUSTOM_SCENARIO) {
      const parsed = typeof script === 'string' && script.length <= SCRIPT_LIMITS.maxChars ? parseLabScript(script) : null;
      if (parsed?.ok && typeof script === 'string') {
        state.scenario = CUSTOM_SCENARIO;
        state.script = script;
      } else ignored.push('the script (it is missing or has errors)');
    } else if (scenario !== null && SCENARIOS.some((s) => s.id === scenario)) state.scenario = scenario;
    else ignored.push('the scenario');
  } else if (script !== undefined) ignored.push('the script (no scenario=custom)');

  const level = one('level');
  if (level !== undefined) {
    const parsed = level === null ? null : levelFromSlug(level);
    if (parsed) state.level = parsed;
    else ignored.push('the isolation level');
  }

  const step = one('step');
  if (step !== undefined) {
    if (step !== null && /^\d{1,3}$/.test(step)) state.step = Number(step);
    else ignored.push('the step');
  }

  const engine = one('engine');
  if (engine !== undefined) {
    if (engine !== null && (LAB_ENGINE_VIEWS as readonly string[]).includes(engine)) {
      if (engine !== 'postgresql') state.engine = engine as LabEngineView;
    } else ignored.push('the engine');
  }

  const notice = ignored.length ? `Part of this link could not be used, so the lab shows its default for ${ignored.join(', ')}.` : null;
  return { state, notice };
}

/**
 * The query string (with `?`, or '' when empty) that keeps other widgets' parameters and writes this lab's
 * state, or none of it when the state is `defaults` (so an untouched lab leaves the address clean).
 */
export function encodeLabQuery(state: LabState, currentSearch: string, prefix = '', defaults?: LabState): string {
  const isDefault =
    defaults !== undefined &&
    state.scenario === defaults.scenario &&
    state.level === defaults.level &&
    state.step === defaults.step &&
    (state.engine ?? 'postgresql') === 'postgresql' &&
    state.scenario !== CUSTOM_SCENARIO;
  const values = isDefault
    ? {}
    : {
        scenario: state.scenario,
        level: LEVEL_SLUGS[state.level],
        step: String(state.step),
        script: state.scenario === CUSTOM_SCENARIO ? state.script : undefined,
        engine: state.engine === 'compare' ? 'compare' : undefined,
      };
  return writeOwnParams(currentSearch, LAB_PARAM_KEYS, values, {}, prefix);
}

/** The notice for a step beyond the end of the run. */
export const STEP_OUT_OF_RANGE = 'The step in this link is past the end of the run, so the lab starts at the beginning.';
