import { describe, expect, it } from 'vitest';
import { citationDetails, formatAccessedDate } from './citation';

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

describe('citationDetails', () => {
  it('lists publisher, edition, ISBN and the access date, leaving out what a source lacks', () => {
    expect(citationDetails({ title: 'A book', publisher: "O'Reilly", edition: '1st edition, 2017', isbn: '978-1-4493-7332-0', accessed: '2026-12-07' })).toEqual([
      "O'Reilly",
      '1st edition, 2017',
      'ISBN 978-1-4493-7332-0',
      'accessed 7 December 2026',
    ]);
    expect(citationDetails({ title: 'A page', url: 'https://example.org/', accessed: '2026-12-07' })).toEqual(['accessed 7 December 2026']);
  });
});
