import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsolationSqlError } from './errors';
import { tokenize } from './tokenizer';

const kinds = (sql: string) => tokenize(sql).map((t) => `${t.kind}:${t.value}`);

describe('tokenize', () => {
  it('folds unquoted identifiers to lower case and keeps quoted ones', () => {
    expect(kinds('SELECT Foo, "Bar" FROM t')).toEqual([
      'ident:select',
      'ident:foo',
      'punct:,',
      'quoted_ident:Bar',
      'ident:from',
      'ident:t',
      'eof:',
    ]);
  });

  it('reads string literals with doubled quotes, numbers and two-character operators', () => {
    expect(kinds("x <> 'it''s' AND y<=10 OR z != 2.5")).toEqual([
      'ident:x',
      'op:<>',
      "string:it's",
      'ident:and',
      'ident:y',
      'op:<=',
      'number:10',
      'ident:or',
      'ident:z',
      'op:!=',
      'number:2.5',
      'eof:',
    ]);
  });

  it('skips line and nested block comments', () => {
    expect(kinds('-- hi\nSELECT /* a /* b */ c */ 1')).toEqual(['ident:select', 'number:1', 'eof:']);
  });

  it('records 0-based positions and ends with eof at the input length', () => {
    const toks = tokenize('SELECT  x');
    expect(toks.map((t) => t.pos)).toEqual([0, 8, 9]);
  });

  it('reports an unterminated string like PostgreSQL, with a 1-based position', () => {
    try {
      tokenize("SELECT 'abc");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(IsolationSqlError);
      expect(e).toMatchObject({ sqlstate: '42601', message: 'unterminated quoted string at or near "\'abc"', position: 8 });
    }
  });

  it('reports an unterminated quoted identifier', () => {
    expect(() => tokenize('SELECT "abc')).toThrow('unterminated quoted identifier at or near ""abc"');
  });

  it('never throws anything but IsolationSqlError, on any input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        try {
          const toks = tokenize(s);
          expect(toks[toks.length - 1]?.kind).toBe('eof');
        } catch (e) {
          expect(e).toBeInstanceOf(IsolationSqlError);
        }
      }),
    );
  });
});
