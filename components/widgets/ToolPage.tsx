import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { TOOLS, type ToolEntry } from '@/lib/widgets/tools';

function toolOf(slug: string): ToolEntry {
  const tool = TOOLS.find((entry) => entry.slug === slug);
  if (!tool) throw new Error(`No tool called ${slug} in lib/widgets/tools.ts`);
  return tool;
}

/** Title and description of a calculator page, from the tools list. */
export function toolMetadata(slug: string): Metadata {
  const tool = toolOf(slug);
  return { title: tool.title, description: tool.description };
}

/** A calculator page: breadcrumb, title, an introduction, the calculator, and how to share it. */
export function ToolPage({ slug, intro, children }: { slug: string; intro: ReactNode; children: ReactNode }) {
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
          The address bar always holds your values: copy it to share this calculation, and use Back to undo a change.
        </p>
      </header>
      {children}
    </div>
  );
}
