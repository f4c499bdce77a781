import type { ReactNode } from 'react';
import { glossaryHref } from '@/lib/content/routes';

/**
 * A glossary term in a lesson, written <Term id="wal">WAL</Term>: a link to the term on the glossary
 * page with its definition as a tooltip. Rendered to static HTML at build time, so the tooltip shows
 * on hover and on keyboard focus with CSS alone (.term:hover, .term:focus-within in globals.css);
 * components/ui/TermTooltips.tsx only adds Escape to dismiss it and keeps it inside the viewport.
 * The content build (lib/content/remark-glossary-terms.ts) checks the id and supplies the rest.
 */
export function Term({ id, term, definition, tipId, children }: { id: string; term?: string; definition?: string; tipId?: string; children?: ReactNode }) {
  if (!term || !definition || !tipId) {
    throw new Error(`<Term id="${id}"> is only available in lessons, where the content build looks the term up in content/glossary.json`);
  }
  return (
    <span className="term">
      <a href={glossaryHref(id)} className="term-link" aria-describedby={tipId}>
        {children ?? term}
      </a>
      {/* The definition lives on the glossary page; keep it out of the lesson's search text. */}
      <span role="tooltip" id={tipId} className="term-tooltip" data-pagefind-ignore="all">
        <span className="term-tooltip-box">
          <strong className="term-tooltip-name">{term}</strong> {definition}
        </span>
      </span>
    </span>
  );
}
