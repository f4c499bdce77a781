import { describe, expect, it } from 'vitest';
import { buildLabRun, CUSTOM_TEMPLATE, DEFAULT_LAB_SCENARIO, libraryScriptText, matchLibraryScenario, readLabProps, resolveStep } from './model';
import { parseLabScript } from './script';
import { SCENARIOS } from './scenarios';

describe('the lab model', () => {
  it('runs a library scenario with its verdict', () => {
    const built = buildLabRun('write-skew', 'REPEATABLE READ');
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.run.scenario?.id).toBe('write-skew');
    expect(built.run.trace.steps).toHaveLength(9);
    expect(built.run.verdict).toMatchObject({ name: 'Write skew', happenedAt: 8 });
    expect(built.run.halt).toBeNull();
  });

  it('runs a reader’s script with no verdict, and the template shows the race at READ COMMITTED only', () => {
    const rc = buildLabRun('custom', 'READ COMMITTED', CUSTOM_TEMPLATE);
    const rr = buildLabRun('custom', 'REPEATABLE READ', CUSTOM_TEMPLATE);
    expect(rc.ok && rc.run.verdict).toBeNull();
    expect(rc.ok && rc.run.trace.steps.at(-1)?.result.rows).toEqual([{ stock: -1 }]);
    expect(rr.ok && rr.run.trace.steps.at(-1)?.result.rows).toEqual([{ stock: 0 }]);
    expect(buildLabRun('custom', 'READ COMMITTED', 'A: SELEC 1')).toMatchObject({ ok: false, problems: [{ line: 1, column: 4 }] });
  });

  it('maps a halted run back to the script line that stopped it', () => {
    const text = 'setup: CREATE TABLE t (id int PRIMARY KEY)\nsetup: INSERT INTO t VALUES (1)\nA: BEGIN\nA: DELETE FROM t\nB: DELETE FROM t\n-- B waits\nB: SELECT 1';
    const built = buildLabRun('custom', 'READ COMMITTED', text);
    expect(built.ok && built.run.halt).toMatchObject({ line: 7, column: 4, lineText: 'B: SELECT 1', message: expect.stringMatching(/^B is still waiting/) });
    const setup = buildLabRun('custom', 'READ COMMITTED', 'setup: SELECT * FROM nope\nA: SELECT 1');
    expect(setup.ok && setup.run.halt).toMatchObject({ line: 1, column: 8, message: 'setup statement failed: 42P01 relation "nope" does not exist' });
  });

  it('recognises an unedited library scenario', () => {
    for (const s of SCENARIOS) {
      const parsed = parseLabScript(`-- mine\n${libraryScriptText(s.id)}`);
      expect(parsed.ok && matchLibraryScenario(parsed.script)?.id).toBe(s.id);
    }
    const edited = parseLabScript(libraryScriptText('lost-update').replace('120', '130'));
    expect(edited.ok && matchLibraryScenario(edited.script)).toBeNull();
  });

  it('clamps a linked step to the run', () => {
    expect(resolveStep(4, 9)).toEqual({ step: 4, notice: null });
    expect(resolveStep(9, 9)).toEqual({ step: 9, notice: null });
    expect(resolveStep(10, 9)).toEqual({ step: 0, notice: expect.stringMatching(/past the end of the run/) });
  });

  it('checks the props a lesson passes', () => {
    expect(readLabProps({})).toEqual({ scenario: DEFAULT_LAB_SCENARIO, level: 'READ COMMITTED', problem: null });
    expect(readLabProps({ scenario: 'write-skew', level: 'SERIALIZABLE' })).toEqual({ scenario: 'write-skew', level: 'SERIALIZABLE', problem: null });
    const bad = readLabProps({ scenario: 'nope', level: 'serializable' });
    expect(bad.scenario).toBe(DEFAULT_LAB_SCENARIO);
    expect(bad.level).toBe('READ COMMITTED');
    expect(bad.problem).toMatch(/no scenario of that name.*level must be one of/);
  });
});
