/**
 * Every instrument of the course, once. The tools index, the tool pages (/tools/<slug>/), the MDX names a
 * lesson may use, the islands that mount them and the search index are all derived from this list, so adding
 * an instrument is an entry here, its two folders (lib/instruments/<slug>/ or its engine's folder for the
 * model, components/instruments/<slug>/ for the view), its intro in content/tools/<slug>.md and its line in
 * components/instruments/islands.tsx (the compiler asks for it).
 *
 * This file is small on purpose: the islands read it on every lesson page before any instrument's code has
 * downloaded. Presets are heavier and live in ./presets.ts, which only the build reads.
 */

/** How the tools index groups instruments, in the order it lists the groups. */
export const INSTRUMENT_FAMILIES = [
  { id: 'calculator', title: 'Calculators', shareNote: 'The address bar always holds your values: copy it to share this calculation, and use Back to undo a change.' },
  { id: 'decision', title: 'Decision tools', shareNote: 'The address bar always holds your choices: copy it to share this result, and use Back to undo a change.' },
  { id: 'visualizer', title: 'Visualizers', shareNote: 'The address bar always holds what you built: copy it to share exactly this state, and use Back to undo a step.' },
  { id: 'simulator', title: 'Simulators', shareNote: null },
] as const;

export type InstrumentFamily = (typeof INSTRUMENT_FAMILIES)[number]['id'];

/** One instrument. */
export interface InstrumentEntry {
  /** Its page is /tools/<slug>/. */
  slug: string;
  title: string;
  /** One line: the tools index, the page's description and its search result. */
  description: string;
  family: InstrumentFamily;
  /** The JSX name a lesson writes (`<StorageCalculator preset="…" />`). */
  mdxName: string;
  /**
   * Its query parameters (without a urlKey prefix), for an instrument whose code loads only as the reader nears
   * it: a shared link holding one of them loads it at once. (Forms render on the server and read their fields'
   * parameters themselves.)
   */
  params?: readonly string[];
  /** The most characters of its own parameters it reads. */
  maxQueryLength: number;
  /** The prop that names what it starts from, when it has a choice (ids in ./presets.ts). */
  startProp?: 'preset' | 'scenario' | 'symptom';
  /** The lesson that explains what it shows. */
  lesson: string;
  /** Whether its page must not prefetch: its code is large enough that only readers who open it should pay. */
  heavy?: boolean;
}

// Calculators and the advisor keep numbers in the URL, one short value per field.
const FORM_QUERY_LENGTH = 2_000;
// A visualizer's URL lists operations: 200 of them fit easily.
const VISUALIZER_QUERY_LENGTH = 4_000;

