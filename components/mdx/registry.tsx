import type { MDXComponents } from 'mdx/types';
import type { MdxComponentName } from '@/lib/content/mdx-names';
import { Callout } from '@/components/ui/Callout';
import { Diagram } from '@/components/ui/Diagram';
import { IsolationMatrix } from '@/components/ui/IsolationMatrix';
import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { Term } from '@/components/ui/Term';
import { WorkedExample } from '@/components/ui/WorkedExample';

/**
 * THE ONE MAP FROM MDX NAMES TO COMPONENTS. A name used in a lesson but missing here fails the
 * content build (lib/content/mdx-names.ts lists the names; the type below keeps the two in step).
 * These are STATIC: the build renders them to HTML. Interactive widgets ('use client') do not go
 * here: list them in ISLAND_COMPONENTS (lib/content/mdx-names.ts) and components/mdx/islands.tsx,
 * and the lesson page mounts them where the build left an island.
 */
export const mdxComponents = {
  Callout,
  Diagram,
  IsolationMatrix,
  WorkedExample,
  Term,
  table: ResponsiveTable,
} satisfies MDXComponents & Record<MdxComponentName, unknown>;
