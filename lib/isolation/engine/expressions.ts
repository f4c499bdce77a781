/**
 * Expression binder and compiler: resolves column names against the FROM table,
 * type-checks like PostgreSQL's parse analysis (so errors such as 42703 or 42883
 * appear before any row is read), and compiles the tree to closures over a row
 * array. Three-valued logic follows https://www.postgresql.org/docs/current/functions-logical.html.
 */
import type { BinaryOp, Expr } from './ast';
import { IsolationSqlError, SQLSTATE } from './errors';
import type { SqlValue } from './types';
import {
  checkInt4,
  checkInt8,
  compareValues,
  integerLiteralType,
  isNumeric,
  parseLiteral,
  typeName,
  valueToText,
  type SqlType,
} from './values';

/** A row as the executor sees it: one value per column, in table order. */
export type Row = readonly SqlValue[];

/** A compiled expression: its static type and an evaluator. */
export interface Compiled {
  type: SqlType;
  eval: (row: Row) => SqlValue;
  /** Set when the expression is an untyped literal (string or NULL) that can still take on a type. */
  literal?: { text: string | null; pos: number };
}

/** Aggregate functions the engine implements. */
export type AggregateFn = 'count' | 'sum' | 'min' | 'max';

/** One aggregate call found in an aggregate query; its result lands in slot `index` of the aggregate row. */
export interface AggregateSpec {
  fn: AggregateFn;
  arg: Compiled | null;
  type: SqlType;
}

/** Columns visible to an expression. */
export interface BindTable {
  name: string;
  columns: ReadonlyArray<{ name: string; type: SqlType }>;
}

/** Where an expression appears; decides the wording of errors and whether aggregates are allowed. */
export interface BindContext {
  table?: BindTable;
  clause: string;
  /** When set, aggregate calls are collected here and bare columns are grouping errors. */
  aggregates?: AggregateSpec[];
}

const AGGREGATES = new Set<string>(['count', 'sum', 'min', 'max']);

/** True if the expression contains an aggregate call (which makes a SELECT an aggregate query). */
export function containsAggregate(e: Expr): boolean {
  switch (e.kind) {
    case 'call':
      return AGGREGATES.has(e.name) || e.args.some(containsAggregate);
    case 'unary':
    case 'isnull':
      return containsAggregate(e.operand);
    case 'binary':
      return containsAggregate(e.left) || containsAggregate(e.right);
    case 'in':
      return containsAggregate(e.operand) || e.list.some(containsAggregate);
    default:
      return false;
  }
}

function err(code: string, message: string, pos: number): IsolationSqlError {
  return new IsolationSqlError(code, message, pos + 1);
}

/** Give an untyped literal a concrete type (PostgreSQL resolves `unknown` from the other operand). */
export function coerceLiteral(c: Compiled, t: SqlType): Compiled {
  if (!c.literal || c.type !== 'unknown' || t === 'unknown') return c;
  const value = c.literal.text === null ? null : parseLiteral(c.literal.text, t, c.literal.pos + 1);
  return { type: t, eval: () => value };
}

function exprPos(e: Expr): number {
  if (e.kind === 'binary') return exprPos(e.left);
  if (e.kind === 'in' || e.kind === 'isnull') return exprPos(e.operand);
  return e.pos;
}

function compileBoolOperand(e: Expr, ctx: BindContext, what: string): Compiled {
  let c = compileExpr(e, ctx);
  if (c.type === 'unknown') c = coerceLiteral(c, 'bool');
  if (c.type !== 'bool') {
    throw err(SQLSTATE.datatypeMismatch, `argument of ${what} must be type boolean, not type ${typeName(c.type)}`, exprPos(e));
  }
  return c;
}

