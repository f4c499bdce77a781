/**
 * Recursive-descent parser for the engine's SQL subset. Operator precedence
 * follows PostgreSQL's table (https://www.postgresql.org/docs/current/sql-syntax-lexical.html#SQL-PRECEDENCE):
 * OR < AND < NOT < IS < comparison (non-associative) < IN < + - < * / % < unary minus.
 * Syntax errors imitate PostgreSQL: `syntax error at or near "tok"` / `at end of input`, SQLSTATE 42601,
 * with the 1-based character position of the offending token.
 */
import type { BinaryOp, ColumnDefAst, ColumnType, Expr, OrderByItem, SelectItem, Statement } from './ast';
import { IsolationSqlError, SQLSTATE } from './errors';
import { tokenize, type Token } from './tokenizer';
import type { IsolationLevel } from './types';

// PostgreSQL's reserved key words (the subset that matters here): they cannot be column names or bare aliases.
const RESERVED = new Set([
  'all', 'and', 'any', 'as', 'asc', 'both', 'case', 'check', 'column', 'constraint', 'create', 'default', 'desc',
  'distinct', 'do', 'else', 'end', 'false', 'for', 'from', 'grant', 'group', 'having', 'in', 'into', 'limit', 'not',
  'null', 'offset', 'on', 'or', 'order', 'primary', 'references', 'select', 'table', 'then', 'to', 'true', 'union',
  'unique', 'using', 'when', 'where', 'with',
]);

const COLUMN_TYPES: Record<string, ColumnType> = {
  int: 'int4',
  integer: 'int4',
  int4: 'int4',
  bigint: 'int8',
  int8: 'int8',
  text: 'text',
  boolean: 'bool',
  bool: 'bool',
};

const COMPARISON_OPS = new Set(['=', '<>', '!=', '<', '<=', '>', '>=']);

class Parser {
  private readonly tokens: Token[];
  private i = 0;

  constructor(
    private readonly sql: string,
    private readonly dialect: SqlDialect = 'postgresql',
  ) {
    this.tokens = tokenize(sql);
  }

  private get tok(): Token {
    return this.tokens[this.i] as Token;
  }

  private peek(offset = 1): Token {
    return (this.tokens[this.i + offset] ?? this.tokens[this.tokens.length - 1]) as Token;
  }

  private next(): Token {
    const t = this.tok;
    if (t.kind !== 'eof') this.i++;
    return t;
  }

  error(t: Token = this.tok): IsolationSqlError {
    if (t.kind === 'eof') return new IsolationSqlError(SQLSTATE.syntaxError, 'syntax error at end of input', this.sql.length + 1);
    return new IsolationSqlError(SQLSTATE.syntaxError, `syntax error at or near "${t.text}"`, t.pos + 1);
  }

  private isKw(word: string, t: Token = this.tok): boolean {
    return t.kind === 'ident' && t.value === word;
  }

  private acceptKw(word: string): boolean {
    if (this.isKw(word)) {
      this.i++;
      return true;
    }
    return false;
  }

  private expectKw(word: string): void {
    if (!this.acceptKw(word)) throw this.error();
  }

  private isPunct(p: string): boolean {
    return this.tok.kind === 'punct' && this.tok.value === p;
  }

  private acceptPunct(p: string): boolean {
    if (this.isPunct(p)) {
      this.i++;
      return true;
    }
    return false;
  }

  private expectPunct(p: string): void {
    if (!this.acceptPunct(p)) throw this.error();
  }

  private isOp(op: string): boolean {
    return this.tok.kind === 'op' && this.tok.value === op;
  }

  private acceptOp(op: string): boolean {
    if (!this.isOp(op)) return false;
    this.i++;
    return true;
  }

  /** An identifier usable as a name: unreserved word or "quoted". */
  private name(): { name: string; pos: number } {
    const t = this.tok;
    if (t.kind === 'quoted_ident' || (t.kind === 'ident' && !RESERVED.has(t.value))) {
      this.i++;
      return { name: t.value, pos: t.pos };
    }
    throw this.error();
  }

