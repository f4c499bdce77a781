'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * A stretch of lesson text that ships as HTML only once. The static export's page already contains
 * it (scripts/inline-lesson-html.mjs puts it there after `next build`), so it is NOT repeated in the
 * React payload; React leaves dangerouslySetInnerHTML content alone while hydrating. After a
 * client-side navigation the div arrives empty, and the chunk fetches its HTML file instead.
 */
export function StaticHtmlChunk({ src }: { src: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [html, setHtml] = useState('');
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (ref.current?.hasChildNodes()) return;
    let cancelled = false;
    fetch(src)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((text) => !cancelled && setHtml(text))
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [src]);

  if (failed) {
    return (
      <p role="alert" className="lesson-chunk-error">
        This part of the lesson could not be loaded. <a href="">Reload the page</a> to try again.
      </p>
    );
  }
  // Our own build output from the lesson's MDX (no reader input reaches it).
  return <div ref={ref} className="lesson-chunk" data-chunk-src={src} dangerouslySetInnerHTML={{ __html: html }} />;
}
