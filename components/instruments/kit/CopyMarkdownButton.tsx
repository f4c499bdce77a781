'use client';

import { useEffect, useRef, useState } from 'react';
import { toMarkdown, type ResultTable } from '@/lib/instruments/form/markdown';

const STATUS_MS = 5_000;

/** Copies a result table as Markdown, says so in a live region, and offers the text to copy by hand when it cannot. */
export function CopyMarkdownButton({ table }: { table: ResultTable }) {
  const [status, setStatus] = useState('');
  const [fallback, setFallback] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  async function copy() {
    const text = toMarkdown(table);
    if (timer.current) clearTimeout(timer.current);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setFallback(null);
      setStatus('Copied the table as Markdown.');
      timer.current = setTimeout(() => setStatus(''), STATUS_MS);
    } catch {
      setFallback(text);
      setStatus('This browser did not allow copying. Select the Markdown below and copy it yourself.');
    }
  }

  return (
    <div className="mt-3">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className="widget-button" onClick={copy}>
          Copy as Markdown
        </button>
        <p role="status" className="text-sm text-[var(--fg-muted)]">
          {status}
        </p>
      </div>
      {fallback !== null && (
        <textarea
          readOnly
          aria-label="The result table as Markdown"
          value={fallback}
          rows={Math.min(12, fallback.split('\n').length + 1)}
          onFocus={(event) => event.currentTarget.select()}
          className="widget-input mt-2 font-mono text-xs"
        />
      )}
    </div>
  );
}
