import { describe, expect, it } from 'vitest';
import { checkIndex } from './check';
import { indexSql, querySql, type CheckerInput, type Column, type ConditionKind, type KeyColumn } from './model';
import { CHECKER_PRESETS, matchPreset } from './presets';
import { sampleScan } from './sample';

const asc = (...columns: Column[]): KeyColumn[] => columns.map((column) => ({ column, direction: 'asc' }));
const LESSON = { keys: asc('user_id', 'status', 'created_at'), include: [] as Column[] };

function input(where: Partial<Record<Column, ConditionKind>>, opts: { keys?: KeyColumn[]; include?: Column[]; orderBy?: KeyColumn[]; select?: Column[] | 'all'; limit?: boolean } = {}): CheckerInput {
  return {
    index: { keys: opts.keys ?? LESSON.keys, include: opts.include ?? [] },
    query: { where, orderBy: opts.orderBy ?? [], select: opts.select ?? ['id'], limit: opts.limit ?? false },
  };
}

describe('the index checker agrees with the indexing lesson’s table', () => {
  // The lesson's "Columns that narrow the scan" column, as prefix + ORDER BY verdict.
  const expected: Record<string, { prefix: Column[]; order: 'none' | 'index' | 'sort'; filters?: Column[] }> = {
    user: { prefix: ['user_id'], order: 'none' },
    'user-status': { prefix: ['user_id', 'status'], order: 'none' },
    'user-status-dates': { prefix: ['user_id', 'status', 'created_at'], order: 'none' },
    'user-dates': { prefix: ['user_id'], order: 'none', filters: ['created_at'] },
    'user-range-status': { prefix: ['user_id'], order: 'none', filters: ['status'] },
    'user-in-status': { prefix: ['user_id', 'status'], order: 'none' },
    'status-only': { prefix: [], order: 'none', filters: ['status'] },
    'dates-only': { prefix: [], order: 'none', filters: ['created_at'] },
    'latest-20': { prefix: ['user_id', 'status'], order: 'index' },
    'user-order-by-date': { prefix: ['user_id'], order: 'sort' },
  };

  for (const preset of CHECKER_PRESETS.filter((p) => p.lesson)) {
    it(`${preset.name} → ${preset.lesson}`, () => {
      const want = expected[preset.id];
      expect(want, `no expectation for ${preset.id}`).toBeDefined();
      const result = checkIndex(preset.input);
      expect(result.prefix).toEqual(want!.prefix);
      expect(result.order.kind).toBe(want!.order);
      expect(result.keys.filter((k) => k.role === 'filter').map((k) => k.column)).toEqual(want!.filters ?? []);
      // The lesson's wording, reduced to the same facts.
      const said = preset.lesson!.toLowerCase();
      if (want!.prefix.length === 0) expect(said).toBe('none');
      else if (want!.prefix.length === 3) expect(said).toBe('all three');
      else for (const column of want!.prefix) expect(said).toContain(column);
      if (want!.order === 'sort') expect(said).toContain('plus a sort');
      if (want!.order === 'index') expect(said).toContain('and the sort');
    });
  }

  it('reads the latest-20 run backwards and stops after 20', () => {
    const result = checkIndex(CHECKER_PRESETS.find((p) => p.id === 'latest-20')!.input);
    expect(result.order).toMatchObject({ kind: 'index', direction: 'backward' });
    expect(result.order.reason).toContain('read backwards');
    expect(result.order.reason).toContain('stops after 20');
    expect(result.access).toMatch(/^Index Scan Backward/);
  });

  it('mentions PostgreSQL 18 skip scan only where the skipped column has few values', () => {
    expect(checkIndex(CHECKER_PRESETS.find((p) => p.id === 'user-dates')!.input).skipScan).toMatch(/can help: status/);
    expect(checkIndex(CHECKER_PRESETS.find((p) => p.id === 'status-only')!.input).skipScan).toMatch(/would not help: user_id/);
    expect(checkIndex(CHECKER_PRESETS.find((p) => p.id === 'user')!.input).skipScan).toBeNull();
  });
});

