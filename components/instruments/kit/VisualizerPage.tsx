import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { VISUALIZER_TOOLS, type VisualizerTool } from '@/lib/visualizers/tools';

function toolOf(slug: string): VisualizerTool {
  const tool = VISUALIZER_TOOLS.find((entry) => entry.slug === slug);
  if (!tool) throw new Error(`No visualizer called ${slug} in lib/visualizers/tools.ts`);
  return tool;
}

/** Title and description of a visualizer page, from the list in lib/visualizers/tools.ts. */
export function visualizerMetadata(slug: string): Metadata {
  const tool = toolOf(slug);
  return { title: tool.title, description: tool.description };
}

/** A visualizer page: breadcrumb, title, an introduction, the visualizer, and how to share it. */
export function VisualizerPage({ slug, intro, children }: { slug: string; intro: ReactNode; children: ReactNode }) {
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
        <p className="mt-3 text-sm text-[var(--fg-muted)]">The address bar always holds what you built: copy it to share exactly this state, and use Back to undo a step.</p>
      </header>
      {children}
    </div>
  );
}