  parseStatement(): Statement {
    const t = this.tok;
    let stmt: Statement;
    if (this.isKw('select')) stmt = this.select();
    else if (this.isKw('insert')) stmt = this.insert();
    else if (this.isKw('update')) stmt = this.update();
    else if (this.isKw('delete')) stmt = this.delete();
    else if (this.isKw('create')) stmt = this.createTable();
    else if (this.dialect === 'mysql') stmt = this.mysqlTransactionControl(t);
    else if (this.isKw('begin')) {
      this.next();
      if (!this.acceptKw('work')) this.acceptKw('transaction');
      stmt = { kind: 'begin', level: this.optionalIsolationLevel() };
    } else if (this.isKw('start')) {
      this.next();
      this.expectKw('transaction');
      stmt = { kind: 'begin', level: this.optionalIsolationLevel() };
    } else if (this.isKw('set')) {
      this.next();
      this.expectKw('transaction');
      const level = this.optionalIsolationLevel();
      if (!level) throw this.error();
      stmt = { kind: 'set_transaction', level };
    } else if (this.isKw('commit') || this.isKw('end')) {
      this.next();
      if (!this.acceptKw('work')) this.acceptKw('transaction');
      stmt = { kind: 'commit' };
    } else if (this.isKw('rollback') || this.isKw('abort')) {
      this.next();
      if (!this.acceptKw('work')) this.acceptKw('transaction');
      stmt = { kind: 'rollback' };
    } else throw this.error(t);
    this.acceptPunct(';');
    if (this.tok.kind !== 'eof') {
      if (this.tokens[this.i - 1]?.value === ';' && this.tokens[this.i - 1]?.kind === 'punct') {
        throw new IsolationSqlError(
          SQLSTATE.featureNotSupported,
          'only one statement per step is supported',
          this.tok.pos + 1,
        );
      }
      throw this.error();
    }
    return stmt;
  }

  /**
   * MySQL's transaction statements (https://dev.mysql.com/doc/refman/8.0/en/commit.html,
   * set-transaction.html): `START TRANSACTION`, `BEGIN [WORK]`, `COMMIT [WORK]`, `ROLLBACK [WORK]` and
   * `SET [SESSION] TRANSACTION ISOLATION LEVEL …`. There is no `BEGIN ISOLATION LEVEL`, `END` or `ABORT`.
   */
  private mysqlTransactionControl(t: Token): Statement {
    if (this.acceptKw('begin')) {
      this.acceptKw('work');
      return { kind: 'begin' };
    }
    if (this.acceptKw('start')) {
      this.expectKw('transaction');
      return { kind: 'begin' };
    }
    if (this.acceptKw('set')) {
      const session = this.acceptKw('session');
      if (this.acceptKw('innodb_lock_wait_timeout')) {
        // SET [SESSION] innodb_lock_wait_timeout = N (seconds; https://dev.mysql.com/doc/refman/8.0/en/innodb-parameters.html#sysvar_innodb_lock_wait_timeout)
        if (!this.acceptOp('=')) throw this.error();
        const n = this.tok;
        if (n.kind !== 'number' || !/^\d+$/.test(n.value)) throw this.error();
        this.next();
        return { kind: 'set_lock_wait_timeout', seconds: Number(n.value) };
      }
      this.expectKw('transaction');
      const level = this.optionalIsolationLevel();
      if (!level) throw this.error();
      return session ? { kind: 'set_transaction', level, scope: 'session' } : { kind: 'set_transaction', level };
    }
    if (this.acceptKw('commit')) {
      this.acceptKw('work');
      return { kind: 'commit' };
    }
    if (this.acceptKw('rollback')) {
      this.acceptKw('work');
      return { kind: 'rollback' };
    }
    throw this.error(t);
  }