describe('index checker rules', () => {
  const cases: Array<{ name: string; input: CheckerInput; prefix: Column[]; order?: 'none' | 'index' | 'sort'; direction?: 'forward' | 'backward' | null; indexOnly?: boolean; reason?: RegExp }> = [
    { name: 'equality then range: the ideal shape', input: input({ user_id: 'eq', status: 'eq', created_at: 'range' }), prefix: ['user_id', 'status', 'created_at'] },
    { name: 'a range on the first column stops the prefix', input: input({ user_id: 'range', status: 'eq', created_at: 'eq' }), prefix: ['user_id'], reason: /ends the usable prefix/ },
    { name: 'IN keeps the prefix going', input: input({ user_id: 'in', status: 'in', created_at: 'range' }), prefix: ['user_id', 'status', 'created_at'] },
    {
      name: 'range column first: only the range narrows',
      input: input({ user_id: 'eq', status: 'eq', created_at: 'range' }, { keys: asc('created_at', 'user_id', 'status') }),
      prefix: ['created_at'],
    },
    { name: 'no condition at all', input: input({}), prefix: [] },
    { name: 'a condition on a column outside the index is a table filter', input: input({ user_id: 'eq', region: 'eq' }), prefix: ['user_id'] },
    {
      name: 'ORDER BY a column fixed by equality needs nothing',
      input: input({ user_id: 'eq' }, { orderBy: [{ column: 'user_id', direction: 'desc' }] }),
      prefix: ['user_id'],
      order: 'index',
    },
    {
      name: 'ORDER BY the next column after equalities',
      input: input({ user_id: 'eq' }, { orderBy: asc('status', 'created_at') }),
      prefix: ['user_id'],
      order: 'index',
      direction: 'forward',
    },
    {
      name: 'ORDER BY the range column itself',
      input: input({ user_id: 'range' }, { orderBy: [{ column: 'user_id', direction: 'desc' }] }),
      prefix: ['user_id'],
      order: 'index',
      direction: 'backward',
    },
    {
      name: 'ORDER BY after IN needs a sort',
      input: input({ user_id: 'in', status: 'eq' }, { orderBy: asc('created_at') }),
      prefix: ['user_id', 'status'],
      order: 'sort',
      reason: /IN gives user_id several values/,
    },
    {
      name: 'ORDER BY with IN column first is served',
      input: input({ user_id: 'in', status: 'eq' }, { orderBy: asc('user_id', 'created_at') }),
      prefix: ['user_id', 'status'],
      order: 'index',
    },
    {
      name: 'mixed directions need a sort',
      input: input({ user_id: 'eq' }, { orderBy: [{ column: 'status', direction: 'asc' }, { column: 'created_at', direction: 'desc' }] }),
      prefix: ['user_id'],
      order: 'sort',
      reason: /mixes directions/,
    },
    {
      name: 'mixed directions served by an index declared to match, forwards or backwards',
      input: input(
        { user_id: 'eq' },
        { keys: [...asc('user_id', 'status'), { column: 'created_at', direction: 'desc' }], orderBy: [{ column: 'status', direction: 'desc' }, { column: 'created_at', direction: 'asc' }] },
      ),
      prefix: ['user_id'],
      order: 'index',
      direction: 'backward',
    },
    {
      name: 'ORDER BY an INCLUDE column needs a sort',
      input: input({ user_id: 'eq' }, { keys: asc('user_id'), include: ['created_at'], orderBy: asc('created_at') }),
      prefix: ['user_id'],
      order: 'sort',
      reason: /INCLUDE column/,
    },
    {
      name: 'the lesson’s covering index allows an index-only scan',
      input: input({ user_id: 'eq', status: 'eq' }, { keys: asc('user_id', 'status'), include: ['id', 'total_cents', 'created_at'], select: ['id', 'total_cents', 'created_at'] }),
      prefix: ['user_id', 'status'],
      indexOnly: true,
    },
    { name: 'SELECT * is not covered', input: input({ user_id: 'eq' }, { select: 'all' }), prefix: ['user_id'], indexOnly: false, reason: /SELECT \* needs every column/ },
    { name: 'count(*) over key columns is covered', input: input({ user_id: 'eq', status: 'eq' }, { select: [] }), prefix: ['user_id', 'status'], indexOnly: true },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const result = checkIndex(c.input);
      expect(result.prefix).toEqual(c.prefix);
      if (c.order) expect(result.order.kind).toBe(c.order);
      if (c.direction !== undefined) expect(result.order.direction).toBe(c.direction);
      if (c.indexOnly !== undefined) expect(result.covering.indexOnly).toBe(c.indexOnly);
      if (c.reason) {
        const text = [result.headline, ...result.keys.map((k) => k.reason), result.order.reason, result.covering.reason].join(' ');
        expect(text).toMatch(c.reason);
      }
    });
  }

  it('explains each key column and the conditions outside the index', () => {
    const result = checkIndex(input({ user_id: 'eq', created_at: 'range', region: 'eq', total_cents: 'range' }, { include: ['total_cents'] }));
    expect(result.keys.map((k) => k.role)).toEqual(['seek', 'unused', 'filter']);
    expect(result.headline).toBe('The query can use the prefix (user_id) of the index: status has no condition.');
    expect(result.others.map((o) => [o.column, o.where])).toEqual([
      ['total_cents', 'include'],
      ['region', 'table'],
    ]);
  });
});

