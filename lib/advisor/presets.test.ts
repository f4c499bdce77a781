import { describe, expect, it } from 'vitest';
import { advise } from './advise';
import { CATALOG } from './catalog';
import { citationProblems } from './citation-problems';
import { CORE_FACTORS, FACTORS } from './factors';
import {
  ADVISOR_PRESETS,
  ANALYTICS_DASHBOARD,
  CHAT_MESSAGES,
  E_COMMERCE,
  EVENTFLOW_GROWTH,
  EVENTFLOW_MVP,
  EVENTFLOW_SCALE,
  GLOBAL_PAYMENTS,
  IOT_METRICS,
  MEDIA_UPLOADS,
  RAG_LARGE_CORPUS,
  RECIPE_APP,
  RIDE_SHARING_LOCATIONS,
  RIDE_SHARING_YEAR_1,
  SAAS_SEMANTIC_SEARCH,
  SOCIAL_GRAPH,
  URL_SHORTENER,
  USER_SESSIONS,
  type AdvisorPreset,
} from './presets';
import type { DatabaseId } from './types';

const CACHE: DatabaseId[] = ['valkey', 'redis'];
const SEARCH: DatabaseId[] = ['elasticsearch', 'opensearch'];
const DISTRIBUTED: DatabaseId[] = ['cassandra', 'scylladb', 'dynamodb', 'cockroachdb', 'spanner', 'mongodb'];

interface Scenario {
  preset: AdvisorPreset;
  /** Acceptable primaries. */
  primary: DatabaseId[];
  /** Each inner list: at least one of these must be an add-on. */
  mustAdd: DatabaseId[][];
  /** None of these may appear anywhere in primary or add-ons. */
  mustNotAdd: DatabaseId[];
  /** Why, in the course's reasoning. */
  because: string;
}

// Expected answers follow each example's reasoning (see each preset's `source` and `assumed`).
const SCENARIOS: Scenario[] = [
  {
    preset: CHAT_MESSAGES,
    primary: ['dynamodb'],
    mustAdd: [],
    mustNotAdd: ['postgresql', 'mongodb', ...CACHE],
    because: '20k writes/s of appends rules out one Postgres; DynamoDB over Cassandra so a small team runs no cluster',
  },
  {
    preset: RECIPE_APP,
    primary: ['postgresql'],
    mustAdd: [],
    mustNotAdd: [...SEARCH, ...CACHE, ...DISTRIBUTED],
    because: '50K users is Tier 1; tsvector or pg_search, no Elasticsearch; 2 engineers use managed RDS',
  },
  {
    preset: EVENTFLOW_MVP,
    primary: ['postgresql'],
    mustAdd: [],
    mustNotAdd: [...SEARCH, ...CACHE, 'clickhouse', ...DISTRIBUTED],
    because: 'an MVP needs no cache, no search engine and no queue until load demands them',
  },
  {
    preset: EVENTFLOW_GROWTH,
    primary: ['postgresql'],
    mustAdd: [CACHE, SEARCH],
    mustNotAdd: ['clickhouse', ...DISTRIBUTED],
    because: 'a cache for hot event data, a read replica, a search engine for discovery',
  },
  {
    preset: EVENTFLOW_SCALE,
    primary: ['postgresql'],
    mustAdd: [CACHE, SEARCH, ['clickhouse']],
    mustNotAdd: DISTRIBUTED,
    because: 'shard tickets by event_id, keep PostgreSQL; a cache, a search engine and ClickHouse analytics beside it',
  },
  {
    preset: RIDE_SHARING_YEAR_1,
    primary: ['postgresql'],
    mustAdd: [],
    mustNotAdd: ['clickhouse', ...SEARCH, ...DISTRIBUTED],
    because: 'a single PostgreSQL (PostGIS for geo) in year 1, no analytics database yet',
  },
  {
    preset: RIDE_SHARING_LOCATIONS,
    primary: ['dynamodb', 'cassandra', 'scylladb'],
    mustAdd: [CACHE],
    mustNotAdd: ['postgresql', 'mongodb'],
    because: '125,000 location writes/s rules out Postgres; an in-memory geo index for live positions, Cassandra or DynamoDB for history',
  },
  {
    preset: E_COMMERCE,
    primary: ['postgresql'],
    mustAdd: [CACHE, SEARCH],
    mustNotAdd: ['clickhouse', 'mongodb', ...DISTRIBUTED],
    because: 'PostgreSQL for orders, a cache, a search engine for the catalogue',
  },
  {
    preset: ANALYTICS_DASHBOARD,
    primary: ['clickhouse'],
    mustAdd: [],
    mustNotAdd: ['postgresql', 'timescaledb', ...SEARCH],
    because: 'aggregations over billions of rows → a columnar store, ClickHouse when self-run',
  },
  {
    preset: USER_SESSIONS,
    primary: ['valkey', 'redis'],
    mustAdd: [],
    mustNotAdd: ['postgresql', 'dynamodb'],
    because: 'pure key-value with TTL → an in-memory store, Valkey first for its BSD licence',
  },
  {
    preset: SAAS_SEMANTIC_SEARCH,
    primary: ['postgresql'],
    mustAdd: [CACHE, ['pgvector']],
    mustNotAdd: ['pinecone', 'qdrant', ...SEARCH],
    because: 'PostgreSQL + a cache + pgvector; under the 10M-vector planning threshold pgvector suffices',
  },
  {
    preset: RAG_LARGE_CORPUS,
    primary: ['pinecone', 'qdrant'],
    mustAdd: [],
    mustNotAdd: ['pgvector'],
    because: 'well past the 10M-vector planning threshold → a dedicated vector store',
  },
  {
    preset: SOCIAL_GRAPH,
    primary: ['neo4j'],
    mustAdd: [],
    mustNotAdd: ['postgresql'],
    because: 'friends-of-friends within 3 hops → a graph database',
  },
  {
    preset: IOT_METRICS,
    primary: ['timescaledb'],
    mustAdd: [],
    mustNotAdd: ['influxdb', 'clickhouse'],
    because: 'TimescaleDB is enough below the 50 GB/day planning threshold of ingest',
  },
  {
    preset: URL_SHORTENER,
    primary: ['postgresql'],
    mustAdd: [CACHE],
    mustNotAdd: DISTRIBUTED,
    because: 'modest writes fit one relational node; clicks are reads, so cache them',
  },
  {
    preset: MEDIA_UPLOADS,
    primary: ['s3'],
    mustAdd: [['postgresql']],
    mustNotAdd: DISTRIBUTED,
    because: 'binary files belong in object storage; listing by date needs queryable metadata',
  },
  {
    preset: GLOBAL_PAYMENTS,
    primary: ['cockroachdb', 'spanner'],
    mustAdd: [],
    mustNotAdd: ['cassandra', 'dynamodb', 'mongodb'],
    because: 'transactions accepted in several regions → distributed SQL (CockroachDB, Spanner)',
  },
];

