import type { TocEntry } from '@/lib/content/rehype-toc';

function TocList({ toc }: { toc: TocEntry[] }) {
  return (
    <ol className="toc-list">
      {toc.map((entry) => (
        <li key={entry.id} className={entry.depth === 3 ? 'toc-sub' : undefined}>
          <a href={`#${entry.id}`}>{entry.text}</a>
        </li>
      ))}
    </ol>
  );
}

/** The on-page table of contents: a right rail on wide screens, a collapsible box above the text elsewhere. */
export function TableOfContents({ toc, variant }: { toc: TocEntry[]; variant: 'rail' | 'inline' }) {
  if (toc.length === 0) return null;
  if (variant === 'rail') {
    return (
      <nav className="toc-rail" aria-label="On this page">
        <p className="toc-title">On this page</p>
        <TocList toc={toc} />
      </nav>
    );
  }
  return (
    <details className="toc-inline">
      <summary>On this page</summary>
      <nav aria-label="On this page (contents)">
        <TocList toc={toc} />
      </nav>
    </details>
  );
}
