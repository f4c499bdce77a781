import { describe, expect, it } from 'vitest';
import { paramName } from '@/lib/instruments/url';
import { decodeLabQuery, encodeLabQuery, hasLabParams, MAX_LAB_QUERY_LENGTH, type LabState } from './url';

const defaults: LabState = { scenario: 'lost-update', level: 'READ COMMITTED', step: 0 };

describe('the lab’s URL state', () => {
  it('round-trips a library scenario and a custom script', () => {
    const states: LabState[] = [
      { scenario: 'write-skew', level: 'SERIALIZABLE', step: 7 },
      { scenario: 'custom', level: 'READ UNCOMMITTED', step: 2, script: "setup: CREATE TABLE t (id int)\nA: SELECT 'a&b=c#d'\nB: SELECT 1" },
    ];
    for (const state of states) {
      const query = encodeLabQuery(state, '');
      expect(decodeLabQuery(query, defaults)).toEqual({ state, notice: null });
    }
    expect(encodeLabQuery(states[0]!, '')).toBe('?scenario=write-skew&level=serializable&step=7');
  });

  it('leaves the address clean while the lab is in its default state', () => {
    expect(encodeLabQuery(defaults, '?bytes=10&scenario=lost-update&step=3', '', defaults)).toBe('?bytes=10');
    expect(encodeLabQuery({ ...defaults, step: 1 }, '', '', defaults)).toBe('?scenario=lost-update&level=read-committed&step=1');
  });

  it('keeps other widgets’ parameters and separates labs by prefix', () => {
    const query = encodeLabQuery({ scenario: 'deadlock', level: 'REPEATABLE READ', step: 3 }, '?bytes=10&scenario=write-skew', 'two');
    expect(query).toBe('?bytes=10&scenario=write-skew&two.scenario=deadlock&two.level=repeatable-read&two.step=3');
    expect(decodeLabQuery(query, defaults, 'two').state).toEqual({ scenario: 'deadlock', level: 'REPEATABLE READ', step: 3 });
    expect(decodeLabQuery(query, defaults).state.scenario).toBe('write-skew');
    expect(paramName('step', 'x')).toBe('x.step');
    expect(hasLabParams(query, 'two')).toBe(true);
    expect(hasLabParams('?bytes=10', 'two')).toBe(false);
  });

  it('falls back to defaults, with a notice that repeats no link text, for hostile values', () => {
    const cases = [
      '?scenario=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '?scenario=__proto__',
      '?level=chaos',
      '?level=READ%20COMMITTED',
      '?step=-1',
      '?step=1e3',
      '?step=99999',
      '?step=abc',
      '?step=1&step=2',
      '?scenario=custom',
      '?scenario=custom&script=SELECT%201',
      '?script=A%3A%20SELECT%201',
    ];
    for (const search of cases) {
      const decoded = decodeLabQuery(search, defaults);
      expect(decoded.state, search).toEqual(defaults);
      expect(decoded.notice, search).toMatch(/^Part of this link could not be used/);
      expect(decoded.notice).not.toMatch(/script>|alert|chaos|proto|abc|SELECT/);
    }
    expect(decodeLabQuery(`?step=${'1'.repeat(MAX_LAB_QUERY_LENGTH + 1)}`, defaults)).toEqual({
      state: defaults,
      notice: 'This link is too long to read, so the lab starts from its default scenario.',
    });
  });

  it('keeps the usable parts of a partly bad link', () => {
    expect(decodeLabQuery('?scenario=phantom-read&level=nope&step=4', defaults)).toEqual({
      state: { scenario: 'phantom-read', level: 'READ COMMITTED', step: 4 },
      notice: 'Part of this link could not be used, so the lab shows its default for the isolation level.',
    });
  });
});

describe('the lab’s engine view in the URL', () => {
  it('round-trips engine=compare and leaves PostgreSQL (the default) out of the address', () => {
    const state: LabState = { ...defaults, engine: 'compare' };
    const query = encodeLabQuery(state, '', '', defaults);
    expect(query).toContain('engine=compare');
    expect(decodeLabQuery(query, defaults)).toEqual({ state, notice: null });
    expect(encodeLabQuery(defaults, '', '', defaults)).toBe('');
    expect(decodeLabQuery('?engine=postgresql', defaults)).toEqual({ state: defaults, notice: null });
  });

  it('an unknown engine falls back to PostgreSQL with a notice', () => {
    const decoded = decodeLabQuery('?engine=oracle', defaults);
    expect(decoded.state).toEqual(defaults);
    expect(decoded.notice).toContain('the engine');
  });
});
