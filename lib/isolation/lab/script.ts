/**
 * The lab's plain-text scenario format, which readers edit: one statement per line, prefixed by the
 * session that sends it.
 *
 *     -- a comment
 *     setup: CREATE TABLE counters (id int PRIMARY KEY, value int NOT NULL)
 *     setup: INSERT INTO counters VALUES (1, 100)
 *     A: BEGIN ISOLATION LEVEL {level}
 *     B: SELECT value FROM counters WHERE id = 1
 *
 * `setup:` lines run first, in autocommit; `{level}` becomes the level picked in the lab. The text is
 * untrusted: it is capped in size, every statement is parsed here so a syntax error can point at its
 * line and column, and nothing in it is ever evaluated except by the engine's own parser.
 */
import { IsolationSqlError } from '../engine/errors';
import { parseStatement } from '../engine/parser';
import { LEVEL_PLACEHOLDER, type ScenarioDefinition } from './scenarios';
import type { IsolationLevel, ScenarioInput } from '../engine/types';

/** Limits on a script, so a pasted or linked text cannot make the lab slow. */
export const SCRIPT_LIMITS = {
  /** Characters in the whole script. */
  maxChars: 3000,
  /** Characters on one line. */
  maxLineChars: 300,
  /** Session statements (steps). */
  maxSteps: 40,
  /** Setup statements. */
  maxSetup: 12,
  /** Distinct sessions. */
  maxSessions: 4,
  /** Problems reported at once. */
  maxProblems: 8,
} as const;

/** Word that marks a setup line. */
export const SETUP_PREFIX = 'setup';

const SESSION_NAME = /^[A-Za-z][A-Za-z0-9_]{0,11}$/;

/** One statement of a script with the 1-based line it came from and the column where its SQL starts. */
export interface ScriptStatement {
  session: string;
  sql: string;
  line: number;
  column: number;
}

/** A script that passed every check. */
export interface LabScript {
  setup: ScriptStatement[];
  steps: ScriptStatement[];
  /** Sessions in the order they first appear. */
  sessions: string[];
}

/** Something wrong with a script. `line`/`column` are 1-based; null when the problem is the whole text. */
export interface ScriptProblem {
  line: number | null;
  column: number | null;
  message: string;
  /** The text of that line (for drawing a caret under the column). */
  lineText: string | null;
}

/** Result of reading a script. */
export type ScriptParse = { ok: true; script: LabScript } | { ok: false; problems: ScriptProblem[] };

/**
 * Replace `{level}` and keep a map from each character of the result back to the original text, so a
 * parse error's position can point into what the reader typed.
 */
function substituteLevel(sql: string, level: string): { text: string; origin: number[] } {
  let text = '';
  const origin: number[] = [];
  let i = 0;
  while (i < sql.length) {
    if (sql.startsWith(LEVEL_PLACEHOLDER, i)) {
      for (let k = 0; k < level.length; k++) origin.push(i);
      text += level;
      i += LEVEL_PLACEHOLDER.length;
    } else {
      origin.push(i);
      text += sql[i];
      i += 1;
    }
  }
  origin.push(sql.length);
  return { text, origin };
}

/** The level used to check `{level}` lines; any level parses the same way. */
const CHECK_LEVEL: IsolationLevel = 'READ COMMITTED';

/** Check one statement's syntax; on error, the 0-based offset into `sql` and the message. */
function checkSql(sql: string): { offset: number; message: string } | null {
  const { text, origin } = substituteLevel(sql, CHECK_LEVEL);
  try {
    parseStatement(text);
    return null;
  } catch (e) {
    if (e instanceof IsolationSqlError) {
      const at = Math.min(Math.max((e.position ?? 1) - 1, 0), origin.length - 1);
      return { offset: origin[at] ?? 0, message: `${e.message} (SQLSTATE ${e.sqlstate})` };
    }
    return { offset: 0, message: 'this statement could not be read' };
  }
}

