import { describe, expect, it } from 'vitest';
import { groupByLetter, initialOf } from './group-by-letter';

describe('initialOf', () => {
  it.each([
    ['ACID', 'A'],
    ['b-tree', 'B'],
    ['  mvcc', 'M'],
    ['Écriture', 'E'],
    ['N+1 queries', 'N'],
    ['2PC', '#'],
    ['*wildcard', '#'],
  ])('files %s under %s', (name, letter) => {
    expect(initialOf(name)).toBe(letter);
  });
});

describe('groupByLetter', () => {
  const name = (term: { name: string }) => term.name;
  it('sorts terms alphabetically within letters, letters in order, symbols last', () => {
    const terms = ['Write skew', '2PC', 'ACID', 'atomicity', 'WAL (write-ahead log)', 'B-tree', 'Access pattern'].map((n) => ({ name: n }));
    expect(groupByLetter(terms, name).map((group) => [group.letter, group.anchor, group.terms.map(name)])).toEqual([
      ['A', 'letter-a', ['Access pattern', 'ACID', 'atomicity']],
      ['B', 'letter-b', ['B-tree']],
      ['W', 'letter-w', ['WAL (write-ahead log)', 'Write skew']],
      ['#', 'letter-other', ['2PC']],
    ]);
  });

  it('returns no groups for no terms', () => {
    expect(groupByLetter([], name)).toEqual([]);
  });
});
