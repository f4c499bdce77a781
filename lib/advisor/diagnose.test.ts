import { describe, expect, it } from 'vitest';
import { isDatabaseId } from './catalog';
import { MIGRATION_PATTERNS, SYMPTOMS, SYMPTOM_IDS, diagnose, type MigrationPattern, type SymptomId } from './diagnose';
import type { DatabaseId } from './types';

const PATTERN_IDS = MIGRATION_PATTERNS.map((pattern) => pattern.id);

describe('diagnose', () => {
  it('knows every symptom the issue lists', () => {
    for (const id of ['p99-latency', 'write-ceiling', 'slow-schema-changes', 'full-text-needs', 'analytics-hurting-oltp', 'connection-exhaustion', 'hot-partitions', 'vector-search-needs']) {
      expect(SYMPTOM_IDS).toContain(id);
    }
  });

  it.each(SYMPTOM_IDS.map((id) => [id] as const))('%s is complete', (id) => {
    const diagnosis = diagnose(id);
    expect(diagnosis.symptom).toBe(id);
    expect(diagnosis.likelyCause.length).toBeGreaterThan(10);
    expect(diagnosis.tryFirst.length).toBeGreaterThan(0);
    expect(diagnosis.explanation.length).toBeGreaterThan(40);
    expect(PATTERN_IDS).toContain(diagnosis.pattern);
    for (const target of diagnosis.migrationTarget) expect(isDatabaseId(target)).toBe(true);
    for (const source of diagnosis.sources) expect(source).toMatch(/^Seed 00\d "/);
  });

  // Seed 001's Migration Strategy Matrix and From → To table.
  it.each<[SymptomId, DatabaseId[], MigrationPattern]>([
    ['p99-latency', ['valkey'], 'in-place'],
    ['write-ceiling', ['postgresql', 'cassandra', 'scylladb'], 'dual-write'],
    ['full-text-needs', ['elasticsearch', 'opensearch'], 'cdc'],
    ['analytics-hurting-oltp', ['clickhouse'], 'cdc'],
    ['acid-needed', ['postgresql'], 'cdc'],
    ['writes-dominate-without-acid', ['cassandra', 'scylladb', 'dynamodb'], 'dual-write'],
    ['gc-pauses', ['scylladb'], 'dual-write'],
    ['mysql-missing-features', ['postgresql'], 'cdc'],
    ['ops-burden', [], 'backup-restore'],
    ['connection-exhaustion', [], 'in-place'],
  ])('%s → %j by %s', (symptom, targets, pattern) => {
    expect(diagnose(symptom)).toMatchObject({ migrationTarget: targets, pattern });
  });

  it('tells the Discord history the right way round', () => {
    expect(diagnose('gc-pauses').explanation).toMatch(/MongoDB → Cassandra \(2017\) → ScyllaDB \(2022–23\)/);
  });

  it('returns fresh arrays (callers may mutate them)', () => {
    diagnose('p99-latency').tryFirst.push('mutated');
    expect(diagnose('p99-latency').tryFirst).not.toContain('mutated');
  });

  it('labels every symptom for a UI, in SYMPTOM_IDS order', () => {
    expect(SYMPTOMS.map((symptom) => symptom.id)).toEqual([...SYMPTOM_IDS]);
    for (const symptom of SYMPTOMS) expect(symptom.label.length).toBeGreaterThan(0);
  });

  it.each<[unknown]>([['slow'], [''], [undefined], [42]])('rejects %j with AdvisorInputError', (value) => {
    expect(() => diagnose(value as SymptomId)).toThrow(expect.objectContaining({ name: 'AdvisorInputError', field: 'symptom' }));
  });

  it('describes each migration pattern', () => {
    expect(PATTERN_IDS).toEqual(['cdc', 'dual-write', 'blue-green', 'backup-restore', 'in-place']);
  });
});
