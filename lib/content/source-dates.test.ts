import { describe, expect, it } from 'vitest';
import { formatAccessedDate } from './source-dates';

describe('formatAccessedDate', () => {
  it.each([
    ['2026-12-07', '7 December 2026'],
    ['2024-01-31', '31 January 2024'],
  ])('writes %s as %s', (iso, text) => {
    expect(formatAccessedDate(iso)).toBe(text);
  });

  it('leaves text that is not a date as it is', () => {
    expect(formatAccessedDate('2026-13-01')).toBe('2026-13-01');
    expect(formatAccessedDate('soon')).toBe('soon');
  });
});
