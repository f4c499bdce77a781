import { INSTRUMENT_MDX_NAMES, type InstrumentMdxName } from '../instruments/registry';

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
 * Interactive components (instruments) an author may use: the build leaves an island for each, and the page
 * mounts the instrument there (components/instruments/islands.tsx). They are listed, with their pages and the
 * props they start from, in lib/instruments/registry.ts. Islands must sit at the top level of a lesson, not
 * inside another component or list.
 */
export const ISLAND_COMPONENTS: readonly InstrumentMdxName[] = INSTRUMENT_MDX_NAMES;


/** Names the build inserts itself (authors write a ```mermaid fence, the build emits <Diagram>). */
export const GENERATED_COMPONENTS = ['Diagram'] as const;

/** Every static component name the MDX registry must provide. */
export const MDX_COMPONENT_NAMES = [...AUTHORED_COMPONENTS, ...GENERATED_COMPONENTS] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
export type IslandName = InstrumentMdxName;

/** Every JSX name a lesson may use. */
export const KNOWN_AUTHORED_NAMES: readonly string[] = [...AUTHORED_COMPONENTS, ...ISLAND_COMPONENTS];

/** Callout kinds an author may choose, in the order the style guide lists them. */
export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'interview'] as const;

export type CalloutType = (typeof CALLOUT_TYPES)[number];
