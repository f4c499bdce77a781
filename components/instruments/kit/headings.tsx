import type { HTMLAttributes } from 'react';

/** Heading elements the advisor widgets use: h2 under a tool page's h1, h3 inside a lesson section. */
export type HeadingTag = 'h2' | 'h3';

/** Reads an untrusted `headingLevel` prop (it may come from MDX): 2 gives h2 headings, anything else h3. */
export function headingTag(level: unknown): HeadingTag {
  return level === 2 ? 'h2' : 'h3';
}

/** A heading at the level the widget was given. */
export function Heading({ as: Tag, ...rest }: HTMLAttributes<HTMLHeadingElement> & { as: HeadingTag }) {
  return <Tag {...rest} />;
}
