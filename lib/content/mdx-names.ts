/**
 * Static components an author may use as JSX in a lesson: rendered to HTML at build time. The
 * registry in components/mdx/registry.tsx provides each of them (a test checks).
 */
export const AUTHORED_COMPONENTS = [
  'Callout',
  // <WorkedExample preset="url-shortener" />: a storage/throughput estimate table computed by lib/estimator at build time.
  'WorkedExample',
  // <IsolationMatrix />: PostgreSQL's "which level prevents what", generated from isolation-engine runs at build time.
  'IsolationMatrix',
  // <Term id="wal">WAL</Term>: a glossary term (ids in content/glossary.json) linking to /glossary/ with its definition as a tooltip.
  'Term',
] as const;

/**
 * Interactive components (client widgets) an author may use: the build leaves an island for each,
 * and the page mounts the widget there (components/mdx/islands.tsx). Islands must sit at the top
 * level of a lesson, not inside another component or list.
 */
export const ISLAND_COMPONENTS = [
  // Calculators (components/widgets), e.g. <StorageCalculator preset="url-shortener" />; preset ids are in
  // lib/estimator/presets.ts, and urlKey="…" separates two calculators of one kind on a page.
  'StorageCalculator',
  'ThroughputCalculator',
  'WriteCeilingCalculator',
  'ConnectionPoolCalculator',
  'TcoCalculator',
  // The isolation lab (components/instruments/isolation-lab), e.g. <IsolationLab scenario="write-skew" urlKey="skew" />; scenario ids are in
  // lib/isolation/lab/scenarios.ts. Its code loads only when it nears the viewport.
  'IsolationLab',
  // The database advisor and the migration diagnosis (components/advisor), e.g. <Advisor preset="eventflow-growth" />
  // (preset ids in lib/advisor/presets.ts) and <MigrationDiagnosis symptom="write-ceiling" /> (symptom ids in
  // lib/advisor/diagnose.ts); urlKey="…" separates two of a kind on a page. Their code loads only where they are placed.
  'Advisor',
  'MigrationDiagnosis',
  // Visualizers (components/visualizers): <BTreeVisualizer />, <LsmVisualizer /> and <IndexChecker preset="user-dates" />
  // (preset ids in lib/instruments/index-checker/presets.ts); urlKey="…" separates two of a kind on a page. Their
  // code loads only when they near the viewport.
  'BTreeVisualizer',
  'LsmVisualizer',
  'IndexChecker',
  // <HashRingVisualizer /> (components/visualizers): shards on a consistent-hashing ring beside hash mod N, with a hot key.
  'HashRingVisualizer',
  // <ReplicationTimeline preset="profile-reload" />: preset ids in lib/instruments/replication/presets.ts.
  'ReplicationTimeline',
  // The query-plan playground (components/instruments/query-plans): <QueryPlanPlayground preset="one-customer" /> (preset ids in
  // lib/instruments/query-plans/presets.ts); PostgreSQL (PGlite, ≈5.7 MB) downloads only when the reader presses its load button.
  'QueryPlanPlayground',
] as const satisfies readonly string[];

/** Names the build inserts itself (authors write a ```mermaid fence, the build emits <Diagram>). */
export const GENERATED_COMPONENTS = ['Diagram'] as const;

/** Every static component name the MDX registry must provide. */
export const MDX_COMPONENT_NAMES = [...AUTHORED_COMPONENTS, ...GENERATED_COMPONENTS] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
export type IslandName = (typeof ISLAND_COMPONENTS)[number];

/** Every JSX name a lesson may use. */
export const KNOWN_AUTHORED_NAMES: readonly string[] = [...AUTHORED_COMPONENTS, ...ISLAND_COMPONENTS];

/** Callout kinds an author may choose, in the order the style guide lists them. */
export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'interview'] as const;

export type CalloutType = (typeof CALLOUT_TYPES)[number];
