'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { hasOwnParams, urlPrefix } from '@/lib/instruments/url';
import { MAX_VISUALIZER_QUERY_LENGTH } from '@/lib/visualizers/params';

const noSubscribe = () => () => {};
const onClient = () => true;
const onServer = () => false;

/** How far below the viewport a visualizer starts loading, so it is usually ready when the reader arrives. */
const LOAD_MARGIN = '600px 0px';

/**
 * Where a lesson places a visualizer. The page ships only this wrapper; the visualizer's code (a separate
 * chunk, loaded by `children` through next/dynamic) is fetched when the wrapper nears the viewport, when the
 * reader presses the start button, or at once when the URL holds its state (a shared link). `eager` loads it
 * straight away (the tools pages). Without JavaScript the reader sees a note instead.
 */
export function VisualizerIsland({
  eager,
  urlKey,
  params,
  title,
  blurb,
  minHeight,
  children,
}: {
  eager?: boolean;
  urlKey: unknown;
  params: readonly string[];
  title: string;
  blurb: string;
  /** Space kept for the visualizer while it loads, in rem, so the page below does not jump. */
  minHeight: number;
  children: ReactNode;
}) {
  const prefix = urlPrefix(urlKey);
  const mounted = useSyncExternalStore(noSubscribe, onClient, onServer);
  const linked = useSyncExternalStore(noSubscribe, () => hasOwnParams(window.location.search, params, prefix, MAX_VISUALIZER_QUERY_LENGTH), onServer);
  const [near, setNear] = useState(false);
  const [asked, setAsked] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const start = mounted && (Boolean(eager) || linked || near || asked);

  useEffect(() => {
    const el = box.current;
    if (start || !el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: LOAD_MARGIN });
    observer.observe(el);
    return () => observer.disconnect();
  }, [start]);

  return (
    <div ref={box} className="viz-island" style={start ? undefined : { minHeight: `${minHeight}rem` }}>
      {start ? (
        children
      ) : (
        <div className="viz-placeholder">
          <p className="viz-placeholder-title">{title}</p>
          <p className="viz-placeholder-text">{blurb}</p>
          {mounted ? (
            <button type="button" className="viz-button viz-button-primary" onClick={() => setAsked(true)}>
              Start the {title.toLowerCase()}
            </button>
          ) : (
            <noscript>
              <p className="viz-placeholder-text">
                <strong>This visualizer needs JavaScript.</strong> The rest of the page works without it.
              </p>
            </noscript>
          )}
        </div>
      )}
    </div>
  );
}

/** What stands in a visualizer's place while its code downloads. */
export function VisualizerLoading() {
  return <p className="viz-loading">Loading the visualizer…</p>;
}