  private optionalIsolationLevel(): IsolationLevel | undefined {
    if (!this.acceptKw('isolation')) return undefined;
    this.expectKw('level');
    if (this.acceptKw('serializable')) return 'SERIALIZABLE';
    if (this.acceptKw('repeatable')) {
      this.expectKw('read');
      return 'REPEATABLE READ';
    }
    if (this.acceptKw('read')) {
      if (this.acceptKw('committed')) return 'READ COMMITTED';
      if (this.acceptKw('uncommitted')) return 'READ UNCOMMITTED';
    }
    throw this.error();
  }

  private createTable(): Statement {
    const pos = this.tok.pos;
    this.expectKw('create');
    this.expectKw('table');
    const table = this.name().name;
    this.expectPunct('(');
    const columns: ColumnDefAst[] = [];
    let primaryKey: { columns: string[]; pos: number } | undefined;
    const uniques: Array<{ columns: string[]; pos: number }> = [];
    do {
      const elemPos = this.tok.pos;
      if (this.isKw('primary')) {
        this.next();
        this.expectKw('key');
        const cols = this.nameList();
        if (primaryKey) throw multiplePrimaryKeys(table, elemPos);
        primaryKey = { columns: cols, pos: elemPos };
      } else if (this.isKw('unique')) {
        this.next();
        uniques.push({ columns: this.nameList(), pos: elemPos });
      } else {
        const col = this.name();
        const typeTok = this.tok;
        const typeName = this.name().name;
        const type = COLUMN_TYPES[typeName];
        if (!type) throw new IsolationSqlError('42704', `type "${typeName}" does not exist`, typeTok.pos + 1);
        const def: ColumnDefAst = { name: col.name, type, notNull: false, primaryKey: false, unique: false, pos: col.pos };
        for (;;) {
          const cPos = this.tok.pos;
          if (this.acceptKw('not')) {
            this.expectKw('null');
            def.notNull = true;
          } else if (this.acceptKw('null')) {
            // explicit NULL: the default
          } else if (this.acceptKw('primary')) {
            this.expectKw('key');
            if (primaryKey) throw multiplePrimaryKeys(table, cPos);
            def.primaryKey = true;
            primaryKey = { columns: [col.name], pos: cPos };
          } else if (this.acceptKw('unique')) {
            def.unique = true;
            uniques.push({ columns: [col.name], pos: cPos });
          } else if (this.acceptKw('default')) {
            def.defaultExpr = this.additive();
          } else break;
        }
        columns.push(def);
      }
    } while (this.acceptPunct(','));
    this.expectPunct(')');
    return { kind: 'create_table', table, columns, primaryKey, uniques, pos };
  }

  private nameList(): string[] {
    this.expectPunct('(');
    const names = [this.name().name];
    while (this.acceptPunct(',')) names.push(this.name().name);
    this.expectPunct(')');
    return names;
  }

  private insert(): Statement {
    this.expectKw('insert');
    this.expectKw('into');
    const { name: table, pos: tablePos } = this.name();
    let columns: Array<{ name: string; pos: number }> | undefined;
    if (this.acceptPunct('(')) {
      columns = [this.name()];
      while (this.acceptPunct(',')) columns.push(this.name());
      this.expectPunct(')');
    }
    this.expectKw('values');
    const rows: Expr[][] = [];
    do {
      this.expectPunct('(');
      const row = [this.expr()];
      while (this.acceptPunct(',')) row.push(this.expr());
      this.expectPunct(')');
      rows.push(row);
    } while (this.acceptPunct(','));
    return { kind: 'insert', table, tablePos, columns, rows };
  }

