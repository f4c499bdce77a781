import { describe, expect, it } from 'vitest';
import { advise } from './advise';
import { FACTORS } from './factors';
import { frameworkPath, takenLabel } from './framework-path';
import { ADVISOR_PRESETS, EVENTFLOW_GROWTH, RECIPE_APP } from './presets';
import type { Workload } from './types';

const byId = (id: string): Workload => ADVISOR_PRESETS.find((preset) => preset.id === id)!.workload;

// preset → branch taken at Consistency, Read/write ratio, Data model, 12-month scale, PostgreSQL first, Operational burden
const TABLE: [string, string[]][] = [
  ['recipe-app', ['strong', 'read-heavy', 'relational', '1', 'yes', 'managed']],
  ['eventflow-growth', ['strong-money', 'read-heavy', 'relational', '2', 'yes', 'managed']],
  ['eventflow-scale', ['strong-money', 'read-heavy', 'relational', '3', 'sharded', 'self-hosted']],
  ['user-sessions', ['any', 'balanced', 'key-value', '2', 'no', 'managed']],
  ['chat-messages', ['any', 'write-heavy', 'wide-column', '3', 'no', 'managed-only']],
  ['ride-sharing-locations', ['any', 'write-heavy', 'key-value', '3', 'no', 'self-hosted']],
  ['iot-metrics', ['any', 'write-heavy', 'time-series', '1', 'yes', 'managed']],
  ['rag-large-corpus', ['any', 'balanced', 'vector', '1', 'no', 'managed-only']],
  ['global-payments', ['strong-regions', 'balanced', 'relational', '2', 'no', 'managed']],
];

describe('frameworkPath', () => {
  it.each(TABLE)('%s takes the expected branch at every factor', (id, taken) => {
    expect(frameworkPath(byId(id)).map((step) => step.taken)).toEqual(taken);
  });

  it.each(ADVISOR_PRESETS.map((preset) => [preset.id, preset.workload] as const))('%s: one step per factor, in trace order, each taking one of its branches', (_id, workload) => {
    const path = frameworkPath(workload);
    expect(path.map((step) => step.factor)).toEqual([...FACTORS]);
    expect(path.map((step) => step.factor)).toEqual(advise(workload).trace.map((entry) => entry.factor));
    for (const step of path) {
      expect(step.branches.map((branch) => branch.id)).toContain(step.taken);
      expect(new Set(step.branches.map((branch) => branch.id)).size).toBe(step.branches.length);
    }
  });

  it('agrees with the trace on the PostgreSQL-first answer', () => {
    for (const { workload } of ADVISOR_PRESETS) {
      const step = frameworkPath(workload)[4]!;
      const finding = advise(workload).trace[4]!.finding;
      expect(finding.includes('? Yes.')).toBe(step.taken === 'yes' || step.taken === 'sharded');
    }
  });

  it('moves with the assumptions: a lower write ceiling shards EventFlow at its growth phase', () => {
    expect(frameworkPath(EVENTFLOW_GROWTH.workload).map((step) => step.taken)[3]).toBe('2');
    const lowered = frameworkPath(EVENTFLOW_GROWTH.workload, { writeCeilingPerSecond: 400 });
    expect(lowered[3]!.taken).toBe('3');
    expect(lowered[4]!.taken).toBe('sharded');
    expect(takenLabel(lowered[4]!)).toBe('Yes: PostgreSQL sharded by a domain key');
  });

  it('names the PostgreSQL build and the family in its labels', () => {
    expect(takenLabel(frameworkPath(byId('iot-metrics'))[4]!)).toBe('Yes: PostgreSQL + TimescaleDB');
    expect(takenLabel(frameworkPath(byId('social-graph'))[4]!)).toBe('No: graph database');
    expect(takenLabel(frameworkPath(RECIPE_APP.workload)[1]!)).toBe('Read-heavy (over 10 reads per write)');
  });

  it('rejects malformed input like advise does', () => {
    expect(() => frameworkPath({ ...RECIPE_APP.workload, peakWritesPerSecond: Number.NaN })).toThrow(/peakWritesPerSecond/);
  });
});
