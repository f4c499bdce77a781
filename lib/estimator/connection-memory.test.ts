import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POOL_SIZE,
  POOL_SIZE_ASSUMPTION,
  POSTGRES_CONNECTION_MEMORY_ASSUMPTION,
  POSTGRES_MB_PER_CONNECTION_PLANNING,
  POSTGRES_MB_PER_CONNECTION_RANGE,
  estimateConnectionMemory,
  type ConnectionMemoryEstimate,
  type ConnectionMemoryInput,
} from './connection-memory';
import { EstimatorInputError } from './errors';
import { expectRelativelyClose } from './test-support';

describe('estimateConnectionMemory', () => {
  it('records the planning figure, its range and the default pool size as labelled assumptions', () => {
    expect(POSTGRES_MB_PER_CONNECTION_RANGE).toEqual({ low: 2, high: 20 });
    expect(POSTGRES_MB_PER_CONNECTION_PLANNING).toBe(10);
    expect(POSTGRES_CONNECTION_MEMORY_ASSUMPTION.range).toEqual({ low: 2, high: 20, unit: 'MB per connection' });
    expect(POSTGRES_CONNECTION_MEMORY_ASSUMPTION.basis?.[0]?.url).toMatch(/^https:\/\/blog\.anarazel\.de\//);
    expect(DEFAULT_POOL_SIZE).toBe(50);
    expect(POOL_SIZE_ASSUMPTION.kind).toBe('assumption');
  });

  it.each<[string, ConnectionMemoryInput, Partial<Record<keyof ConnectionMemoryEstimate, number>>]>([
    [
      // 10,000 app connections through PgBouncer on a pool of 50 server connections.
      // At 10 MB: without 10,000 × 10e6 = 1e11 B (100 GB); with 50 × 10e6 = 5e8 B (500 MB);
      // saved 1e11 − 5e8 = 9.95e10 B, 9.95e10 ÷ 1e11 = 99.5 %
      'transaction pooling, 10,000 clients over 50 connections',
      { perConnectionMb: 10, clientConnections: 10_000, poolMode: 'transaction', poolSize: 50 },
      {
        serverConnectionsWithoutPooler: 10_000,
        serverConnectionsWithPooler: 50,
        bytesWithoutPooler: 1e11,
        bytesWithPooler: 5e8,
        savedBytes: 9.95e10,
        savedFraction: 0.995,
        clientsWaitingForSession: 0,
      },
    ],
    [
      // 7 MB each with no pooler: 10,000 × 7e6 = 7e10 B
      'no pooler: every client is a server connection',
      { perConnectionMb: 7, clientConnections: 10_000, poolMode: 'none' },
      { serverConnectionsWithPooler: 10_000, bytesWithoutPooler: 7e10, bytesWithPooler: 7e10, savedBytes: 0, savedFraction: 0 },
    ],
    [
      // the top of the planning range: 500 × 20e6 = 1e10 B (10 GB)
      '500 connections at 20 MB',
      { perConnectionMb: 20, clientConnections: 500, poolMode: 'none' },
      { bytesWithoutPooler: 1e10 },
    ],
    [
      // session pooling also caps server connections at the pool size (100 × 5e6 = 5e8 B), but the other
      // 1,000 − 100 = 900 clients wait for a session slot
      'session pooling: capped, but clients wait',
      { perConnectionMb: 5, clientConnections: 1_000, poolMode: 'session', poolSize: 100 },
      { serverConnectionsWithPooler: 100, bytesWithPooler: 5e8, savedBytes: 4.5e9, savedFraction: 0.9, clientsWaitingForSession: 900 },
    ],
    [
      // fewer clients than the pool: the pooler opens only what is needed; 20 × 10 MiB = 20 × 10,485,760 = 209,715,200 B
      'fewer clients than the pool, MiB',
      { perConnectionMb: 10, clientConnections: 20, poolMode: 'transaction', megabyteUnit: 'MiB' },
      { serverConnectionsWithPooler: 20, bytesWithoutPooler: 209_715_200, bytesWithPooler: 209_715_200, savedBytes: 0 },
    ],
    [
      // default pool size 50: 2,000 × 10e6 = 2e10 B without, 50 × 10e6 = 5e8 B with
      'default pool size',
      { perConnectionMb: 10, clientConnections: 2_000, poolMode: 'transaction' },
      { serverConnectionsWithPooler: 50, bytesWithoutPooler: 2e10, bytesWithPooler: 5e8 },
    ],
    [
      'no clients at all',
      { perConnectionMb: 10, clientConnections: 0, poolMode: 'transaction' },
      { bytesWithoutPooler: 0, bytesWithPooler: 0, savedBytes: 0, savedFraction: 0 },
    ],
  ])('%s', (_name, input, expected) => {
    const result = estimateConnectionMemory(input);
    for (const [field, value] of Object.entries(expected)) {
      expectRelativelyClose(result[field as keyof ConnectionMemoryEstimate], value, 1e-12);
    }
  });

  it.each<[string, unknown, string]>([
    ['perConnectionMb', -1, 'perConnectionMb must not be negative (got -1)'],
    ['perConnectionMb', Number.NaN, 'perConnectionMb must be a finite number (got NaN)'],
    ['perConnectionMb', 1e6, 'perConnectionMb must be at most 100000 (got 1e6)'],
    ['clientConnections', 2.5, 'clientConnections must be a whole number (got 2.5)'],
    ['clientConnections', -10, 'clientConnections must not be negative (got -10)'],
    ['clientConnections', '10', 'clientConnections must be a number (got "10")'],
    ['poolSize', 0, 'poolSize must be at least 1 (got 0)'],
    ['poolSize', 10.5, 'poolSize must be a whole number (got 10.5)'],
    ['poolMode', 'statement', 'poolMode must be one of none, session, transaction (got "statement")'],
    ['poolMode', undefined, 'poolMode must be one of none, session, transaction (got undefined)'],
    ['megabyteUnit', 'GB', 'megabyteUnit must be MB or MiB (got "GB")'],
  ])('%s = %s is rejected', (field, value, message) => {
    const input = { perConnectionMb: 10, clientConnections: 100, poolMode: 'transaction', [field]: value } as ConnectionMemoryInput;
    try {
      estimateConnectionMemory(input);
      expect.unreachable('should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(EstimatorInputError);
      expect((error as EstimatorInputError).field).toBe(field);
      expect((error as EstimatorInputError).message).toBe(message);
    }
  });

  it('a pooler never needs more memory than direct connections, and results stay finite', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e5, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 1e8 }),
        fc.constantFrom('none', 'session', 'transaction' as const),
        fc.integer({ min: 1, max: 1e6 }),
        (perConnectionMb, clientConnections, poolMode, poolSize) => {
          const r = estimateConnectionMemory({ perConnectionMb, clientConnections, poolMode, poolSize });
          expect(r.bytesWithPooler).toBeLessThanOrEqual(r.bytesWithoutPooler);
          for (const value of Object.values(r)) expect(Number.isFinite(value)).toBe(true);
          expect(r.savedFraction).toBeGreaterThanOrEqual(0);
          expect(r.savedFraction).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
