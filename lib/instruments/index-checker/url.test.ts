import { describe, expect, it } from 'vitest';
import type { CheckerInput } from './model';
import { CHECKER_PRESETS } from './presets';
import { decodeCheckerQuery, encodeCheckerQuery } from './url';

const defaults = CHECKER_PRESETS[0]!.input;

describe('the checker’s URL state', () => {
  it('round-trips every preset and writes nothing for the defaults', () => {
    for (const preset of CHECKER_PRESETS) {
      const query = encodeCheckerQuery(preset.input, '?order=4', defaults, 'q');
      expect(decodeCheckerQuery(query, defaults, 'q')).toEqual({ input: preset.input, notice: null });
    }
    expect(encodeCheckerQuery(defaults, '', defaults)).toBe('');
  });

  it('writes a readable query', () => {
    const input: CheckerInput = {
      index: { keys: [{ column: 'user_id', direction: 'asc' }, { column: 'created_at', direction: 'desc' }], include: ['total_cents'] },
      query: { where: { user_id: 'eq', created_at: 'range' }, orderBy: [{ column: 'created_at', direction: 'desc' }], select: 'all', limit: true },
    };
    expect(encodeCheckerQuery(input, '', defaults)).toBe('?ix=user_id.created_at-desc&inc=total_cents&where=user_id-eq.created_at-range&order=created_at-desc&select=all&limit=1');
  });

  it('falls back to defaults with a notice that never repeats the link, for hostile or malformed values', () => {
    const cases: Array<[string, string]> = [
      ['?ix=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'index columns'],
      ['?ix=user_id.user_id', 'index columns'],
      ['?ix=a.b.c.d.e', 'index columns'],
      ['?ix=id.user_id.status.created_at.region', 'index columns'],
      ['?ix=user_id-up', 'index columns'],
      ['?ix=__proto__', 'index columns'],
      ['?inc=constructor', 'INCLUDE'],
      ['?where=user_id-like', 'WHERE'],
      ['?where=user_id-eq.user_id-in', 'WHERE'],
      ['?where=toString-eq', 'WHERE'],
      ['?order=created_at-desc-x', 'ORDER BY'],
      ['?select=*', 'selected columns'],
      ['?limit=yes', 'LIMIT'],
      ['?limit=1&limit=0', 'LIMIT'],
      [`?where=${'user_id-eq.'.repeat(40)}`, 'WHERE'],
    ];
    for (const [search, name] of cases) {
      const { input, notice } = decodeCheckerQuery(search, defaults);
      expect(notice, search).toContain(name);
      expect(notice).not.toMatch(/script|proto|constructor|toString|like|\*/);
      expect(input.index.keys.length).toBeGreaterThan(0);
    }
  });

  it('drops INCLUDE columns that are already key columns', () => {
    const { input } = decodeCheckerQuery('?ix=user_id&inc=user_id.status', defaults);
    expect(input.index.include).toEqual(['status']);
  });
});
