import { describe, expect, it } from 'vitest';
import type { Expr } from './ast';
import { IsolationSqlError } from './errors';
import { compileAssignment, compileExpr, compilePredicate, type BindTable } from './expressions';
import { parseStatement } from './parser';

const table: BindTable = {
  name: 't',
  columns: [
    { name: 'id', type: 'int4' },
    { name: 'name', type: 'text' },
    { name: 'ok', type: 'bool' },
    { name: 'big', type: 'int8' },
  ],
};

function expr(src: string): Expr {
  const s = parseStatement(`SELECT ${src}`);
  if (s.kind !== 'select' || s.items[0]?.kind !== 'expr') throw new Error('bad test expression');
  return s.items[0].expr;
}

const evalOn = (src: string, row: Array<number | string | boolean | null> = [1, 'a', true, 10]) =>
  compileExpr(expr(src), { table, clause: 'SELECT' }).eval(row);

describe('expressions', () => {
  it('does integer arithmetic like PostgreSQL: truncating division, sign of the dividend for %', () => {
    expect(evalOn('7 / 2')).toBe(3);
    expect(evalOn('-7 / 2')).toBe(-3);
    expect(evalOn('-7 % 3')).toBe(-1);
    expect(evalOn('7 % -3')).toBe(1);
    expect(evalOn('id * 10 + big')).toBe(20);
  });

  it('raises 22012 for division by zero and 22003 for overflow', () => {
    expect(() => evalOn('1 / 0')).toThrow('division by zero');
    expect(() => evalOn('1 % 0')).toThrow('division by zero');
    expect(() => evalOn('2147483647 + id')).toThrow('integer out of range');
  });

  it('uses three-valued logic', () => {
    expect(evalOn('NULL = 1')).toBeNull();
    expect(evalOn('false AND NULL = 1')).toBe(false);
    expect(evalOn('true OR NULL = 1')).toBe(true);
    expect(evalOn('true AND NULL = 1')).toBeNull();
    expect(evalOn('NOT (NULL = 1)')).toBeNull();
    expect(evalOn('id IN (2, NULL)')).toBeNull();
    expect(evalOn('id NOT IN (2, 3)')).toBe(true);
    expect(evalOn('name IS NULL')).toBe(false);
  });

  it('gives untyped literals the type of the other operand', () => {
    expect(evalOn("id = '1'")).toBe(true);
    expect(evalOn("ok = 'yes'")).toBe(true);
    expect(() => evalOn("id = 'one'")).toThrow('invalid input syntax for type integer: "one"');
  });

  it('rejects mismatched operand types with 42883 at the operator position', () => {
    try {
      compileExpr(expr('name + 1'), { table, clause: 'SELECT' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(IsolationSqlError);
      expect(e).toMatchObject({ sqlstate: '42883', message: 'operator does not exist: text + integer', position: 13 });
    }
  });

  it('requires boolean WHERE clauses and keeps only rows where it is true', () => {
    const p = compilePredicate(expr('id > 1 OR name IS NULL'), { table, clause: 'WHERE' });
    expect(p([2, 'x', true, 0])).toBe(true);
    expect(p([1, 'x', true, 0])).toBe(false);
    expect(p([null, 'x', true, 0])).toBe(false);
    expect(() => compilePredicate(expr('id'), { table, clause: 'WHERE' })).toThrow('argument of WHERE must be type boolean, not type integer');
  });

  it('applies assignment casts: int into text is allowed, boolean into int is not', () => {
    expect(compileAssignment(expr('id + 1'), { table, clause: 'UPDATE' }, 'text', 'name')([1, 'a', true, 1])).toBe('2');
    expect(() => compileAssignment(expr('ok'), { table, clause: 'UPDATE' }, 'int4', 'id')).toThrow(
      'column "id" is of type integer but expression is of type boolean',
    );
    expect(() => compileAssignment(expr('big * 1000000000'), { table, clause: 'UPDATE' }, 'int4', 'id')([1, 'a', true, 10])).toThrow(
      'integer out of range',
    );
  });

  it('reports unknown columns and grouping errors', () => {
    expect(() => compileExpr(expr('nope'), { table, clause: 'SELECT' })).toThrow('column "nope" does not exist');
    expect(() => compileExpr(expr('id'), { table, clause: 'SELECT', aggregates: [] })).toThrow(
      'column "t.id" must appear in the GROUP BY clause or be used in an aggregate function',
    );
    expect(() => compileExpr(expr('count(*)'), { table, clause: 'WHERE' })).toThrow('aggregate functions are not allowed in WHERE');
  });
});
