/**
 * The playground's SQL against real PostgreSQL: PGlite (the same build the browser loads) running in Node.
 * Starting it takes a few seconds (initdb runs inside WebAssembly), so one database serves every test here.
 */
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeTitle, planNodes } from './explain';
import { parseIndexColumns } from './index-spec';
import { findPreset } from './presets';
import { dropIndexes, explainQuery, listIndexes, replaceIndex, seedOrders } from './session';
import { planRowsExamined } from './summary';

let db: PGlite;

beforeAll(async () => {
  db = await PGlite.create();
  await seedOrders(db);
}, 120_000);

afterAll(async () => {
  await db?.close();
});

function spec(columns: string) {
  const parsed = parseIndexColumns(columns);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.spec;
}

async function scans(sql: string): Promise<string[]> {
  const result = await explainQuery(db, sql);
  if (!result.ok) throw new Error(result.message);
  return planNodes(result.outcome.plan.root).map(nodeTitle);
}

describe('the playground on PostgreSQL (PGlite in Node)', { timeout: 60_000 }, () => {
  it('seeds 100,000 deterministic orders', async () => {
    const counts = await db.query<{ status: string; n: number }>('SELECT status, count(*)::int AS n FROM orders GROUP BY status ORDER BY status');
    expect(counts.rows).toEqual([
      { status: 'cancelled', n: 4000 },
      { status: 'pending', n: 15000 },
      { status: 'refunded', n: 1000 },
      { status: 'shipped', n: 80000 },
    ]);
    const customers = await db.query<{ n: number; min: number; max: number }>(
      'SELECT count(*)::int AS n, min(c)::int AS min, max(c)::int AS max FROM (SELECT count(*) AS c FROM orders GROUP BY customer_id) AS per_customer',
    );
    expect(customers.rows[0]).toEqual({ n: 5000, min: 20, max: 20 });
  });

  it('a sequential scan becomes an index scan once the index exists, and the shipped orders keep their seq scan', async () => {
    const oneDay = findPreset('one-day')!;
    await dropIndexes(db);
    expect(await scans(oneDay.sql)).toEqual(['Seq Scan on orders']);
    await replaceIndex(db, spec(oneDay.indexColumns));
    expect(await listIndexes(db)).toEqual([{ name: 'orders_created_at_idx', definition: 'CREATE INDEX orders_created_at_idx ON public.orders USING btree (created_at)' }]);
    const after = await explainQuery(db, oneDay.sql);
    if (!after.ok) throw new Error(after.message);
    expect(nodeTitle(after.outcome.plan.root)).toBe('Index Scan using orders_created_at_idx on orders');
    expect(planRowsExamined(after.outcome.plan.root)).toBe(288);
    expect(after.outcome.text).toMatch(/^Index Scan using orders_created_at_idx on orders {2}\(cost=/);

    const shipped = findPreset('shipped')!;
    await replaceIndex(db, spec(shipped.indexColumns));
    expect(await listIndexes(db)).toHaveLength(1);
    expect(await scans(shipped.sql)).toEqual(['Seq Scan on orders']);
  });

  it('refuses statements that change tables before PostgreSQL sees them, and reports errors with their place in the query', async () => {
    for (const sql of ['DROP TABLE orders', 'DELETE FROM orders WHERE id <= 10', 'WITH gone AS (DELETE FROM orders RETURNING id) SELECT count(*) FROM gone']) {
      const refused = await explainQuery(db, sql);
      expect(refused).toEqual({ ok: false, message: expect.stringContaining('the playground runs only SELECT queries') as unknown });
    }
    const count = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM orders');
    expect(count.rows[0]?.n).toBe(100_000);
    // A reader's EXPLAIN is set aside (the playground adds its own), and positions still count from what they typed.
    expect(await scans('EXPLAIN ANALYZE SELECT total FROM orders WHERE id = 7')).toEqual(['Index Scan using orders_pkey on orders']);
    const explainedTypo = await explainQuery(db, 'EXPLAIN SELECT id FROM orders WHERE custmer_id = 1');
    expect(explainedTypo.ok || explainedTypo.message).toMatch(/^PostgreSQL: column "custmer_id" does not exist \(line 1, column 37\)\./);

    const typo = await explainQuery(db, 'SELECT id\nFROM orders\nWHERE custmer_id = 1');
    expect(typo).toEqual({ ok: false, message: expect.stringMatching(/^PostgreSQL: column "custmer_id" does not exist \(line 3, column 7\)\./) as unknown });
    const two = await explainQuery(db, 'SELECT 1; SELECT 2');
    expect(two.ok || two.message).toBe('PostgreSQL: cannot insert multiple commands into a prepared statement. Explain one statement at a time.');
    // The session is usable after an error.
    expect(await scans('SELECT 1')).toEqual(['Result']);
  });
});
