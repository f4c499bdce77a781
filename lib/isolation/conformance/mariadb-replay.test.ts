/**
 * Replays every scenario of the library at every isolation level, every conformance case and a bounded
 * number of random interleavings on a throw-away MariaDB server, in the InnoDB model's MySQL syntax, with
 * innodb_snapshot_isolation OFF and ON, and asserts the model reports the same thing step by step:
 * status (ok / blocked / error), MySQL error number and SQLSTATE, row values, and which blocked
 * statements resumed at which step (see innodb-dialect.ts for what is normalised and why).
 *
 * Needs Debian's `mariadb-server` (mariadbd and mariadb-install-db). Without it the file fails when CI is
 * set and is skipped, with a printed note, otherwise.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MariadbScenarioRunner } from '../../../scripts/mariadb/scenario-runner';
import { findMariadb, MARIADB_INSTALL_HINT, startTestMariadb, type TestMariadb } from '../../../scripts/mariadb/test-server';
import { createEngine, SETUP_SESSION } from '../engine/index';
import type { ScenarioInput, StepResult } from '../engine/types';
import { instantiate, levelsOf, SCENARIOS } from '../lab/scenarios';
import { CONFORMANCE_CASES, conformanceLevels, instantiateCase } from './cases';
import { comparableInnodbStep, mariadbSetupSql, toInnodbScenario } from './innodb-dialect';
import { INNODB_CASES } from './innodb-cases';
import { INNODB_REPLAY_EXCLUDED } from './innodb-excluded';
import { randomInterleaving } from './random-interleavings';

/** Random interleavings per setting of innodb_snapshot_isolation (ISOLATION_MARIADB_RANDOM overrides). */
const RANDOM_CASES = Number(process.env.ISOLATION_MARIADB_RANDOM ?? 50);
const SETTINGS = [false, true] as const;

const binaries = findMariadb();

if (!binaries) {
  if (process.env.CI) {
    describe('InnoDB model matches MariaDB', () => {
      it('needs a MariaDB server', () => {
        throw new Error(MARIADB_INSTALL_HINT);
      });
    });
  } else {
    console.log(`mariadb-replay.test.ts skipped: ${MARIADB_INSTALL_HINT}`);
    describe.skip('InnoDB model matches MariaDB (no MariaDB server installed)', () => {
      it('replays', () => {});
    });
  }
} else {
  let server: TestMariadb | undefined;
  let runner: MariadbScenarioRunner | undefined;
  let started = 0;

  beforeAll(async () => {
    started = Date.now();
    server = await startTestMariadb();
    runner = new MariadbScenarioRunner(server);
    await runner.init();
  }, 60_000);

  afterAll(async () => {
    await runner?.close();
    await server?.stop();
    console.log(`MariaDB replay took ${((Date.now() - started) / 1000).toFixed(1)} s (server start included)`);
  });

  /**
   * The model's run, stopping (like the runner) at a step sent to a session that is still blocked: a
   * script written for PostgreSQL can do that on InnoDB, where more statements wait (SERIALIZABLE's
   * shared locks, gap locks). Both sides then have to agree on where the script became impossible.
   */
  const runModel = (input: ScenarioInput) => {
    const engine = createEngine(input);
    for (const sql of input.setup) engine.execute(SETUP_SESSION, sql);
    const steps: StepResult[] = [];
    for (const st of input.steps) {
      if (engine.isBlocked(st.session)) return { steps, halted: { session: st.session, sql: st.sql } };
      steps.push(engine.execute(st.session, st.sql));
    }
    return { steps };
  };

  const replay = async (input: ScenarioInput, snapshotIsolation: boolean) => {
    const r = runner as MariadbScenarioRunner;
    r.snapshotIsolation = snapshotIsolation;
    const real = await r.run({ setup: input.setup.map(mariadbSetupSql), steps: input.steps });
    const mine = runModel(input);
    return {
      model: { steps: mine.steps.map(comparableInnodbStep), halted: mine.halted },
      real: { steps: real.steps.map(comparableInnodbStep), halted: real.halted },
    };
  };

  for (const si of SETTINGS) {
    // Who waits for whom on the real server depends on when InnoDB's background purge runs (see
    // scenario-runner.ts, waitForPurge); on a loaded machine a run can see a late purge, so a case that
    // disagrees is run again before it counts as a difference. A real difference fails every attempt.
    describe(`InnoDB model matches MariaDB (innodb_snapshot_isolation=${si ? 'ON' : 'OFF'})`, { retry: 2 }, () => {
      for (const scenario of SCENARIOS) {
        for (const level of levelsOf(scenario)) {
          const why = INNODB_REPLAY_EXCLUDED[scenario.id];
          it.skipIf(why !== undefined)(`${scenario.id} at ${level}`, async () => {
            const { model, real } = await replay(toInnodbScenario(instantiate(scenario, level), si), si);
            expect(model).toEqual(real);
          });
        }
      }
      for (const c of CONFORMANCE_CASES) {
        for (const level of conformanceLevels(c)) {
          const why = INNODB_REPLAY_EXCLUDED[c.id];
          it.skipIf(why !== undefined)(`conformance: ${c.id} at ${level}`, async () => {
            const { model, real } = await replay(toInnodbScenario(instantiateCase(c, level), si), si);
            expect(model).toEqual(real);
          });
        }
      }
      for (const c of INNODB_CASES) {
        for (const level of conformanceLevels(c)) {
          it(`InnoDB case: ${c.id} at ${level}`, async () => {
            const { model, real } = await replay(toInnodbScenario(instantiateCase(c, level), si), si);
            expect(model).toEqual(real);
          });
        }
      }
      it(`${RANDOM_CASES} random interleavings`, async () => {
        for (let n = 1; n <= RANDOM_CASES; n++) {
          const input = randomInterleaving(n, undefined, { engine: 'innodb', innodbSnapshotIsolation: si });
          const { model, real } = await replay(input, si);
          expect(model, `random interleaving ${n}`).toEqual(real);
        }
      }, 120_000);
    });
  }
}
