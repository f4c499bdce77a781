import { describe, expect, it } from 'vitest';
import { CORE_FACTORS, FACTORS } from './factors';

describe('FACTORS', () => {
  it('are the framework’s five factors in priority order, with "PostgreSQL first" before operational burden', () => {
    expect(CORE_FACTORS).toEqual(['Consistency', 'Read/write ratio', 'Data model', '12-month scale', 'Operational burden']);
    expect(FACTORS.filter((factor) => factor !== 'PostgreSQL first')).toEqual([...CORE_FACTORS]);
    expect(FACTORS.indexOf('PostgreSQL first')).toBe(FACTORS.indexOf('12-month scale') + 1);
  });
});