  private select(): Statement {
    this.expectKw('select');
    const items: SelectItem[] = [];
    do {
      const pos = this.tok.pos;
      if (this.isOp('*')) {
        this.next();
        items.push({ kind: 'star', pos });
        continue;
      }
      const expr = this.expr();
      let alias: string | undefined;
      if (this.acceptKw('as')) {
        // After AS any word is allowed as a label, even a reserved one.
        const t = this.tok;
        if (t.kind !== 'ident' && t.kind !== 'quoted_ident') throw this.error();
        this.next();
        alias = t.value;
      } else if (this.tok.kind === 'quoted_ident' || (this.tok.kind === 'ident' && !RESERVED.has(this.tok.value))) {
        alias = this.next().value;
      }
      items.push({ kind: 'expr', expr, alias, pos });
    } while (this.acceptPunct(','));
    let from: { table: string; pos: number } | undefined;
    if (this.acceptKw('from')) {
      const n = this.name();
      from = { table: n.name, pos: n.pos };
    }
    let where: Expr | undefined;
    if (this.acceptKw('where')) where = this.expr();
    const orderBy: OrderByItem[] = [];
    if (this.acceptKw('order')) {
      this.expectKw('by');
      do {
        const expr = this.expr();
        let descending = false;
        if (this.acceptKw('desc')) descending = true;
        else this.acceptKw('asc');
        orderBy.push({ expr, descending });
      } while (this.acceptPunct(','));
    }
    let limit: Expr | undefined;
    if (this.acceptKw('limit')) limit = this.expr();
    let forUpdate = false;
    let forShare = false;
    if (this.acceptKw('for')) {
      // MySQL also has FOR SHARE and LOCK IN SHARE MODE (https://dev.mysql.com/doc/refman/8.0/en/innodb-locking-reads.html).
      if (this.dialect === 'mysql' && this.acceptKw('share')) forShare = true;
      else {
        this.expectKw('update');
        forUpdate = true;
      }
    } else if (this.dialect === 'mysql' && this.acceptKw('lock')) {
      this.expectKw('in');
      this.expectKw('share');
      this.expectKw('mode');
      forShare = true;
    }
    const stmt: Statement = { kind: 'select', items, from, where, orderBy, limit, forUpdate };
    if (forShare) stmt.forShare = true;
    return stmt;
  }

  private update(): Statement {
    this.expectKw('update');
    const { name: table, pos: tablePos } = this.name();
    this.expectKw('set');
    const sets: Array<{ column: string; pos: number; expr: Expr }> = [];
    do {
      const col = this.name();
      if (!this.isOp('=')) throw this.error();
      this.next();
      sets.push({ column: col.name, pos: col.pos, expr: this.expr() });
    } while (this.acceptPunct(','));
    let where: Expr | undefined;
    if (this.acceptKw('where')) where = this.expr();
    return { kind: 'update', table, tablePos, sets, where };
  }

  private delete(): Statement {
    this.expectKw('delete');
    this.expectKw('from');
    const { name: table, pos: tablePos } = this.name();
    let where: Expr | undefined;
    if (this.acceptKw('where')) where = this.expr();
    return { kind: 'delete', table, tablePos, where };
  }

  expr(): Expr {
    return this.or();
  }

  private or(): Expr {
    let left = this.and();
    while (this.isKw('or')) {
      const pos = this.next().pos;
      left = { kind: 'binary', op: 'or', left, right: this.and(), pos };
    }
    return left;
  }

  private and(): Expr {
    let left = this.not();
    while (this.isKw('and')) {
      const pos = this.next().pos;
      left = { kind: 'binary', op: 'and', left, right: this.not(), pos };
    }
    return left;
  }

  private not(): Expr {
    if (this.isKw('not')) {
      const pos = this.next().pos;
      return { kind: 'unary', op: 'not', operand: this.not(), pos };
    }
    return this.is();
  }

  private is(): Expr {
    let operand = this.comparison();
    while (this.isKw('is')) {
      const pos = this.next().pos;
      const negated = this.acceptKw('not');
      this.expectKw('null');
      operand = { kind: 'isnull', operand, negated, pos };
    }
    return operand;
  }

  private comparison(): Expr {
    const left = this.inExpr();
    if (this.tok.kind === 'op' && COMPARISON_OPS.has(this.tok.value)) {
      const t = this.next();
      const op = (t.value === '!=' ? '<>' : t.value) as BinaryOp;
      const right = this.inExpr();
      // Comparison operators are non-associative in PostgreSQL: `a = b = c` is a syntax error.
      if (this.tok.kind === 'op' && COMPARISON_OPS.has(this.tok.value)) throw this.error();
      return { kind: 'binary', op, left, right, pos: t.pos };
    }
    return left;
  }

