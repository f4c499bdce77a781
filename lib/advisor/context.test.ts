import { describe, expect, it } from 'vitest';
import { buildContext } from './context';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import type { Workload } from './types';

const ctx = (patch: Partial<Workload>) =>
  buildContext({ consistency: 'eventual', peakWritesPerSecond: 100, peakReadsPerSecond: 1_000, dataModel: 'key-value', ...patch }, { ...DEFAULT_ASSUMPTIONS, monthlyGrowthRate: 0 });

describe('buildContext', () => {
  it.each<[string, Partial<Workload>, Record<string, unknown>]>([
    ['reads per write', {}, { readsPerWrite: 10, strong: false, transactional: false, money: false, tier: 1 }],
    ['no writes', { peakWritesPerSecond: 0 }, { readsPerWrite: null }],
    ['strong without money needs no transactions', { consistency: 'strong' }, { strong: true, transactional: false, money: false }],
    ['strong with money needs transactions', { consistency: 'strong', handlesMoney: true }, { strong: true, transactional: true, money: true }],
    ['money at a weaker level is flagged, not transactional', { consistency: 'read-your-writes', handlesMoney: true }, { strong: false, transactional: false, money: true }],
    ['past the ceiling, not write-heavy', { peakWritesPerSecond: 10_001 }, { exceedsWriteCeiling: true, writeHeavy: false, tier: 3 }],
    ['past the write-heavy line', { peakWritesPerSecond: 50_001 }, { exceedsWriteCeiling: true, writeHeavy: true }],
    ['reads past one node', { peakReadsPerSecond: 10_001 }, { readsBeyondNode: true, tier: 2 }],
    ['ttl with nothing kept is ephemeral', { accessPatterns: ['ttl'] }, { ephemeral: true }],
    ['ttl with zero ingest is ephemeral', { accessPatterns: ['ttl'], ingestGbPerDay: 0 }, { ephemeral: true }],
    ['ttl with ingest is kept data', { accessPatterns: ['ttl'], ingestGbPerDay: 1 }, { ephemeral: false }],
    ['deep expertise means dedicated operators', { opsExpertise: 'deep' }, { dedicatedOperators: true, managedPreferred: false }],
  ])('%s', (_name, patch, expected) => {
    expect(ctx(patch)).toMatchObject(expected);
  });
});
