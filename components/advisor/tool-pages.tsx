import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';

/** One decision tool under /tools/ (the calculators are listed in lib/widgets/tools.ts). */
export interface DecisionTool {
  slug: 'advisor' | 'migration-diagnosis';
  title: string;
  /** One line for the tools index. */
  description: string;
}

/** The decision tools, in the order the tools page lists them. */
export const DECISION_TOOLS: readonly DecisionTool[] = [
  {
    slug: 'advisor',
    title: 'Database advisor',
    description: 'Describe a workload and walk the selection framework: a primary database, add-ons, warnings, and why not the others.',
  },
  {
    slug: 'migration-diagnosis',
    title: 'Migration diagnosis',
    description: 'From a symptom to its likely cause, what to try before migrating, where to migrate and how to move the data.',
  },
];

function toolOf(slug: DecisionTool['slug']): DecisionTool {
  const tool = DECISION_TOOLS.find((entry) => entry.slug === slug);
  if (!tool) throw new Error(`No decision tool called ${slug}`);
  return tool;
}

/** Title and description of a decision tool's page. */
export function decisionToolMetadata(slug: DecisionTool['slug']): Metadata {
  const tool = toolOf(slug);
  return { title: tool.title, description: tool.description };
}

/** A decision tool's page: breadcrumb, title, introduction, the widget, and how to share it (like a calculator page). */
export function DecisionToolPage({ slug, intro, children }: { slug: DecisionTool['slug']; intro: ReactNode; children: ReactNode }) {
  const tool = toolOf(slug);
  return (
    <div className="tool-page">
      <header className="max-w-3xl">
        <p className="eyebrow">
          <Link href="/tools/" className="text-link">
            Tools
          </Link>
        </p>
        <h1 className="lesson-title">{tool.title}</h1>
        <div className="lesson-summary space-y-3">{intro}</div>
        <p className="mt-3 text-sm text-[var(--fg-muted)]">
          The address bar always holds your choices: copy it to share this result, and use Back to undo a change.
        </p>
      </header>
      {children}
    </div>
  );
}
