'use client';

import dynamic from 'next/dynamic';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { urlPrefix } from '@/lib/instruments/url';
import { hasLabParams } from '@/lib/isolation/lab/params';
import { LabPlaceholder } from './LabPlaceholder';

// The lab (engine, scenarios, diagram) is its own chunk, fetched only when this island asks for it.
const LabMount = dynamic(() => import('./LabMount').then((m) => m.LabMount), {
  ssr: false,
  loading: () => <p className="lab-loading">Loading the lab…</p>,
});

const noSubscribe = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * How far below the viewport the lab starts loading, so it is usually ready when the reader gets there. Only
 * below: a lab above the viewport that loaded would push the text being read down the page.
 */
const LOAD_MARGIN = '0px 0px 600px 0px';

/**
 * Where a lesson places the isolation lab (MDX name IsolationLab). The page ships only this small wrapper;
 * the lab's code is fetched when the wrapper comes near the viewport, when the reader presses "Start the
 * lab", or at once when the URL holds this lab's state (a shared link). Without JavaScript the reader sees
 * a note instead.
 */
export function IsolationLabIsland(props: Record<string, unknown>) {
  const prefix = urlPrefix(props.urlKey);
  const mounted = useSyncExternalStore(noSubscribe, onClient, onServer);
  const linked = useSyncExternalStore(noSubscribe, () => hasLabParams(window.location.search, prefix), onServer);
  const [near, setNear] = useState(false);
  const [asked, setAsked] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const start = mounted && (linked || near || asked);

  useEffect(() => {
    const el = box.current;
    if (start || !el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: LOAD_MARGIN },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [start]);

  return (
    <div ref={box} className="lab-island" id={prefix ? `lab-${prefix}` : 'isolation-lab'}>
      {start ? (
        <LabMount {...props} />
      ) : (
        <LabPlaceholder
          mounted={mounted}
          action={
            <button type="button" className="lab-button lab-button-primary" onClick={() => setAsked(true)}>
              Start the lab
            </button>
          }
        />
      )}
    </div>
  );
}
