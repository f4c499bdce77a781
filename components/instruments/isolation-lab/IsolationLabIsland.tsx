'use client';

import dynamic from 'next/dynamic';
import { urlPrefix } from '@/lib/instruments/url';
import { LazyInstrument } from '../kit/LazyInstrument';
import { LabPlaceholder } from './LabPlaceholder';

// The lab (engine, scenarios, diagram) is its own chunk, fetched only when this island asks for it.
const LabMount = dynamic(() => import('./LabMount').then((m) => m.LabMount), {
  ssr: false,
  loading: () => <p className="lab-loading">Loading the lab…</p>,
});

/**
 * Where a lesson places the isolation lab (MDX name IsolationLab). The page ships only this small wrapper;
 * the lab's code is fetched when the wrapper comes near the viewport (from below only), when the reader
 * presses "Start the lab", or at once when the URL holds this lab's state (a shared link). Without JavaScript
 * the reader sees a note instead.
 */
export function IsolationLabIsland({ eager, ...props }: Record<string, unknown> & { eager?: boolean }) {
  const prefix = urlPrefix(props.urlKey);
  return (
    <LazyInstrument
      slug="isolation-lab"
      eager={eager}
      urlKey={props.urlKey}
      margin="below"
      className="lab-island"
      id={prefix ? `lab-${prefix}` : 'isolation-lab'}
      placeholder={({ mounted, start }) => (
        <LabPlaceholder
          mounted={mounted}
          action={
            <button type="button" className="lab-button lab-button-primary" onClick={start}>
              Start the lab
            </button>
          }
        />
      )}
    >
      <LabMount {...props} />
    </LazyInstrument>
  );
}
