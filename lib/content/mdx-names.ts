/**
 * Static components an author may use as JSX in a lesson: rendered to HTML at build time. The
 * registry in components/mdx/registry.tsx provides each of them (a test checks).
 */
export const AUTHORED_COMPONENTS = ['Callout'] as const;

/**
 * Interactive components (client widgets) an author may use: the build leaves an island for each,
 * and the page mounts the widget there (components/mdx/islands.tsx). Islands must sit at the top
 * level of a lesson, not inside another component or list.
 */
export const ISLAND_COMPONENTS = [] as const satisfies readonly string[];

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
