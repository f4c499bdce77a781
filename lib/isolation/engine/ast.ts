/**
 * Syntax tree produced by the parser. Positions are 0-based offsets into the
 * statement text; errors add 1 to report them the way PostgreSQL does.
 */
import type { IsolationLevel } from './types';

/** Column data types the engine supports (PostgreSQL's int4, int8, text, bool). */
export type ColumnType = 'int4' | 'int8' | 'text' | 'bool';

/** Binary operators of the expression grammar. */
export type BinaryOp = '+' | '-' | '*' | '/' | '%' | '=' | '<>' | '<' | '<=' | '>' | '>=' | 'and' | 'or';

/** An expression node. */
export type Expr =
  | { kind: 'literal'; value: number | string | boolean | null; literalType: 'int' | 'string' | 'bool' | 'null'; pos: number }
  | { kind: 'column'; name: string; table?: string; pos: number }
  | { kind: 'unary'; op: '-' | '+' | 'not'; operand: Expr; pos: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; pos: number }
  | { kind: 'in'; operand: Expr; list: Expr[]; negated: boolean; pos: number }
  | { kind: 'isnull'; operand: Expr; negated: boolean; pos: number }
  | { kind: 'call'; name: string; args: Expr[]; star: boolean; pos: number };

/** Column definition in CREATE TABLE. */
export interface ColumnDefAst {
  name: string;
  type: ColumnType;
  notNull: boolean;
  primaryKey: boolean;
  unique: boolean;
  defaultExpr?: Expr;
  pos: number;
}

/** One item of a SELECT list. */
export type SelectItem = { kind: 'star'; pos: number } | { kind: 'expr'; expr: Expr; alias?: string; pos: number };

/** One ORDER BY key. */
export interface OrderByItem {
  expr: Expr;
  descending: boolean;
}

/** A parsed statement. */
export type Statement =
  | {
      kind: 'create_table';
      table: string;
      columns: ColumnDefAst[];
      primaryKey?: { columns: string[]; pos: number };
      uniques: Array<{ columns: string[]; pos: number }>;
      pos: number;
    }
  | { kind: 'insert'; table: string; tablePos: number; columns?: Array<{ name: string; pos: number }>; rows: Expr[][] }
  | {
      kind: 'select';
      items: SelectItem[];
      from?: { table: string; pos: number };
      where?: Expr;
      orderBy: OrderByItem[];
      limit?: Expr;
      forUpdate: boolean;
      /** MySQL dialect only: `FOR SHARE` / `LOCK IN SHARE MODE`. */
      forShare?: boolean;
    }
  | { kind: 'update'; table: string; tablePos: number; sets: Array<{ column: string; pos: number; expr: Expr }>; where?: Expr }
  | { kind: 'delete'; table: string; tablePos: number; where?: Expr }
  | { kind: 'begin'; level?: IsolationLevel }
  | { kind: 'set_transaction'; level: IsolationLevel; scope?: 'session' }
  | { kind: 'set_lock_wait_timeout'; seconds: number }
  | { kind: 'commit' }
  | { kind: 'rollback' };