function arithmetic(op: BinaryOp, l: Compiled, r: Compiled, pos: number): Compiled {
  if (l.type === 'unknown' && isNumeric(r.type)) l = coerceLiteral(l, r.type);
  if (r.type === 'unknown' && isNumeric(l.type)) r = coerceLiteral(r, l.type);
  if (l.type === 'unknown' && r.type === 'unknown') {
    throw err('42725', `operator is not unique: unknown ${op} unknown`, pos);
  }
  if (!isNumeric(l.type) || !isNumeric(r.type)) {
    throw err(SQLSTATE.undefinedFunction, `operator does not exist: ${typeName(l.type)} ${op} ${typeName(r.type)}`, pos);
  }
  const type: SqlType = l.type === 'numeric' || r.type === 'numeric' ? 'numeric' : l.type === 'int8' || r.type === 'int8' ? 'int8' : 'int4';
  const check = type === 'int4' ? checkInt4 : type === 'int8' ? checkInt8 : (v: number) => v;
  const le = l.eval;
  const re = r.eval;
  let f: (a: number, b: number) => number;
  switch (op) {
    case '+':
      f = (a, b) => check(a + b);
      break;
    case '-':
      f = (a, b) => check(a - b);
      break;
    case '*':
      f = (a, b) => check(a * b);
      break;
    case '/':
      // Integer division truncates toward zero.
      f = (a, b) => {
        if (b === 0) throw new IsolationSqlError(SQLSTATE.divisionByZero, 'division by zero');
        return check(Math.trunc(a / b));
      };
      break;
    default:
      f = (a, b) => {
        if (b === 0) throw new IsolationSqlError(SQLSTATE.divisionByZero, 'division by zero');
        return check(a % b);
      };
  }
  return {
    type,
    eval: (row) => {
      const a = le(row);
      if (a === null) return null;
      const b = re(row);
      if (b === null) return null;
      return f(a as number, b as number);
    },
  };
}

function comparable(a: SqlType, b: SqlType): boolean {
  return a === b || (isNumeric(a) && isNumeric(b));
}

/** Resolve operand types of a comparison and return a comparator over non-null values. */
function resolveComparison(l: Compiled, r: Compiled, op: string, pos: number): [Compiled, Compiled] {
  if (l.type === 'unknown' && r.type === 'unknown') {
    l = coerceLiteral(l, 'text');
    r = coerceLiteral(r, 'text');
  } else if (l.type === 'unknown') l = coerceLiteral(l, r.type);
  else if (r.type === 'unknown') r = coerceLiteral(r, l.type);
  if (!comparable(l.type, r.type)) {
    throw err(SQLSTATE.undefinedFunction, `operator does not exist: ${typeName(l.type)} ${op} ${typeName(r.type)}`, pos);
  }
  return [l, r];
}

function comparison(op: BinaryOp, l: Compiled, r: Compiled, pos: number): Compiled {
  [l, r] = resolveComparison(l, r, op, pos);
  const le = l.eval;
  const re = r.eval;
  let test: (c: number) => boolean;
  switch (op) {
    case '=':
      test = (c) => c === 0;
      break;
    case '<>':
      test = (c) => c !== 0;
      break;
    case '<':
      test = (c) => c < 0;
      break;
    case '<=':
      test = (c) => c <= 0;
      break;
    case '>':
      test = (c) => c > 0;
      break;
    default:
      test = (c) => c >= 0;
  }
  return {
    type: 'bool',
    eval: (row) => {
      const a = le(row);
      if (a === null) return null;
      const b = re(row);
      if (b === null) return null;
      return test(compareValues(a, b));
    },
  };
}

