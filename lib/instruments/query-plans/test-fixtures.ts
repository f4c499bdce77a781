/** Test helper: the EXPLAIN fixtures in __fixtures__ (made by scripts/query-plan-fixtures.ts), read and parsed. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readExplainJson, type ExplainedPlan } from './explain';

/** The raw JSON PostgreSQL returned for a preset, before or after its index. */
export function rawFixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(__dirname, '__fixtures__', `${name}.json`), 'utf8')) as unknown;
}

/** The parsed plan of a fixture (throws if it does not read, which the tests treat as a failure). */
export function planFixture(name: string): ExplainedPlan {
  const read = readExplainJson(rawFixture(name));
  if (!read.ok) throw new Error(read.message);
  return read.plan;
}