/** Read a script. Every problem found is reported (up to a limit), each with its line and column. */
export function parseLabScript(text: string): ScriptParse {
  if (typeof text !== 'string') return { ok: false, problems: [{ line: null, column: null, lineText: null, message: 'The script is not text.' }] };
  if (text.length > SCRIPT_LIMITS.maxChars) {
    return {
      ok: false,
      problems: [
        {
          line: null,
          column: null,
          lineText: null,
          message: `The script has ${text.length.toLocaleString('en-US')} characters; the limit is ${SCRIPT_LIMITS.maxChars.toLocaleString('en-US')}.`,
        },
      ],
    };
  }
  const problems: ScriptProblem[] = [];
  const setup: ScriptStatement[] = [];
  const steps: ScriptStatement[] = [];
  const sessions: string[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  const problem = (line: number, column: number, message: string) =>
    problems.push({ line, column, message, lineText: lines[line - 1] ?? null });

  for (let n = 0; n < lines.length && problems.length < SCRIPT_LIMITS.maxProblems; n++) {
    const raw = lines[n] as string;
    const line = n + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('--')) continue;
    if (raw.length > SCRIPT_LIMITS.maxLineChars) {
      problem(line, SCRIPT_LIMITS.maxLineChars + 1, `This line is longer than ${SCRIPT_LIMITS.maxLineChars} characters.`);
      continue;
    }
    const indent = raw.length - raw.trimStart().length;
    const colon = raw.indexOf(':');
    if (colon < 0) {
      problem(line, indent + 1, 'Start the line with a session name and a colon, as in "A: SELECT 1", or "setup:".');
      continue;
    }
    const name = raw.slice(indent, colon).trim();
    const isSetup = name.toLowerCase() === SETUP_PREFIX;
    if (!isSetup && !SESSION_NAME.test(name)) {
      problem(line, indent + 1, 'A session name is a letter followed by up to 11 letters, digits or underscores (e.g. A, B, alice).');
      continue;
    }
    const afterColon = raw.slice(colon + 1);
    const sqlStart = colon + 1 + (afterColon.length - afterColon.trimStart().length);
    const sql = raw.slice(sqlStart).trimEnd();
    if (sql === '') {
      problem(line, colon + 2, 'There is no SQL after the colon.');
      continue;
    }
    const syntax = checkSql(sql);
    if (syntax) {
      problem(line, sqlStart + syntax.offset + 1, syntax.message);
      continue;
    }
    const stmt: ScriptStatement = { session: isSetup ? SETUP_PREFIX : name, sql, line, column: sqlStart + 1 };
    if (isSetup) {
      if (steps.length > 0) problem(line, indent + 1, 'Setup lines must come before the first session line.');
      else if (setup.length >= SCRIPT_LIMITS.maxSetup) problem(line, indent + 1, `At most ${SCRIPT_LIMITS.maxSetup} setup lines.`);
      else setup.push(stmt);
      continue;
    }
    if (!sessions.includes(name)) {
      if (sessions.length >= SCRIPT_LIMITS.maxSessions) {
        problem(line, indent + 1, `At most ${SCRIPT_LIMITS.maxSessions} sessions (this script already has ${sessions.join(', ')}).`);
        continue;
      }
      sessions.push(name);
    }
    if (steps.length >= SCRIPT_LIMITS.maxSteps) {
      problem(line, indent + 1, `At most ${SCRIPT_LIMITS.maxSteps} session lines.`);
      continue;
    }
    steps.push(stmt);
  }
  if (problems.length === 0 && steps.length === 0) {
    problems.push({ line: null, column: null, lineText: null, message: 'Add at least one session line, such as "A: SELECT 1".' });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, script: { setup, steps, sessions } };
}

/** The engine input for a script at one isolation level (`{level}` replaced). */
export function scriptToInput(script: LabScript, level: IsolationLevel): ScenarioInput {
  const fill = (sql: string) => sql.split(LEVEL_PLACEHOLDER).join(level);
  return {
    setup: script.setup.map((s) => fill(s.sql)),
    steps: script.steps.map((s) => ({ session: s.session, sql: fill(s.sql) })),
  };
}

/** A library scenario written in the script format. */
export function scenarioToScript(s: ScenarioDefinition): string {
  return [...s.setup.map((sql) => `${SETUP_PREFIX}: ${sql}`), ...s.steps.map((st) => `${st.session}: ${st.sql}`)].join('\n');
}

/** Two scripts with the same statements in the same order (comments, blank lines and spacing aside). */
export function sameStatements(a: LabScript, b: LabScript): boolean {
  const key = (s: LabScript) => JSON.stringify([s.setup.map((x) => x.sql), s.steps.map((x) => [x.session, x.sql])]);
  return key(a) === key(b);
}
