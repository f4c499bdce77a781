import type { Metadata } from 'next';
import Link from 'next/link';
import { INSTRUMENT_ISLANDS } from '@/components/instruments/islands';
import { loadToolIntro } from '@/lib/content/load';
import { INSTRUMENT_FAMILIES, type InstrumentEntry } from '@/lib/instruments/registry';

/** Title and description of an instrument's page, from the registry. */
export function toolMetadata(entry: InstrumentEntry): Metadata {
  return { title: entry.title, description: entry.description };
}

/**
 * An instrument's own page: breadcrumb, title, its introduction (content/tools/<slug>.md), how its address
 * works, and the instrument itself, loaded at once. The header is what search indexes for the page.
 */
export function ToolPage({ entry }: { entry: InstrumentEntry }) {
  const Instrument = INSTRUMENT_ISLANDS[entry.mdxName as keyof typeof INSTRUMENT_ISLANDS];
  const shareNote = INSTRUMENT_FAMILIES.find((family) => family.id === entry.family)?.shareNote;
  return (
    <div className="tool-page">
      <header className="max-w-3xl" data-pagefind-body data-pagefind-meta="module:Tools">
        <p className="eyebrow" data-pagefind-ignore>
          <Link href="/tools/" className="text-link">
            Tools
          </Link>
        </p>
        <h1 className="lesson-title" data-pagefind-meta="title">
          {entry.title}
        </h1>
        <p className="sr-only">{entry.description}</p>
        {/* Compiled at build time from content/tools/<slug>.md: our own content, not reader input. */}
        <div className="lesson-summary tool-intro space-y-3" dangerouslySetInnerHTML={{ __html: loadToolIntro(entry.slug) }} />
        {shareNote && (
          <p className="mt-3 text-sm text-[var(--fg-muted)]" data-pagefind-ignore>
            {shareNote}
          </p>
        )}
      </header>
      <Instrument eager headingLevel={2} />
    </div>
  );
}