function compileCall(e: Extract<Expr, { kind: 'call' }>, ctx: BindContext): Compiled {
  if (!AGGREGATES.has(e.name)) {
    const argTypes = e.args.map((a) => typeName(compileExpr(a, ctx).type)).join(', ');
    throw err(SQLSTATE.undefinedFunction, `function ${e.name}(${argTypes}) does not exist`, e.pos);
  }
  if (!ctx.aggregates) {
    throw err(SQLSTATE.groupingError, `aggregate functions are not allowed in ${ctx.clause}`, e.pos);
  }
  const fn = e.name as AggregateFn;
  let arg: Compiled | null = null;
  let type: SqlType;
  if (e.star) {
    if (fn !== 'count') throw err(SQLSTATE.syntaxError, `${fn}(*) is not a valid aggregate call`, e.pos);
    type = 'int8';
  } else {
    if (e.args.length !== 1) {
      const argTypes = e.args.map((a) => typeName(compileExpr(a, { ...ctx, aggregates: undefined }).type)).join(', ');
      throw err(SQLSTATE.undefinedFunction, `function ${fn}(${argTypes}) does not exist`, e.pos);
    }
    // Aggregate arguments are evaluated per input row; nested aggregates are not allowed.
    const inner: BindContext = { table: ctx.table, clause: 'aggregate function calls' };
    const a = e.args[0] as Expr;
    if (containsAggregate(a)) throw err(SQLSTATE.groupingError, 'aggregate function calls cannot be nested', exprPos(a));
    arg = compileExpr(a, inner);
    if (arg.type === 'unknown' && fn !== 'count') {
      throw err('42725', `function ${fn}(unknown) is not unique`, e.pos);
    }
    if (fn === 'count') type = 'int8';
    else if (fn === 'sum') {
      if (!isNumeric(arg.type)) throw err(SQLSTATE.undefinedFunction, `function sum(${typeName(arg.type)}) does not exist`, e.pos);
      type = arg.type === 'int4' ? 'int8' : 'numeric';
    } else {
      if (arg.type === 'bool') throw err(SQLSTATE.undefinedFunction, `function ${fn}(boolean) does not exist`, e.pos);
      type = arg.type;
    }
  }
  const slot = ctx.aggregates.length;
  ctx.aggregates.push({ fn, arg, type });
  return { type, eval: (aggRow) => aggRow[slot] ?? null };
}

/** Bind and compile an expression in the given context. */
export function compileExpr(e: Expr, ctx: BindContext): Compiled {
  switch (e.kind) {
    case 'literal': {
      const v = e.value;
      if (e.literalType === 'string') return { type: 'unknown', eval: () => v, literal: { text: v as string, pos: e.pos } };
      if (e.literalType === 'null') return { type: 'unknown', eval: () => null, literal: { text: null, pos: e.pos } };
      if (e.literalType === 'bool') return { type: 'bool', eval: () => v };
      return { type: integerLiteralType(v as number), eval: () => v };
    }
    case 'column': {
      const t = ctx.table;
      if (e.table !== undefined && (!t || t.name !== e.table)) {
        throw err(SQLSTATE.undefinedTable, `missing FROM-clause entry for table "${e.table}"`, e.pos);
      }
      const idx = t ? t.columns.findIndex((c) => c.name === e.name) : -1;
      if (!t || idx < 0) {
        const shown = e.table !== undefined ? `${e.table}.${e.name}` : e.name;
        throw err(SQLSTATE.undefinedColumn, `column "${shown}" does not exist`, e.pos);
      }
      if (ctx.aggregates) {
        throw err(
          SQLSTATE.groupingError,
          `column "${t.name}.${e.name}" must appear in the GROUP BY clause or be used in an aggregate function`,
          e.pos,
        );
      }
      return { type: (t.columns[idx] as { type: SqlType }).type, eval: (row) => row[idx] ?? null };
    }
    case 'unary': {
      if (e.op === 'not') {
        const c = compileBoolOperand(e.operand, ctx, 'NOT');
        const ce = c.eval;
        return { type: 'bool', eval: (row) => { const v = ce(row); return v === null ? null : !v; } };
      }
      let c = compileExpr(e.operand, ctx);
      if (c.type === 'unknown') c = coerceLiteral(c, 'int4');
      if (!isNumeric(c.type)) {
        throw err(SQLSTATE.undefinedFunction, `operator does not exist: ${e.op} ${typeName(c.type)}`, e.pos);
      }
      if (e.op === '+') return c;
      const ce = c.eval;
      const check = c.type === 'int4' ? checkInt4 : checkInt8;
      return { type: c.type, eval: (row) => { const v = ce(row); return v === null ? null : check(-(v as number)); } };
    }
    case 'binary': {
      if (e.op === 'and' || e.op === 'or') {
        const l = compileBoolOperand(e.left, ctx, e.op.toUpperCase()).eval;
        const r = compileBoolOperand(e.right, ctx, e.op.toUpperCase()).eval;
        if (e.op === 'and') {
          return {
            type: 'bool',
            eval: (row) => {
              const a = l(row);
              if (a === false) return false;
              const b = r(row);
              if (b === false) return false;
              return a === null || b === null ? null : true;
            },
          };
        }
        return {
          type: 'bool',
          eval: (row) => {
            const a = l(row);
            if (a === true) return true;
            const b = r(row);
            if (b === true) return true;
            return a === null || b === null ? null : false;
          },
        };
      }
      const l = compileExpr(e.left, ctx);
      const r = compileExpr(e.right, ctx);
      if (e.op === '+' || e.op === '-' || e.op === '*' || e.op === '/' || e.op === '%') return arithmetic(e.op, l, r, e.pos);
      return comparison(e.op, l, r, e.pos);
    }
    case 'in': {
      const operand = compileExpr(e.operand, ctx);
      const items = e.list.map((item) => comparison('=', operand, compileExpr(item, ctx), e.pos).eval);
      const negated = e.negated;
      return {
        type: 'bool',
        eval: (row) => {
          let sawNull = false;
          for (const item of items) {
            const v = item(row);
            if (v === true) return !negated;
            if (v === null) sawNull = true;
          }
          return sawNull ? null : negated;
        },
      };
    }
    case 'isnull': {
      const c = compileExpr(e.operand, ctx).eval;
      const negated = e.negated;
      return { type: 'bool', eval: (row) => (c(row) === null) !== negated };
    }
    case 'call':
      return compileCall(e, ctx);
  }
}

