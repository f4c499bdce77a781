/**
 * Names an author may use as JSX in a lesson. The registry in components/mdx/registry.tsx must
 * provide each of them (a test checks), and the build rejects any other capitalised tag.
 */
export const AUTHORED_COMPONENTS = ['Callout'] as const;

/** Names the build inserts itself (authors write a ```mermaid fence, the build emits <Diagram>). */
export const GENERATED_COMPONENTS = ['Diagram'] as const;

/** Every component name the MDX registry must provide. */
export const MDX_COMPONENT_NAMES = [...AUTHORED_COMPONENTS, ...GENERATED_COMPONENTS] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/** Callout kinds an author may choose, in the order the style guide lists them. */
export const CALLOUT_TYPES = ['note', 'tip', 'warning', 'interview'] as const;

export type CalloutType = (typeof CALLOUT_TYPES)[number];