describe('case-study presets', () => {
  it('has one scenario per preset', () => {
    expect(SCENARIOS.map((s) => s.preset.id).sort()).toEqual(ADVISOR_PRESETS.map((p) => p.id).sort());
  });

  it.each(SCENARIOS.map((s) => [s.preset.id, s] as const))('%s resolves as the example reasons', (_id, scenario) => {
    const advice = advise(scenario.preset.workload);
    const addOnIds = advice.addOns.map((addOn) => addOn.id);
    expect(scenario.primary, scenario.because).toContain(advice.primary.id);
    for (const oneOf of scenario.mustAdd) {
      expect(addOnIds.some((id) => oneOf.includes(id)), `${scenario.because}: expected one of ${oneOf.join('/')} in ${addOnIds.join(', ')}`).toBe(true);
    }
    for (const id of scenario.mustNotAdd) {
      expect([advice.primary.id, ...addOnIds], scenario.because).not.toContain(id);
    }
    expect(advice.trace.map((entry) => entry.factor)).toEqual([...FACTORS]);
    const core = advice.trace.map((entry) => entry.factor).filter((factor) => (CORE_FACTORS as readonly string[]).includes(factor));
    expect(core).toEqual([...CORE_FACTORS]);
  });
});

describe('case-study details', () => {
  it('chat: a team with deep Cassandra experience and no managed preference self-hosts Cassandra', () => {
    const advice = advise({ ...CHAT_MESSAGES.workload, teamSize: 12, opsExpertise: 'deep', preferManaged: false });
    expect(advice.primary.id).toBe('cassandra');
    expect(advice.alternatives.map((alternative) => alternative.id)).toContain('dynamodb');
  });

  it('chat: the trace states the projected peak (20,000 × 1.05^12 ≈ 35,917 writes/s)', () => {
    const scale = advise(CHAT_MESSAGES.workload).trace.find((entry) => entry.factor === '12-month scale');
    expect(scale?.finding).toContain('35,917 writes/s');
    expect(scale?.effect).toContain('tier 3');
  });

  it('chat: Cassandra is the runner-up for operational reasons, not fit', () => {
    const cassandra = advise(CHAT_MESSAGES.workload).alternatives.find((alternative) => alternative.id === 'cassandra');
    expect(cassandra?.whyNot).toMatch(/run the cluster/);
  });

  it('ride-sharing at scale: a managed-first team gets DynamoDB, and the geo index stays in memory', () => {
    const advice = advise({ ...RIDE_SHARING_LOCATIONS.workload, opsExpertise: 'some', preferManaged: true });
    expect(advice.primary.id).toBe('dynamodb');
    expect(advice.addOns.find((addOn) => CACHE.includes(addOn.id))?.role).toContain('geo');
  });

  it('ride-sharing year 1: PostGIS answers the geospatial queries inside PostgreSQL', () => {
    expect(advise(RIDE_SHARING_YEAR_1.workload).primary.why.join(' ')).toContain('PostGIS');
  });

  it('EventFlow scale: PostgreSQL is sharded by a domain key (10K tickets/s → 17,959 projected)', () => {
    const advice = advise(EVENTFLOW_SCALE.workload);
    expect(advice.primary.why.join(' ')).toMatch(/shard/i);
    expect(advice.trace.find((entry) => entry.factor === 'PostgreSQL first')?.finding).toMatch(/^Can PostgreSQL.*\? Yes\./);
  });

  it('EventFlow MVP: nothing beside PostgreSQL, run managed for a team of 3', () => {
    const advice = advise(EVENTFLOW_MVP.workload);
    expect(advice.addOns).toEqual([]);
    expect(advice.primary.why.join(' ')).toMatch(/managed service/);
    expect(advice.warnings).toEqual([]);
  });

  it('recipe app: full-text stays in PostgreSQL', () => {
    expect(advise(RECIPE_APP.workload).primary.why.join(' ')).toMatch(/tsvector|pg_search/);
  });

  it('sessions: warns that the in-memory store holds the only copy', () => {
    expect(advise(USER_SESSIONS.workload).warnings.some((warning) => /only copy/.test(warning))).toBe(true);
  });

  it('sessions: a small session load stays in PostgreSQL (PostgreSQL first)', () => {
    const advice = advise({ ...USER_SESSIONS.workload, peakReadsPerSecond: 500, peakWritesPerSecond: 50 });
    expect(advice.primary.id).toBe('postgresql');
  });

  it('sessions: cacheEngine "redis" picks Redis and explains Valkey as the alternative', () => {
    const advice = advise(USER_SESSIONS.workload, { cacheEngine: 'redis' });
    expect(advice.primary.id).toBe('redis');
    expect(advice.alternatives.find((alternative) => alternative.id === 'valkey')?.whyNot).toMatch(/BSD/);
  });

  it('global payments: no Tier 1 warning at tier 2, and money stays on a store with serializable transactions across regions', () => {
    const advice = advise(GLOBAL_PAYMENTS.workload);
    expect(CATALOG[advice.primary.id].guarantees).toMatchObject({ multiItemWrites: 'transactions', strongReads: 'default', conditionalWrites: true });
    expect(['serializable', 'strict-serializable']).toContain(CATALOG[advice.primary.id].guarantees.isolation);
    expect(advice.warnings.some((warning) => /built to spread data/.test(warning))).toBe(false);
  });
});

