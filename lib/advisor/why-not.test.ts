import { describe, expect, it } from 'vitest';
import { advise, whyNot } from './advise';
import { decide } from './decide';
import { ADVISOR_PRESETS, CHAT_MESSAGES, E_COMMERCE, EVENTFLOW_MVP, RAG_LARGE_CORPUS, USER_SESSIONS } from './presets';
import { DEFAULT_ASSUMPTIONS } from './thresholds';
import { DATABASE_IDS, type DatabaseId, type Workload } from './types';
import { MAX_ALTERNATIVES, alternativesFor } from './why-not';

describe('whyNot', () => {
  it.each(ADVISOR_PRESETS.map((preset) => [preset.id, preset.workload] as const))('%s: every catalog database has a reason', (_preset, workload) => {
    for (const id of DATABASE_IDS) expect(whyNot(workload, id).length, id).toBeGreaterThan(20);
  });

  it.each<[string, Workload, DatabaseId, RegExp]>([
    ['the primary is confirmed', EVENTFLOW_MVP.workload, 'postgresql', /is the recommended primary/],
    ['an add-on is confirmed', E_COMMERCE.workload, 'elasticsearch', /already in the advice, as the search/],
    ['money rules out a store whose batches are not isolated', EVENTFLOW_MVP.workload, 'cassandra', /cannot be the system of record.*readers can see it half applied.*Money needs isolated, all-or-nothing writes.*only hold a copy/],
    ['strong consistency rules out a store without fresh reads', EVENTFLOW_MVP.workload, 'redis', /cannot be the system of record.*asynchronous.*Strong consistency needs reads that see the latest write/],
    ['a managed sibling wins for a small team', CHAT_MESSAGES.workload, 'scylladb', /run the cluster/],
    ['the Redis licence explains Valkey', USER_SESSIONS.workload, 'redis', /RSALv2\/SSPLv1.*AGPLv3/],
    ['PostgreSQL first keeps specialised stores out', EVENTFLOW_MVP.workload, 'cockroachdb', /PostgreSQL covers this for the next 12 months/],
    ['MySQL loses on extensions, not capability', EVENTFLOW_MVP.workload, 'mysql', /extensions/],
    ['the rejected PostgreSQL answer is repeated', CHAT_MESSAGES.workload, 'postgresql', /falls short here\. The projected 35,917 writes\/s/],
    ['pgvector loses on vector count', RAG_LARGE_CORPUS.workload, 'pgvector', /pass the 10,000,000/],
    ['a model mismatch', CHAT_MESSAGES.workload, 'neo4j', /built for graph data; this is a wide-column workload/],
    ['in-memory stores are not homes for durable data', CHAT_MESSAGES.workload, 'valkey', /keeps its data in memory/],
    ['durable stores for expiring data', USER_SESSIONS.workload, 'dynamodb', /expires within minutes/],
  ])('%s', (_name, workload, id, pattern) => {
    expect(whyNot(workload, id)).toMatch(pattern);
  });

  it('agrees with advise().alternatives', () => {
    for (const preset of ADVISOR_PRESETS) {
      for (const alternative of advise(preset.workload).alternatives) {
        expect(whyNot(preset.workload, alternative.id)).toBe(alternative.whyNot);
      }
    }
  });

  it('passes assumptions through', () => {
    expect(whyNot(USER_SESSIONS.workload, 'redis', { cacheEngine: 'redis' })).toMatch(/recommended primary/);
  });
});

describe('alternativesFor', () => {
  it('lists the primary’s family first, at most MAX_ALTERNATIVES, never the primary or an add-on', () => {
    const decision = decide(CHAT_MESSAGES.workload, DEFAULT_ASSUMPTIONS);
    expect(alternativesFor(decision)).toEqual(['cassandra', 'scylladb', 'postgresql']);
    for (const preset of ADVISOR_PRESETS) {
      const d = decide(preset.workload, DEFAULT_ASSUMPTIONS);
      const ids = alternativesFor(d);
      expect(ids.length).toBeLessThanOrEqual(MAX_ALTERNATIVES);
      expect(ids).not.toContain(d.primaryId);
      for (const addOn of d.addOns) expect(ids).not.toContain(addOn.id);
    }
  });
});
