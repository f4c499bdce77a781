'use client';

import dynamic from 'next/dynamic';
import { VisualizerIsland, VisualizerLoading } from '@/components/instruments/kit/VisualizerIsland';
import { PLAYGROUND_PARAMS } from '@/lib/instruments/query-plans/url';
import type { EmbedProps } from '@/lib/instruments/embed';

// The playground's own code is a chunk of its own; PGlite is further behind its load button.
const QueryPlanPlayground = dynamic(() => import('./QueryPlanPlayground').then((m) => m.QueryPlanPlayground), { ssr: false, loading: VisualizerLoading });

/**
 * Where a lesson or the tools page places the query-plan playground (MDX name QueryPlanPlayground). Its code
 * loads when it nears the viewport (or at once with `eager`); PostgreSQL itself only when the reader asks.
 */
export function QueryPlanPlaygroundIsland({ eager, ...props }: EmbedProps & { eager?: boolean }) {
  return (
    <VisualizerIsland
      eager={eager}
      urlKey={props.urlKey}
      params={PLAYGROUND_PARAMS}
      title="Query plan playground"
      blurb="Run EXPLAIN ANALYZE on a real PostgreSQL in your browser, create an index, and compare the plans and timings."
      minHeight={20}
    >
      <QueryPlanPlayground {...props} />
    </VisualizerIsland>
  );
}
