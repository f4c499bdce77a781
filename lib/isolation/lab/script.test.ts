import { describe, expect, it } from 'vitest';
import { runScenario } from '../engine/index';
import { instantiate, SCENARIOS, scenarioById } from './scenarios';
import { parseLabScript, sameStatements, scenarioToScript, SCRIPT_LIMITS, scriptToInput, type ScriptParse } from './script';

function problems(parse: ScriptParse) {
  return parse.ok ? [] : parse.problems.map((p) => [p.line, p.column, p.message]);
}

describe('parseLabScript', () => {
  it('reads every library scenario back to the same engine input at every level', () => {
    for (const s of SCENARIOS) {
      const parsed = parseLabScript(scenarioToScript(s));
      expect(parsed.ok, s.id).toBe(true);
      if (!parsed.ok) continue;
      expect(scriptToInput(parsed.script, 'SERIALIZABLE')).toEqual(instantiate(s, 'SERIALIZABLE'));
    }
  });

  it('keeps lines, columns and sessions, and skips comments, blank lines and a trailing semicolon', () => {
    const parsed = parseLabScript('-- two sessions\r\nsetup: CREATE TABLE t (id int)\n\n  A:   BEGIN;\nbob: SELECT 1\nA: COMMIT');
    expect(parsed).toEqual({
      ok: true,
      script: {
        setup: [{ session: 'setup', sql: 'CREATE TABLE t (id int)', line: 2, column: 8 }],
        steps: [
          { session: 'A', sql: 'BEGIN;', line: 4, column: 8 },
          { session: 'bob', sql: 'SELECT 1', line: 5, column: 6 },
          { session: 'A', sql: 'COMMIT', line: 6, column: 4 },
        ],
        sessions: ['A', 'bob'],
      },
    });
  });

  it('points a syntax error at its line and column, PostgreSQL’s message included', () => {
    const parse = parseLabScript('A: BEGIN\nA: SELECT value FORM counters\nA: COMMIT');
    expect(problems(parse)).toEqual([[2, 'A: SELECT value FORM counters'.indexOf('counters') + 1, 'syntax error at or near "counters" (SQLSTATE 42601)']]);
    expect(parse.ok ? null : parse.problems[0]!.lineText).toBe('A: SELECT value FORM counters');
    expect(problems(parseLabScript('A: UPDATE t SET'))).toEqual([[1, 16, 'syntax error at end of input (SQLSTATE 42601)']]);
    expect(problems(parseLabScript("A: SELECT 'oops"))).toEqual([[1, 11, expect.stringMatching(/^unterminated quoted string/)]]);
  });

  it('maps positions back through the {level} placeholder', () => {
    // "{level}" (7 characters) is checked as READ COMMITTED (14): the error after it must still point at "x".
    const sql = 'B: BEGIN ISOLATION LEVEL {level} x';
    expect(problems(parseLabScript(sql))).toEqual([[1, sql.indexOf('x') + 1, 'syntax error at or near "x" (SQLSTATE 42601)']]);
    expect(parseLabScript('A: BEGIN ISOLATION LEVEL {level}').ok).toBe(true);
  });

  it('explains lines that are not "session: SQL"', () => {
    expect(problems(parseLabScript('SELECT 1'))).toEqual([[1, 1, expect.stringMatching(/^Start the line with a session name and a colon/)]]);
    expect(problems(parseLabScript('1a: SELECT 1'))).toEqual([[1, 1, expect.stringMatching(/^A session name is a letter/)]]);
    expect(problems(parseLabScript('A:   '))).toEqual([[1, 3, 'There is no SQL after the colon.']]);
    expect(problems(parseLabScript('A: SELECT 1\nsetup: SELECT 1'))).toEqual([[2, 1, 'Setup lines must come before the first session line.']]);
    expect(problems(parseLabScript('-- only a comment'))).toEqual([[null, null, 'Add at least one session line, such as "A: SELECT 1".']]);
    expect(problems(parseLabScript('A: SELECT 1; SELECT 2'))).toEqual([[1, 14, 'only one statement per step is supported (SQLSTATE 0A000)']]);
  });

  it('reports several problems at once, up to a limit', () => {
    const text = Array.from({ length: 20 }, () => 'A: SELEC 1').join('\n');
    const parse = parseLabScript(text);
    expect(parse.ok).toBe(false);
    if (!parse.ok) expect(parse.problems).toHaveLength(SCRIPT_LIMITS.maxProblems);
  });

  it('caps size, line length, steps, setup lines and sessions', () => {
    expect(problems(parseLabScript('A: SELECT 1\n'.repeat(400)))).toEqual([[null, null, expect.stringMatching(/^The script has 4,800 characters; the limit is 3,000/)]]);
    expect(problems(parseLabScript(`A: SELECT ${'1+'.repeat(200)}1`))).toEqual([[1, 301, 'This line is longer than 300 characters.']]);
    expect(problems(parseLabScript(Array.from({ length: 41 }, () => 'A: SELECT 1').join('\n')))).toEqual([[41, 1, 'At most 40 session lines.']]);
    expect(problems(parseLabScript([...Array.from({ length: 13 }, () => 'setup: SELECT 1'), 'A: SELECT 1'].join('\n')))).toEqual([[13, 1, 'At most 12 setup lines.']]);
    expect(problems(parseLabScript('A: SELECT 1\nB: SELECT 1\nC: SELECT 1\nD: SELECT 1\nE: SELECT 1'))).toEqual([
      [5, 1, 'At most 4 sessions (this script already has A, B, C, D).'],
    ]);
  });

  it('treats hostile text as text', () => {
    const parse = parseLabScript('<img src=x onerror=alert(1)>: SELECT 1\nA: SELECT \'<script>alert(1)</script>\'');
    expect(problems(parse)).toEqual([[1, 1, expect.stringMatching(/^A session name/)]]);
    const ok = parseLabScript("A: SELECT '<script>alert(1)</script>'");
    expect(ok.ok && runScenario(scriptToInput(ok.script, 'READ COMMITTED')).steps[0]!.rows).toEqual([{ '?column?': '<script>alert(1)</script>' }]);
    expect(parseLabScript(42 as unknown as string).ok).toBe(false);
  });

  it('compares scripts by their statements only', () => {
    const a = parseLabScript(scenarioToScript(scenarioById('write-skew')!));
    const b = parseLabScript(`-- edited\n${scenarioToScript(scenarioById('write-skew')!).replaceAll('\n', '\n\n')}`);
    const c = parseLabScript(scenarioToScript(scenarioById('lost-update')!));
    expect(a.ok && b.ok && sameStatements(a.script, b.script)).toBe(true);
    expect(a.ok && c.ok && sameStatements(a.script, c.script)).toBe(false);
  });
});