describe('the sample of index entries', () => {
  it('reads only the run the prefix bounds, and rejects later-column misses inside the index', () => {
    const preset = CHECKER_PRESETS.find((p) => p.id === 'user-dates')!;
    const scan = sampleScan(preset.input, checkIndex(preset.input));
    // User 42 has 7 orders in the sample; 5 of them fall in January to March 2025.
    expect(scan.read).toBe(7);
    expect(scan.matches).toBe(5);
    expect(scan.entries.filter((e) => e.fate === 'rejected-in-index').every((e) => e.rejectedBy === 'created_at')).toBe(true);
    // Index order: user_id first, then status, then created_at.
    const run = scan.entries.filter((e) => e.fate !== 'skipped').map((e) => e.row.status);
    expect(run).toEqual([...run].sort());
  });

  it('reads everything when nothing bounds the scan', () => {
    const preset = CHECKER_PRESETS.find((p) => p.id === 'status-only')!;
    const scan = sampleScan(preset.input, checkIndex(preset.input));
    expect(scan.unbounded).toBe(true);
    expect(scan.read).toBe(16);
  });
});

describe('presets and SQL', () => {
  it('has unique ids and recognises a preset from its input', () => {
    expect(new Set(CHECKER_PRESETS.map((p) => p.id)).size).toBe(CHECKER_PRESETS.length);
    for (const p of CHECKER_PRESETS) expect(matchPreset(p.input)?.id).toBe(p.id);
  });

  it('writes the lesson’s SQL', () => {
    const covering = CHECKER_PRESETS.find((p) => p.id === 'covering')!.input;
    expect(indexSql(covering.index)).toBe('CREATE INDEX ON orders (user_id, status)\n  INCLUDE (id, total_cents, created_at);');
    expect(querySql(covering.query)).toBe("SELECT id, total_cents, created_at FROM orders\nWHERE user_id = 42\n  AND status = 'pending';");
    const latest = CHECKER_PRESETS.find((p) => p.id === 'latest-20')!.input;
    expect(querySql(latest.query)).toContain('ORDER BY created_at DESC\nLIMIT 20;');
  });
});
