'use client';

import { useSyncExternalStore } from 'react';
import { LabMount } from './LabMount';
import { LabPlaceholder } from './LabPlaceholder';

const noSubscribe = () => () => {};

/**
 * The lab on its own page (/tools/isolation-lab/): loaded with the page rather than lazily, and rendered once
 * the page runs in the browser, because its starting state comes from the URL.
 */
export function IsolationLabPage() {
  const mounted = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  return <div className="lab-island">{mounted ? <LabMount headingLevel={2} /> : <LabPlaceholder mounted={false} />}</div>;
}
