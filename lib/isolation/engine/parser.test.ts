import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IsolationSqlError } from './errors';
import { parseStatement } from './parser';

function parseError(sql: string): IsolationSqlError {
  try {
    parseStatement(sql);
  } catch (e) {
    if (e instanceof IsolationSqlError) return e;
    throw e;
  }
  throw new Error(`expected a parse error for ${sql}`);
}

describe('parseStatement', () => {
  it('parses CREATE TABLE with types and column/table constraints', () => {
    const s = parseStatement('create table T (id INTEGER primary key, n bigint not null, e text unique, ok bool default true, unique (n, e))');
    expect(s).toMatchObject({
      kind: 'create_table',
      table: 't',
      columns: [
        { name: 'id', type: 'int4', primaryKey: true },
        { name: 'n', type: 'int8', notNull: true },
        { name: 'e', type: 'text', unique: true },
        { name: 'ok', type: 'bool' },
      ],
      primaryKey: { columns: ['id'] },
      uniques: [{ columns: ['e'] }, { columns: ['n', 'e'] }],
    });
  });

  it('parses multi-row INSERT with a column list', () => {
    const s = parseStatement("INSERT INTO t (a, b) VALUES (1, 'x'), (-2, NULL);");
    expect(s).toMatchObject({ kind: 'insert', table: 't', columns: [{ name: 'a' }, { name: 'b' }] });
    expect(s.kind === 'insert' && s.rows.length).toBe(2);
  });

  it('parses SELECT with aliases, WHERE, ORDER BY, LIMIT and FOR UPDATE', () => {
    const s = parseStatement('SELECT a AS x, b y, count(*) FROM t WHERE a IN (1, 2) AND NOT b <> 3 ORDER BY a DESC, 2 LIMIT 5 FOR UPDATE');
    expect(s).toMatchObject({
      kind: 'select',
      items: [{ alias: 'x' }, { alias: 'y' }, { expr: { kind: 'call', name: 'count', star: true } }],
      from: { table: 't' },
      where: { kind: 'binary', op: 'and', left: { kind: 'in' }, right: { kind: 'unary', op: 'not' } },
      orderBy: [{ descending: true }, { descending: false }],
      forUpdate: true,
    });
  });

  it('follows PostgreSQL operator precedence', () => {
    const s = parseStatement('SELECT 1 + 2 * 3 = 7 OR false AND true');
    expect(s.kind === 'select' && s.items[0]).toMatchObject({
      expr: {
        op: 'or',
        left: { op: '=', left: { op: '+', right: { op: '*' } } },
        right: { op: 'and' },
      },
    });
  });

  it('folds a minus sign into an integer literal', () => {
    const s = parseStatement('SELECT -2147483648');
    expect(s.kind === 'select' && s.items[0]).toMatchObject({ expr: { kind: 'literal', value: -2147483648 } });
  });

  it('parses every transaction-control spelling', () => {
    expect(parseStatement('BEGIN')).toEqual({ kind: 'begin', level: undefined });
    expect(parseStatement('begin transaction isolation level repeatable read')).toEqual({ kind: 'begin', level: 'REPEATABLE READ' });
    expect(parseStatement('START TRANSACTION ISOLATION LEVEL SERIALIZABLE;')).toEqual({ kind: 'begin', level: 'SERIALIZABLE' });
    expect(parseStatement('BEGIN WORK ISOLATION LEVEL READ UNCOMMITTED')).toEqual({ kind: 'begin', level: 'READ UNCOMMITTED' });
    expect(parseStatement('SET TRANSACTION ISOLATION LEVEL READ COMMITTED')).toEqual({ kind: 'set_transaction', level: 'READ COMMITTED' });
    for (const c of ['COMMIT', 'END', 'commit work', 'END TRANSACTION']) expect(parseStatement(c)).toEqual({ kind: 'commit' });
    for (const r of ['ROLLBACK', 'ABORT', 'rollback transaction']) expect(parseStatement(r)).toEqual({ kind: 'rollback' });
  });

  it.each([
    ['SELECT * FROM t WHERE', 'syntax error at end of input', 22],
    ['SELECT * FROM t WHERE;', 'syntax error at or near ";"', 22],
    ['SELECT 1 2', 'syntax error at or near "2"', 10],
    ['SELECT 1 = 1 = 1', 'syntax error at or near "="', 14],
    ["SELECT * FROM t WHERE x = 'a' 'b'", `syntax error at or near "'b'"`, 31],
    ['BEGIN ISOLATION LEVEL foo', 'syntax error at or near "foo"', 23],
    ['SELECT id FROM t FOR UPDATE ORDER BY id', 'syntax error at or near "ORDER"', 29],
    ['SELEC 1', 'syntax error at or near "SELEC"', 1],
    ['UPDATE t SET', 'syntax error at end of input', 13],
  ])('reports %s as PostgreSQL does', (sql, message, position) => {
    const e = parseError(sql);
    expect(e.sqlstate).toBe('42601');
    expect(e.message).toBe(message);
    expect(e.position).toBe(position);
  });

  it('rejects unknown column types with 42704', () => {
    expect(parseError('CREATE TABLE t (a varchar)')).toMatchObject({ sqlstate: '42704', message: 'type "varchar" does not exist' });
  });

  it('rejects two statements in one step', () => {
    expect(parseError('SELECT 1; SELECT 2').sqlstate).toBe('0A000');
  });

  it('only ever fails with IsolationSqlError whose position lies inside the text (or just after it)', () => {
    const words = ['SELECT', 'FROM', 't', 'WHERE', 'a', '=', '1', "'x'", '(', ')', ',', 'AND', 'OR', 'NOT', 'IN', 'ORDER', 'BY', 'FOR', 'UPDATE', '*', '+', 'count', ';'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), (parts) => {
        const sql = parts.join(' ');
        try {
          parseStatement(sql);
        } catch (e) {
          expect(e).toBeInstanceOf(IsolationSqlError);
          const pos = (e as IsolationSqlError).position ?? 1;
          expect(pos).toBeGreaterThanOrEqual(1);
          expect(pos).toBeLessThanOrEqual(sql.length + 1);
        }
      }),
    );
  });
});
