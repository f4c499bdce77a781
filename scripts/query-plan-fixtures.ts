/**
 * Writes lib/instruments/query-plans/__fixtures__/: real EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) output for every preset
 * query, before and after its index, from PGlite running in Node on the playground's seed. The unit tests
 * read these files. Usage: npx tsx scripts/query-plan-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { checkQuery, EXPLAIN_PREFIX } from '../lib/instruments/query-plans/query-input';
import { presetIndex, QUERY_PRESETS } from '../lib/instruments/query-plans/presets';
import { dropIndexes, replaceIndex, seedOrders } from '../lib/instruments/query-plans/session';

const dir = path.join('lib', 'instruments', 'query-plans', '__fixtures__');
mkdirSync(dir, { recursive: true });
const db = await PGlite.create();
try {
  await seedOrders(db);
  for (const preset of QUERY_PRESETS) {
    const checked = checkQuery(preset.sql);
    if (!checked.ok) throw new Error(checked.message);
    for (const stage of ['before', 'after'] as const) {
      if (stage === 'before') await dropIndexes(db);
      else await replaceIndex(db, presetIndex(preset));
      const result = await db.query<Record<string, unknown>>(`${EXPLAIN_PREFIX}${checked.sql}`);
      const file = path.join(dir, `${preset.id}-${stage}.json`);
      writeFileSync(file, `${JSON.stringify(result.rows[0]?.['QUERY PLAN'], null, 2)}\n`);
      console.log(file);
    }
  }
} finally {
  await db.close();
}