/** Compile a WHERE clause: must be boolean; rows pass only when it is true (not NULL). */
export function compilePredicate(e: Expr, ctx: BindContext): (row: Row) => boolean {
  let c = compileExpr(e, ctx);
  if (c.type === 'unknown') c = coerceLiteral(c, 'bool');
  if (c.type !== 'bool') {
    throw err(SQLSTATE.datatypeMismatch, `argument of ${ctx.clause} must be type boolean, not type ${typeName(c.type)}`, exprPos(e));
  }
  const ce = c.eval;
  return (row) => ce(row) === true;
}

/**
 * Compile an expression whose value is stored in a column of type `target`
 * (INSERT VALUES, UPDATE SET, DEFAULT), applying PostgreSQL's assignment casts.
 */
export function compileAssignment(e: Expr, ctx: BindContext, target: SqlType, column: string): (row: Row) => SqlValue {
  let c = compileExpr(e, ctx);
  if (c.type === 'unknown') c = coerceLiteral(c, target);
  if (c.type === target) return c.eval;
  const ce = c.eval;
  if (target === 'int4' && (c.type === 'int8' || c.type === 'numeric')) {
    return (row) => { const v = ce(row); return v === null ? null : checkInt4(v as number); };
  }
  if (target === 'int8' && isNumeric(c.type)) return ce;
  if (target === 'text') {
    // Any type can be stored into a text column through its output function (an I/O assignment cast).
    return (row) => valueToText(ce(row));
  }
  throw err(
    SQLSTATE.datatypeMismatch,
    `column "${column}" is of type ${typeName(target)} but expression is of type ${typeName(c.type)}`,
    exprPos(e),
  );
}

/** Name PostgreSQL gives an output column for this select-list expression. */
export function outputName(e: Expr): string {
  if (e.kind === 'column') return e.name;
  if (e.kind === 'call') return e.name;
  return '?column?';
}
