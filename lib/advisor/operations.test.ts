import { describe, expect, it } from 'vitest';
import { CATALOG } from './catalog';
import { buildContext } from './context';
import { hostingWhy, operationsTrace, runsItself, technologiesInUse } from './operations';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import type { Workload } from './types';

const ctx = (patch: Partial<Workload>) =>
  buildContext({ consistency: 'eventual', peakWritesPerSecond: 1, peakReadsPerSecond: 1, dataModel: 'relational', ...patch }, DEFAULT_ASSUMPTIONS);

describe('technologiesInUse', () => {
  it('counts PostgreSQL builds once and keeps first-seen order', () => {
    expect(
      technologiesInUse('postgresql', [
        { id: 'pgvector', role: 'vector search', why: '' },
        { id: 'valkey', role: 'cache', why: '' },
        { id: 'timescaledb', role: 'x', why: '' },
      ]),
    ).toEqual(['PostgreSQL', 'Valkey']);
  });
});

describe('hosting', () => {
  it.each<[string, Partial<Workload>, 'postgresql' | 'dynamodb', RegExp]>([
    ['small team → managed', { teamSize: 2 }, 'postgresql', /managed service \(Amazon RDS/],
    ['deep expertise → self-hosting viable', { teamSize: 10, opsExpertise: 'deep' }, 'postgresql', /Self-hosting is viable/],
    ['managed-only store', { teamSize: 10, opsExpertise: 'deep' }, 'dynamodb', /Fully managed by Amazon Web Services/],
  ])('%s', (_name, patch, id, pattern) => {
    expect(hostingWhy(ctx(patch), CATALOG[id])).toMatch(pattern);
  });

  it('never self-hosts a managed-only store', () => {
    expect(runsItself(ctx({ teamSize: 10, opsExpertise: 'deep' }), CATALOG.spanner)).toBe(false);
  });
});

describe('operationsTrace', () => {
  it('reports the team, the hosting and the technology count against the limit', () => {
    const entry = operationsTrace(ctx({ teamSize: 3 }), 'postgresql', [
      { id: 'valkey', role: 'cache', why: '' },
      { id: 'elasticsearch', role: 'search', why: '' },
      { id: 'clickhouse', role: 'analytics', why: '' },
    ]);
    expect(entry.factor).toBe('Operational burden');
    expect(entry.finding).toMatch(/^Team of 3, operations experience not given: managed services preferred\.$/);
    expect(entry.effect).toMatch(/PostgreSQL \(managed\); 4 database technologies .* over the 3/);
  });

  it('prices self-hosting with the assumed 12 h × $200 = $2,400 a month, and follows the reader’s own figures', () => {
    expect(operationsTrace(ctx({ teamSize: 10, opsExpertise: 'deep' }), 'cassandra', []).effect).toMatch(/an assumed 12 h\/month at an assumed \$200\/h is \$2,400\/month/);
    const own = buildContext(
      { consistency: 'eventual', peakWritesPerSecond: 100, peakReadsPerSecond: 1_000, dataModel: 'wide-column', teamSize: 10, opsExpertise: 'deep' },
      { ...DEFAULT_ASSUMPTIONS, selfHostedOpsHoursPerMonth: 20, engineerUsdPerHour: 150 },
    );
    expect(operationsTrace(own, 'cassandra', []).effect).toMatch(/20 h\/month at an assumed \$150\/h is \$3,000\/month/);
  });

  it('mentions budget and preference when given', () => {
    expect(operationsTrace(ctx({ preferManaged: true, monthlyBudgetUsd: 500 }), 'postgresql', []).finding).toMatch(/prefers managed services, budget \$500\/month/);
  });
});