  private inExpr(): Expr {
    const operand = this.additive();
    let negated = false;
    if (this.isKw('not') && this.isKw('in', this.peek())) {
      this.next();
      negated = true;
    }
    if (this.isKw('in')) {
      const pos = this.next().pos;
      this.expectPunct('(');
      const list = [this.expr()];
      while (this.acceptPunct(',')) list.push(this.expr());
      this.expectPunct(')');
      return { kind: 'in', operand, list, negated, pos };
    }
    return operand;
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.isOp('+') || this.isOp('-')) {
      const t = this.next();
      left = { kind: 'binary', op: t.value as BinaryOp, left, right: this.multiplicative(), pos: t.pos };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    while (this.isOp('*') || this.isOp('/') || this.isOp('%')) {
      const t = this.next();
      left = { kind: 'binary', op: t.value as BinaryOp, left, right: this.unary(), pos: t.pos };
    }
    return left;
  }

  private unary(): Expr {
    if (this.isOp('-') || this.isOp('+')) {
      const t = this.next();
      const operand = this.unary();
      // Like PostgreSQL's grammar, fold a minus sign into a numeric literal (so -2147483648 is an integer).
      if (t.value === '-' && operand.kind === 'literal' && operand.literalType === 'int' && typeof operand.value === 'number') {
        return { ...operand, value: -operand.value, pos: t.pos };
      }
      return { kind: 'unary', op: t.value as '-' | '+', operand, pos: t.pos };
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.tok;
    if (t.kind === 'number') {
      this.next();
      if (!/^\d+$/.test(t.value)) {
        throw new IsolationSqlError(SQLSTATE.featureNotSupported, `numeric literals are not supported: ${t.value}`, t.pos + 1);
      }
      return { kind: 'literal', value: Number(t.value), literalType: 'int', pos: t.pos };
    }
    if (t.kind === 'string') {
      this.next();
      return { kind: 'literal', value: t.value, literalType: 'string', pos: t.pos };
    }
    if (t.kind === 'punct' && t.value === '(') {
      this.next();
      const e = this.expr();
      this.expectPunct(')');
      return e;
    }
    if (t.kind === 'ident') {
      if (t.value === 'true' || t.value === 'false') {
        this.next();
        return { kind: 'literal', value: t.value === 'true', literalType: 'bool', pos: t.pos };
      }
      if (t.value === 'null') {
        this.next();
        return { kind: 'literal', value: null, literalType: 'null', pos: t.pos };
      }
    }
    if (t.kind === 'quoted_ident' || (t.kind === 'ident' && !RESERVED.has(t.value))) {
      this.next();
      if (this.isPunct('(') && t.kind === 'ident') {
        this.next();
        if (this.isOp('*')) {
          this.next();
          this.expectPunct(')');
          return { kind: 'call', name: t.value, args: [], star: true, pos: t.pos };
        }
        const args: Expr[] = [];
        if (!this.isPunct(')')) {
          args.push(this.expr());
          while (this.acceptPunct(',')) args.push(this.expr());
        }
        this.expectPunct(')');
        return { kind: 'call', name: t.value, args, star: false, pos: t.pos };
      }
      if (this.isPunct('.')) {
        this.next();
        const col = this.name();
        return { kind: 'column', name: col.name, table: t.value, pos: t.pos };
      }
      return { kind: 'column', name: t.value, pos: t.pos };
    }
    throw this.error();
  }
}

function multiplePrimaryKeys(table: string, pos: number): IsolationSqlError {
  return new IsolationSqlError(SQLSTATE.invalidTableDefinition, `multiple primary keys for table "${table}" are not allowed`, pos + 1);
}

/** Which grammar to accept: PostgreSQL's (the default) or MySQL's transaction statements and locking reads. */
export type SqlDialect = 'postgresql' | 'mysql';

/** Parse one SQL statement (trailing semicolon optional); throws IsolationSqlError with a 1-based position. */
export function parseStatement(sql: string, options: { dialect?: SqlDialect } = {}): Statement {
  return new Parser(sql, options.dialect).parseStatement();
}