/** The instruments, in the order the tools index lists them within each family. */
export const INSTRUMENTS = [
  {
    slug: 'storage',
    title: 'Storage calculator',
    description: 'Record size × records per day × retention, then replicas, indexes, extra layers and blobs, with growth over time.',
    family: 'calculator',
    mdxName: 'StorageCalculator',
    maxQueryLength: FORM_QUERY_LENGTH,
    startProp: 'preset',
    lesson: 'capacity-estimation',
  },
  {
    slug: 'throughput',
    title: 'Throughput calculator',
    description: 'Daily active users and their reads and writes, as average and peak operations per second.',
    family: 'calculator',
    mdxName: 'ThroughputCalculator',
    maxQueryLength: FORM_QUERY_LENGTH,
    startProp: 'preset',
    lesson: 'capacity-estimation',
  },
  {
    slug: 'write-ceiling',
    title: 'Write ceiling calculator',
    description: 'How close a peak write rate is to one primary’s ceiling, and how many months of growth remain.',
    family: 'calculator',
    mdxName: 'WriteCeilingCalculator',
    maxQueryLength: FORM_QUERY_LENGTH,
    startProp: 'preset',
    lesson: 'capacity-estimation',
  },
  {
    slug: 'connection-pool',
    title: 'Connection pool calculator',
    description: 'Memory the database spends on connections, without a pooler and with one in session or transaction mode.',
    family: 'calculator',
    mdxName: 'ConnectionPoolCalculator',
    maxQueryLength: FORM_QUERY_LENGTH,
    lesson: 'what-a-database-does',
  },
  {
    slug: 'tco',
    title: 'Total cost of ownership',
    description: 'Managed and self-hosted options priced with ops time, and the ops hours where self-hosting stops paying.',
    family: 'calculator',
    mdxName: 'TcoCalculator',
    maxQueryLength: FORM_QUERY_LENGTH,
    lesson: 'cost-tco',
  },
  {
    slug: 'advisor',
    title: 'Database advisor',
    description: 'Describe a workload and walk the selection framework: a primary database, add-ons, warnings, and why not the others.',
    family: 'decision',
    mdxName: 'Advisor',
    maxQueryLength: FORM_QUERY_LENGTH,
    startProp: 'preset',
    lesson: 'selection-framework',
    heavy: true,
  },
  {
    slug: 'migration-diagnosis',
    title: 'Migration diagnosis',
    description: 'From a symptom to its likely cause, what to try before migrating, where to migrate and how to move the data.',
    family: 'decision',
    mdxName: 'MigrationDiagnosis',
    maxQueryLength: FORM_QUERY_LENGTH,
    startProp: 'symptom',
    lesson: 'migrations',
    heavy: true,
  },
  {
    slug: 'btree',
    title: 'B-tree visualizer',
    description: 'Insert and search keys at a fan-out you choose; watch pages split, the root grow, and how tall a tree of 8 kB pages gets.',
    family: 'visualizer',
    mdxName: 'BTreeVisualizer',
    params: ['order', 'ops', 'page'],
    maxQueryLength: VISUALIZER_QUERY_LENGTH,
    lesson: 'storage-engines',
  },
  {
    slug: 'lsm-tree',
    title: 'LSM-tree visualizer',
    description: 'Write keys into a memtable, flush them to SSTables, compact the levels, and count write and read amplification with and without bloom filters.',
    family: 'visualizer',
    mdxName: 'LsmVisualizer',
    params: ['mem', 'l0', 'ratio', 'bits', 'ops'],
    maxQueryLength: VISUALIZER_QUERY_LENGTH,
    lesson: 'storage-engines',
  },
  {
    slug: 'index-checker',
    title: 'Composite index checker',
    description: 'Define an index and a query; see which prefix of the index narrows the scan, whether ORDER BY needs a sort, and whether the index covers the query.',
    family: 'visualizer',
    mdxName: 'IndexChecker',
    params: ['ix', 'inc', 'where', 'order', 'select', 'limit'],
    maxQueryLength: VISUALIZER_QUERY_LENGTH,
    startProp: 'preset',
    lesson: 'indexing',
  },
  {
    slug: 'hash-ring',
    title: 'Consistent hashing ring',
    description: 'Add and remove shards on a ring of virtual nodes; see which keys move beside hash mod N, how evenly the keys spread, and what salting does to a hot key.',
    family: 'visualizer',
    mdxName: 'HashRingVisualizer',
    params: ['shards', 'vnodes', 'keys', 'ops', 'hot', 'salt'],
    maxQueryLength: VISUALIZER_QUERY_LENGTH,
    lesson: 'replication-partitioning-cap',
  },
  {
    slug: 'replication',
    title: 'Replication timeline',
    description: 'A primary and replicas with the lag you choose: see stale reads, how read-your-writes routing fixes them, and which acknowledged writes a crash loses under asynchronous and synchronous commit.',
    family: 'visualizer',
    mdxName: 'ReplicationTimeline',
    params: ['lag', 'net', 'route', 'commit', 'crash', 'acts'],
    maxQueryLength: VISUALIZER_QUERY_LENGTH,
    startProp: 'preset',
    lesson: 'replication-partitioning-cap',
  },
  {
    slug: 'history-checker',
    title: 'History checker',
    description: 'Timed reads and writes on one register by up to four clients: is the history linearizable, sequentially consistent or neither, with the order that proves it or the operations that cannot be ordered.',
    family: 'visualizer',
    mdxName: 'HistoryChecker',
    params: ['ops', 'show'],
    // Twelve operations of at most 14 characters each, and the order to show.
    maxQueryLength: 400,
    startProp: 'preset',
    lesson: 'consistency-and-consensus',
  },
  {
    slug: 'quorum-simulator',
    title: 'Quorum simulator',
    description: 'One key on N replicas with the R and W you choose: crash or cut off nodes, write and read, and see stale reads, refused requests, sloppy quorums with hinted handoff, read repair and last-writer-wins with skewed clocks.',
    family: 'simulator',
    mdxName: 'QuorumSimulator',
    params: ['n', 'r', 'w', 'mode', 'rr', 'skew', 'ops'],
    maxQueryLength: VISUALIZER_QUERY_LENGTH,
    startProp: 'preset',
    lesson: 'leaderless-replication',
  },
  {
    slug: 'isolation-lab',
    title: 'Isolation lab',
    description: 'Step two or three transactions through each anomaly at each isolation level, with an engine checked against PostgreSQL.',
    family: 'simulator',
    mdxName: 'IsolationLab',
    params: ['scenario', 'level', 'step', 'script', 'engine'],
    // A reader's own script, URL-encoded, is most of it.
    maxQueryLength: 12_000,
    startProp: 'scenario',
    lesson: 'transactions-and-acid',
    heavy: true,
  },
  {
    slug: 'query-plans',
    title: 'Query plan playground',
    description: 'Run EXPLAIN ANALYZE on real PostgreSQL in your browser, before and after creating an index, and compare the plans and timings.',
    family: 'simulator',
    mdxName: 'QueryPlanPlayground',
    params: ['qp', 'qpq', 'qpi'],
    maxQueryLength: VISUALIZER_QUERY_LENGTH,
    startProp: 'preset',
    lesson: 'indexing',
    heavy: true,
  },
] as const satisfies readonly InstrumentEntry[];

/** An instrument's slug. */
export type InstrumentSlug = (typeof INSTRUMENTS)[number]['slug'];
/** An instrument's MDX name. */
export type InstrumentMdxName = (typeof INSTRUMENTS)[number]['mdxName'];

/** The MDX names of every instrument, in registry order. */
export const INSTRUMENT_MDX_NAMES: readonly InstrumentMdxName[] = INSTRUMENTS.map((entry) => entry.mdxName);

/** The instrument with this slug, or undefined. */
export function findInstrument(slug: string): InstrumentEntry | undefined {
  return INSTRUMENTS.find((entry) => entry.slug === slug);
}

/** The instrument a lesson names with this JSX tag, or undefined. */
export function instrumentByMdxName(name: string): InstrumentEntry | undefined {
  return INSTRUMENTS.find((entry) => entry.mdxName === name);
}

/** The URL of an instrument's page (trailing slash, like every page of the export). */
export function instrumentHref(slug: string): string {
  return `/tools/${slug}/`;
}

/** The query parameters of an instrument that loads lazily (see `InstrumentEntry.params`). */
export function instrumentParams(slug: InstrumentSlug): readonly string[] {
  const params = findInstrument(slug)?.params;
  if (!params) throw new Error(`instrument ${slug} has no query parameters in the registry`);
  return params;
}

/** The most characters of its own parameters an instrument reads. */
export function instrumentQueryLimit(slug: InstrumentSlug): number {
  return (findInstrument(slug) as InstrumentEntry).maxQueryLength;
}
