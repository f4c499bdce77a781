import { describe, expect, it } from 'vitest';
import { runScenario } from '../engine/index';
import { instantiate, levelsOf, outcomesOf, SCENARIOS, scenarioById } from './scenarios';
import type { IsolationLevel, ScenarioRun } from '../engine/types';

const WEAK: IsolationLevel[] = ['READ UNCOMMITTED', 'READ COMMITTED'];

function run(id: string, level: IsolationLevel): { run: ScenarioRun; o: ReturnType<typeof outcomesOf> } {
  const s = scenarioById(id);
  if (!s) throw new Error(`no scenario ${id}`);
  const r = runScenario(instantiate(s, level));
  return { run: r, o: outcomesOf(s, r) };
}

/** SQLSTATEs of all errors in a run, in step order (resumed ones included). */
function errors(r: ScenarioRun): string[] {
  return r.steps.flatMap((s) => [s.sqlstate, ...(s.resumed ?? []).map((x) => x.sqlstate)]).filter((x): x is string => !!x);
}

describe('scenario library', () => {
  it('has unique ids, readable descriptions and a {level} placeholder in every scenario', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SCENARIOS) {
      expect(s.description.length).toBeGreaterThan(80);
      expect(s.steps.some((st) => st.sql.includes('{level}'))).toBe(true);
      expect(instantiate(s, 'SERIALIZABLE').steps.some((st) => st.sql.includes('{level}'))).toBe(false);
    }
  });

  it('covers every anomaly the course discusses', () => {
    const anomalies = new Set(SCENARIOS.map((s) => s.anomaly));
    for (const a of ['dirty-read', 'non-repeatable-read', 'phantom-read', 'lost-update', 'write-skew', 'read-skew', 'oversell', 'duplicate-key', 'deadlock', 'read-only-anomaly']) {
      expect(anomalies).toContain(a);
    }
  });

  for (const s of SCENARIOS) {
    for (const level of levelsOf(s)) {
      it(`${s.id} runs at ${level} without leaving a session blocked`, () => {
        const r = runScenario(instantiate(s, level));
        expect(r.steps).toHaveLength(s.steps.length);
        const o = outcomesOf(s, r);
        for (const st of s.steps) if (st.label) expect(o.get(st.label).status).not.toBe('blocked');
      });
    }
  }
});

describe('what each level does to each scenario', () => {
  it.each(['READ UNCOMMITTED', 'READ COMMITTED', 'REPEATABLE READ', 'SERIALIZABLE'] as IsolationLevel[])(
    'dirty read never happens at %s',
    (level) => {
      expect(run('dirty-read', level).o.value('read', 'balance')).toBe(100);
    },
  );

  it.each(WEAK)('non-repeatable read and phantom happen at %s', (level) => {
    const nr = run('non-repeatable-read', level).o;
    expect([nr.value('first', 'balance'), nr.value('second', 'balance')]).toEqual([100, 50]);
    const ph = run('phantom-read', level).o;
    expect([ph.value('first', 'count'), ph.value('second', 'count')]).toEqual([2, 3]);
  });

  it.each<IsolationLevel>(['REPEATABLE READ', 'SERIALIZABLE'])('one snapshot prevents them at %s', (level) => {
    expect(run('non-repeatable-read', level).o.value('second', 'balance')).toBe(100);
    expect(run('phantom-read', level).o.value('second', 'count')).toBe(2);
    expect(run('read-skew', level).o.value('second', 'balance')).toBe(100);
  });

  it.each(WEAK)('read-modify-write loses an update at %s but the safe variants do not', (level) => {
    expect(run('lost-update', level).o.value('final', 'value')).toBe(120);
    expect(run('lost-update-atomic', level).o.value('final', 'value')).toBe(130);
    const fu = run('lost-update-for-update', level).o;
    expect(fu.value('bRead', 'value')).toBe(110);
    expect(fu.value('final', 'value')).toBe(130);
  });

  it.each<IsolationLevel>(['REPEATABLE READ', 'SERIALIZABLE'])('concurrent updates fail with 40001 at %s', (level) => {
    for (const id of ['lost-update', 'lost-update-atomic', 'lost-update-for-update', 'oversell-guard']) {
      const { run: r, o } = run(id, level);
      expect(errors(r)[0]).toBe('40001');
      expect(o.get('final').status).toBe('ok');
    }
  });

  it.each(['READ UNCOMMITTED', 'READ COMMITTED', 'REPEATABLE READ', 'SERIALIZABLE'] as IsolationLevel[])(
    'the oversell guard holds and the duplicate key is refused at %s',
    (level) => {
      expect(run('oversell-guard', level).o.value('final', 'sold')).toBe(10);
      const dup = run('duplicate-key-race', level);
      expect(dup.o.get('bInsert').sqlstate).toBe(level === 'SERIALIZABLE' ? '40001' : '23505');
      expect(dup.o.value('final', 'count')).toBe(1);
    },
  );

  it.each<IsolationLevel>(['READ UNCOMMITTED', 'READ COMMITTED', 'REPEATABLE READ'])('write skew and the read-only anomaly happen at %s', (level) => {
    expect(run('write-skew', level).o.value('final', 'count')).toBe(0);
    const ro = run('read-only-anomaly', level).o;
    expect([ro.value('reported', 'sum'), ro.value('final', 'sum')]).toEqual([300, 350]);
  });

  it('SERIALIZABLE fails the second commit of the write skew and the receipt of the read-only anomaly', () => {
    const ws = run('write-skew', 'SERIALIZABLE');
    expect(ws.run.steps.find((s) => s.sqlstate)).toMatchObject({ session: 'B', sql: 'COMMIT', sqlstate: '40001' });
    expect(ws.o.value('final', 'count')).toBe(1);
    const ro = run('read-only-anomaly', 'SERIALIZABLE');
    expect(ro.run.steps.find((s) => s.sqlstate)).toMatchObject({ session: 'R', sql: 'INSERT INTO receipts VALUES (3, 1, 50)', sqlstate: '40001' });
    expect(ro.o.value('final', 'sum')).toBe(300);
  });

  it.each(['READ UNCOMMITTED', 'READ COMMITTED', 'REPEATABLE READ', 'SERIALIZABLE'] as IsolationLevel[])(
    'the deadlock is broken by failing session B at %s',
    (level) => {
      const { run: r } = run('deadlock', level);
      const victim = r.steps.find((s) => s.sqlstate === '40P01');
      expect(victim).toMatchObject({ session: 'B', message: 'deadlock detected', resumed: [{ session: 'A', status: 'ok' }] });
    },
  );
});

describe('scenario text', () => {
  it('keeps titles plain (the scenario picker’s options cannot show code) and pairs every backtick in a description', () => {
    for (const s of SCENARIOS) {
      expect(s.title, s.id).not.toContain('`');
      expect((s.description.match(/`/g) ?? []).length % 2, s.id).toBe(0);
    }
    expect(scenarioById('lost-update-atomic')?.description).toContain('`SET value = value + n`');
    expect(scenarioById('oversell-guard')?.description).toContain('`sold < capacity`');
  });
});