describe('preset data', () => {
  it.each(ADVISOR_PRESETS.map((preset) => [preset.id, preset] as const))('%s says it is hypothetical, lists its assumptions and cites only well-formed public pages', (_id, preset) => {
    expect(preset.label.length).toBeGreaterThan(0);
    expect(preset.id).toMatch(/^[a-z0-9-]+$/);
    expect(preset.source).toMatch(/hypothetical/);
    expect(preset.source).toMatch(/every figure below is the example’s assumption/);
    expect(preset.assumed.length).toBeGreaterThan(0);
    for (const line of preset.assumed) expect(line.length).toBeGreaterThan(10);
    // References are optional (a purely hypothetical example may have none); those given must be well formed.
    expect(preset.references.flatMap((ref) => citationProblems(ref, preset.id))).toEqual([]);
  });

  it.each(ADVISOR_PRESETS.map((preset) => [preset.id, preset] as const))('%s: every figure in the workload appears in its assumptions', (_id, preset) => {
    const assumed = preset.assumed.join(' ');
    const { peakWritesPerSecond, peakReadsPerSecond, teamSize } = preset.workload;
    const shown = (value: number) => [value.toLocaleString('en-US'), String(value)].some((text) => assumed.includes(text)) || (value >= 1_000 && assumed.includes(`${value / 1_000}k`));
    for (const value of [peakWritesPerSecond, peakReadsPerSecond]) expect(shown(value), `${value} in ${assumed}`).toBe(true);
    if (teamSize !== undefined) expect(shown(teamSize), `team ${teamSize}`).toBe(true);
  });

  it('has unique ids', () => {
    const ids = ADVISOR_PRESETS.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
