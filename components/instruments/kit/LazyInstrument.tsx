'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { hasOwnParams, urlPrefix } from '@/lib/instruments/url';
import { findInstrument, type InstrumentSlug } from '@/lib/instruments/registry';

const noSubscribe = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * How far from the viewport an instrument starts loading, so it is usually ready when the reader arrives.
 * `below` loads only ahead of the reader: an instrument above the viewport that grew as it loaded would push
 * the text being read down the page.
 */
const MARGINS = { around: '600px 0px', below: '0px 0px 600px 0px' } as const;

/** What stands in an instrument's place until its code runs. */
export interface PlaceholderProps {
  /** Whether the page's JavaScript is running (false in the server HTML, which readers without JS keep). */
  mounted: boolean;
  /** Load the instrument now. */
  start: () => void;
}

/**
 * Where a page places an instrument whose code is a chunk of its own. The page ships only this wrapper; the
 * instrument (`children`, loaded through next/dynamic) is fetched when the wrapper nears the viewport, when the
 * reader presses the placeholder's button, or at once when the URL holds its state (a shared link). `eager`
 * loads it straight away (the tools pages). Without JavaScript the reader keeps the placeholder's note.
 */
export function LazyInstrument({
  slug,
  eager,
  urlKey,
  minHeight,
  margin = 'around',
  id,
  className = 'viz-island',
  placeholder = DefaultPlaceholder,
  children,
}: {
  slug: InstrumentSlug;
  eager?: boolean;
  urlKey: unknown;
  /** Space kept for the instrument while it loads, in rem, so the page below does not jump. */
  minHeight?: number;
  margin?: keyof typeof MARGINS;
  id?: string;
  className?: string;
  placeholder?: (props: PlaceholderProps & { slug: InstrumentSlug }) => ReactNode;
  children: ReactNode;
}) {
  const entry = findInstrument(slug);
  const prefix = urlPrefix(urlKey);
  const mounted = useSyncExternalStore(noSubscribe, onClient, onServer);
  const linked = useSyncExternalStore(
    noSubscribe,
    () => hasOwnParams(window.location.search, entry?.params ?? [], prefix, entry?.maxQueryLength ?? 0),
    onServer,
  );
  const [near, setNear] = useState(false);
  const [asked, setAsked] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const start = mounted && (Boolean(eager) || linked || near || asked);

  useEffect(() => {
    const el = box.current;
    if (start || !el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: MARGINS[margin] });
    observer.observe(el);
    return () => observer.disconnect();
  }, [start, margin]);

  return (
    <div ref={box} id={id} className={className} style={start || minHeight === undefined ? undefined : { minHeight: `${minHeight}rem` }}>
      {start ? children : placeholder({ slug, mounted, start: () => setAsked(true) })}
    </div>
  );
}

/** The placeholder most instruments use: their name and what they do, a start button, or a note without JavaScript. */
function DefaultPlaceholder({ slug, mounted, start }: PlaceholderProps & { slug: InstrumentSlug }) {
  const entry = findInstrument(slug);
  const title = entry?.title ?? slug;
  return (
    <div className="viz-placeholder">
      <p className="viz-placeholder-title">{title}</p>
      <p className="viz-placeholder-text">{entry?.description}</p>
      {mounted ? (
        <button type="button" className="viz-button viz-button-primary" onClick={start}>
          Start the {title.toLowerCase()}
        </button>
      ) : (
        <noscript>
          <p className="viz-placeholder-text">
            <strong>This {entry?.family === 'simulator' ? 'tool' : 'visualizer'} needs JavaScript.</strong> The rest of the page works without it.
          </p>
        </noscript>
      )}
    </div>
  );
}

/** What stands in an instrument's place while its code downloads. */
export function InstrumentLoading() {
  return <p className="viz-loading">Loading the visualizer…</p>;
}
