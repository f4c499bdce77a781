import { describe, expect, it } from 'vitest';
import { isDatabaseId } from './catalog';
import { citationListProblems } from './citation-problems';
import { SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION, isSource, sourcesOf } from './sources';
import { MIGRATION_PATTERNS, SYMPTOMS, SYMPTOM_IDS, diagnose, type MigrationPattern, type SymptomId } from './diagnose';
import type { DatabaseId } from './types';

const PATTERN_IDS = MIGRATION_PATTERNS.map((pattern) => pattern.id);

describe('diagnose', () => {
  it('knows every symptom the advisor’s diagnosis menu offers', () => {
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
    expect(citationListProblems(diagnosis.sources, id)).toEqual([]);
    expect(diagnosis.sources.some(isSource), `${id} cites at least one public page`).toBe(true);
  });

  // Symptom → migration target and pattern.
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

  it('tells the Discord history the right way round, citing Discord’s own posts', () => {
    const diagnosis = diagnose('gc-pauses');
    expect(diagnosis.explanation).toMatch(/MongoDB → Cassandra \(its 2017 post\) → ScyllaDB \(its 2023 post: 177 Cassandra nodes replaced by 72 ScyllaDB nodes\)/);
    expect(sourcesOf(diagnosis.sources).map((ref) => ref.url)).toEqual([
      'https://discord.com/blog/how-discord-stores-billions-of-messages',
      'https://discord.com/blog/how-discord-stores-trillions-of-messages',
    ]);
  });

  it('labels the write ceiling as the course’s planning assumption and sends readers to pgbench', () => {
    const diagnosis = diagnose('write-ceiling');
    expect(diagnosis.sources).toContain(SINGLE_PRIMARY_WRITE_CEILING_ASSUMPTION);
    expect(diagnosis.explanation).toMatch(/planning assumption \(range 5,000–50,000 writes\/s\).*pgbench/);
  });

  it('reminds a MongoDB team that it has had transactions since 4.0 before moving', () => {
    const diagnosis = diagnose('acid-needed');
    expect(diagnosis.explanation).toMatch(/multi-document transactions since 4\.0/);
    expect(sourcesOf(diagnosis.sources).map((ref) => ref.url)).toContain('https://www.mongodb.com/docs/manual/core/transactions/');
  });

  it('prices the ops-burden comparison with dated list prices and labelled assumptions', () => {
    const [line] = diagnose('ops-burden').tryFirst;
    // 12 h × $200 = $2,400, against Multi-AZ db.r6g.2xlarge with 1 TB gp3: 2 × ($0.899 × 730 h + 1,000 GB × $0.115).
    expect(line).toMatch(/assumed \$200 an engineer-hour, 12 hours a month is \$2,400/);
    expect(line).toMatch(/with 1 TB of gp3 storage at about \$1,543 a month \(list price as of December 2026\)/);
    expect(Math.round(2 * (0.899 * 730 + 1_000 * 0.115))).toBe(1_543);
    expect(diagnose('ops-burden').sources.filter((c) => c.kind === 'assumption')).toHaveLength(2);
  });

  it('does not send slow schema changes to another engine', () => {
    expect(diagnose('slow-schema-changes')).toMatchObject({ migrationTarget: [], pattern: 'blue-green' });
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
