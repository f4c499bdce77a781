#!/usr/bin/env node
/**
 * Prints "N passed, N failed" from Vitest and Playwright JSON reports (paths as arguments), and the
 * slowest test files of each report, so a CI run that creeps towards its time budget shows why.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

let passed = 0;
let failed = 0;
let skipped = 0;
const slowest = [];

/** Adds every test's duration in a Playwright suite tree to its file's total. */
function playwrightFileTimes(suites, totals = new Map()) {
  for (const suite of suites ?? []) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        for (const result of test.results ?? []) {
          totals.set(spec.file, (totals.get(spec.file) ?? 0) + (result.duration ?? 0));
        }
      }
    }
    playwrightFileTimes(suite.suites, totals);
  }
  return totals;
}

for (const file of process.argv.slice(2)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  let times;
  if ('numPassedTests' in report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    times = report.testResults.map((r) => [relative(process.cwd(), r.name), r.endTime - r.startTime]);
  } else if (report.stats) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
    times = [...playwrightFileTimes(report.suites)];
    times.unshift([`(wall clock of the whole run)`, report.stats.duration]);
  } else {
    throw new Error(`${file}: not a Vitest or Playwright JSON report`);
  }
  const top = times.sort((a, b) => b[1] - a[1]).slice(0, 5);
  slowest.push(`${file}: ${top.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
}
console.log(`slowest (test time summed per file):\n  ${slowest.join('\n  ')}`);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
