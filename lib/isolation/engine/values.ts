/**
 * SQL value semantics: type names, input conversion of string literals, integer
 * range checks and comparison, following PostgreSQL's int4/int8/text/bool types
 * (https://www.postgresql.org/docs/current/datatype.html).
 */
import type { ColumnType } from './ast';
import { IsolationSqlError, SQLSTATE } from './errors';
import type { SqlValue } from './types';

/** Type of an expression: a column type, PostgreSQL's `unknown` (untyped string literal or NULL) or `numeric` (sum of bigint). */
export type SqlType = ColumnType | 'unknown' | 'numeric';

const TYPE_NAMES: Record<SqlType, string> = {
  int4: 'integer',
  int8: 'bigint',
  text: 'text',
  bool: 'boolean',
  unknown: 'unknown',
  numeric: 'numeric',
};

/** PostgreSQL's display name of a type, as used in error messages. */
export function typeName(t: SqlType): string {
  return TYPE_NAMES[t];
}

/** True for integer-like types that take part in arithmetic. */
export function isNumeric(t: SqlType): boolean {
  return t === 'int4' || t === 'int8' || t === 'numeric';
}

const INT4_MIN = -2147483648;
const INT4_MAX = 2147483647;
// int8 is held in a JS number: exact up to 2^53, range-checked against the real int8 bounds
// [-2^63, 2^63 - 1]; as doubles, "greater than 2^63 - 1" is "at least 2^63".
const INT8_LIMIT = 2 ** 63;

/** Check an int4 result; PostgreSQL reports overflow as 22003 "integer out of range". */
export function checkInt4(v: number): number {
  if (v < INT4_MIN || v > INT4_MAX) throw new IsolationSqlError(SQLSTATE.numericOutOfRange, 'integer out of range');
  return v === 0 ? 0 : v;
}

/** Check an int8 result (22003 "bigint out of range"). */
export function checkInt8(v: number): number {
  if (v < -INT8_LIMIT || v >= INT8_LIMIT) throw new IsolationSqlError(SQLSTATE.numericOutOfRange, 'bigint out of range');
  return v === 0 ? 0 : v;
}

/** Type of an integer literal: int4 when it fits, else int8 (PostgreSQL would use numeric beyond int8). */
export function integerLiteralType(v: number): SqlType {
  return v >= INT4_MIN && v <= INT4_MAX ? 'int4' : 'int8';
}

/**
 * Convert the text of an untyped literal to a value of type `t`, as PostgreSQL's
 * input functions do (int4in, int8in, boolin); `pos` is the literal's 1-based position.
 */
export function parseLiteral(text: string, t: SqlType, pos?: number): SqlValue {
  switch (t) {
    case 'text':
    case 'unknown':
      return text;
    case 'int4':
    case 'int8':
    case 'numeric': {
      const trimmed = text.trim();
      const tn = t === 'int4' ? 'integer' : t === 'int8' ? 'bigint' : 'numeric';
      if (!/^[+-]?\d+$/.test(trimmed)) {
        throw new IsolationSqlError(SQLSTATE.invalidTextRepresentation, `invalid input syntax for type ${tn}: "${text}"`, pos);
      }
      const v = Number(trimmed);
      if (t === 'int4' && (v < INT4_MIN || v > INT4_MAX)) {
        throw new IsolationSqlError(SQLSTATE.numericOutOfRange, `value "${text}" is out of range for type integer`, pos);
      }
      if (t === 'int8' && (v < -INT8_LIMIT || v >= INT8_LIMIT)) {
        throw new IsolationSqlError(SQLSTATE.numericOutOfRange, `value "${text}" is out of range for type bigint`, pos);
      }
      return v === 0 ? 0 : v;
    }
    case 'bool': {
      const s = text.trim().toLowerCase();
      if (s.length > 0) {
        if ('true'.startsWith(s) || 'yes'.startsWith(s) || s === 'on' || s === '1') return true;
        if ('false'.startsWith(s) || 'no'.startsWith(s) || s === 'off' || s === '0') return false;
      }
      throw new IsolationSqlError(SQLSTATE.invalidTextRepresentation, `invalid input syntax for type boolean: "${text}"`, pos);
    }
  }
}

/** Text form of a value, as PostgreSQL's output functions write it (used for I/O casts to text). */
export function valueToText(v: SqlValue): string | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return String(v);
}

/** Compare two non-null values of the same type family: negative, zero or positive. Text compares in byte (C collation) order. */
export function compareValues(a: Exclude<SqlValue, null>, b: Exclude<SqlValue, null>): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}
