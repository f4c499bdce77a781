/**
 * Hand-written SQL tokenizer for the subset of PostgreSQL the engine accepts.
 * Follows PostgreSQL's lexical rules where they matter for error messages:
 * unquoted identifiers and keywords fold to lower case, "quoted" identifiers
 * keep their case, '' inside a string literal is one quote, and `--` / `/* *\/`
 * are comments (https://www.postgresql.org/docs/current/sql-syntax-lexical.html).
 */
import { IsolationSqlError, SQLSTATE } from './errors';

/** Kind of a token; keywords are `ident` tokens that the parser recognises by value. */
export type TokenKind = 'ident' | 'quoted_ident' | 'number' | 'string' | 'op' | 'punct' | 'eof';

/** One token: `value` is the folded identifier, string contents or operator; `pos` is the 0-based source offset. */
export interface Token {
  kind: TokenKind;
  value: string;
  text: string;
  pos: number;
}

const OPERATOR_CHARS = '+-*/<>=~!@#%^&|`?';
const TWO_CHAR_OPERATORS = new Set(['<>', '<=', '>=', '!=', '||']);

function isIdentStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_' || c > '\x7f';
}

function isIdentChar(c: string): boolean {
  return isIdentStart(c) || (c >= '0' && c <= '9') || c === '$';
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Split SQL text into tokens, ending with an `eof` token; throws 42601 for unterminated literals. */
export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  const n = sql.length;
  let i = 0;
  while (i < n) {
    const c = sql[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      while (i < n && sql[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      const start = i;
      let depth = 1; // PostgreSQL block comments nest.
      i += 2;
      while (i < n && depth > 0) {
        if (sql[i] === '/' && sql[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (sql[i] === '*' && sql[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
      if (depth > 0) {
        throw new IsolationSqlError(SQLSTATE.syntaxError, `unterminated /* comment at or near "${sql.slice(start)}"`, start + 1);
      }
      continue;
    }
    const start = i;
    if (isIdentStart(c)) {
      while (i < n && isIdentChar(sql[i] as string)) i++;
      const text = sql.slice(start, i);
      tokens.push({ kind: 'ident', value: text.toLowerCase(), text, pos: start });
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(sql[i + 1]))) {
      while (isDigit(sql[i])) i++;
      if (sql[i] === '.' && sql[i + 1] !== '.') {
        i++;
        while (isDigit(sql[i])) i++;
      }
      if ((sql[i] === 'e' || sql[i] === 'E') && (isDigit(sql[i + 1]) || ((sql[i + 1] === '+' || sql[i + 1] === '-') && isDigit(sql[i + 2])))) {
        i += 2;
        while (isDigit(sql[i])) i++;
      }
      const text = sql.slice(start, i);
      tokens.push({ kind: 'number', value: text, text, pos: start });
      continue;
    }
    if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= n) {
          throw new IsolationSqlError(SQLSTATE.syntaxError, `unterminated quoted string at or near "${sql.slice(start)}"`, start + 1);
        }
        const ch = sql[i] as string;
        if (ch === "'") {
          if (sql[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += ch;
        i++;
      }
      tokens.push({ kind: 'string', value, text: sql.slice(start, i), pos: start });
      continue;
    }
    if (c === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= n) {
          throw new IsolationSqlError(SQLSTATE.syntaxError, `unterminated quoted identifier at or near "${sql.slice(start)}"`, start + 1);
        }
        const ch = sql[i] as string;
        if (ch === '"') {
          if (sql[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += ch;
        i++;
      }
      if (value === '') {
        throw new IsolationSqlError(SQLSTATE.syntaxError, 'zero-length delimited identifier at or near """"', start + 1);
      }
      tokens.push({ kind: 'quoted_ident', value, text: sql.slice(start, i), pos: start });
      continue;
    }
    if (c === '(' || c === ')' || c === ',' || c === ';' || c === '.') {
      tokens.push({ kind: 'punct', value: c, text: c, pos: start });
      i++;
      continue;
    }
    if (OPERATOR_CHARS.includes(c)) {
      const two = sql.slice(i, i + 2);
      const op = TWO_CHAR_OPERATORS.has(two) ? two : c;
      i += op.length;
      tokens.push({ kind: 'op', value: op, text: op, pos: start });
      continue;
    }
    // Anything else is not valid SQL here; let the parser report it as a syntax error at this spot.
    tokens.push({ kind: 'op', value: c, text: c, pos: start });
    i++;
  }
  tokens.push({ kind: 'eof', value: '', text: '', pos: n });
  return tokens;
}
