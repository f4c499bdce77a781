'use client';

import dynamic from 'next/dynamic';
import type { EmbedProps } from '@/lib/instruments/embed';
import { InstrumentLoading, LazyInstrument } from './kit/LazyInstrument';

// Each instrument is a chunk of its own: a page downloads one only when it mounts it. The visualizers and the
// query-plan playground render only in the browser, once their wrapper nears the viewport (LazyInstrument).
// Next.js reads each call's options at compile time, so each must be written out as an object literal.
const BTreeVisualizer = dynamic(() => import('./btree/BTreeVisualizer').then((m) => m.BTreeVisualizer), { ssr: false, loading: InstrumentLoading });
const LsmVisualizer = dynamic(() => import('./lsm-tree/LsmVisualizer').then((m) => m.LsmVisualizer), { ssr: false, loading: InstrumentLoading });
const IndexChecker = dynamic(() => import('./index-checker/IndexChecker').then((m) => m.IndexChecker), { ssr: false, loading: InstrumentLoading });
const HashRingVisualizer = dynamic(() => import('./hash-ring/HashRingVisualizer').then((m) => m.HashRingVisualizer), { ssr: false, loading: InstrumentLoading });
const ReplicationTimeline = dynamic(() => import('./replication/ReplicationTimeline').then((m) => m.ReplicationTimeline), { ssr: false, loading: InstrumentLoading });
const HistoryChecker = dynamic(() => import('./history-checker/HistoryChecker').then((m) => m.HistoryChecker), { ssr: false, loading: InstrumentLoading });
const QuorumSimulator = dynamic(() => import('./quorum-simulator/QuorumSimulator').then((m) => m.QuorumSimulator), { ssr: false, loading: InstrumentLoading });
const QueryPlanPlayground = dynamic(() => import('./query-plans/QueryPlanPlayground').then((m) => m.QueryPlanPlayground), { ssr: false, loading: InstrumentLoading });

/** An island's props: the instrument's own, plus `eager` to load at once (the tools pages). */
type IslandProps = EmbedProps & { eager?: boolean };

// The space each keeps while it loads, in rem: about the height of its first screen.
const VISUALIZER_HEIGHT = 12;
const PLAYGROUND_HEIGHT = 20;

/** `<BTreeVisualizer />` in a lesson. */
export function BTreeVisualizerIsland({ eager, ...props }: IslandProps) {
  return (
    <LazyInstrument slug="btree" eager={eager} urlKey={props.urlKey} minHeight={VISUALIZER_HEIGHT}>
      <BTreeVisualizer {...props} />
    </LazyInstrument>
  );
}

/** `<LsmVisualizer />` in a lesson. */
export function LsmVisualizerIsland({ eager, ...props }: IslandProps) {
  return (
    <LazyInstrument slug="lsm-tree" eager={eager} urlKey={props.urlKey} minHeight={VISUALIZER_HEIGHT}>
      <LsmVisualizer {...props} />
    </LazyInstrument>
  );
}

/** `<IndexChecker preset="…" />` in a lesson. */
export function IndexCheckerIsland({ eager, ...props }: IslandProps) {
  return (
    <LazyInstrument slug="index-checker" eager={eager} urlKey={props.urlKey} minHeight={VISUALIZER_HEIGHT}>
      <IndexChecker {...props} />
    </LazyInstrument>
  );
}

/** `<HashRingVisualizer />` in a lesson. */
export function HashRingVisualizerIsland({ eager, ...props }: IslandProps) {
  return (
    <LazyInstrument slug="hash-ring" eager={eager} urlKey={props.urlKey} minHeight={VISUALIZER_HEIGHT}>
      <HashRingVisualizer {...props} />
    </LazyInstrument>
  );
}

/** `<ReplicationTimeline preset="…" />` in a lesson. */
export function ReplicationTimelineIsland({ eager, ...props }: IslandProps) {
  return (
    <LazyInstrument slug="replication" eager={eager} urlKey={props.urlKey} minHeight={VISUALIZER_HEIGHT}>
      <ReplicationTimeline {...props} />
    </LazyInstrument>
  );
}

/** `<HistoryChecker preset="…" />` in a lesson. */
export function HistoryCheckerIsland({ eager, ...props }: IslandProps) {
  return (
    <LazyInstrument slug="history-checker" eager={eager} urlKey={props.urlKey} minHeight={VISUALIZER_HEIGHT}>
      <HistoryChecker {...props} />
    </LazyInstrument>
  );
}

/** `<QuorumSimulator preset="…" />` in a lesson. */
export function QuorumSimulatorIsland({ eager, ...props }: IslandProps) {
  return (
    <LazyInstrument slug="quorum-simulator" eager={eager} urlKey={props.urlKey} minHeight={VISUALIZER_HEIGHT}>
      <QuorumSimulator {...props} />
    </LazyInstrument>
  );
}

/** `<QueryPlanPlayground preset="…" />` in a lesson: its code loads as it nears the viewport, PostgreSQL itself only when the reader asks. */
export function QueryPlanPlaygroundIsland({ eager, ...props }: IslandProps) {
  return (
    <LazyInstrument slug="query-plans" eager={eager} urlKey={props.urlKey} minHeight={PLAYGROUND_HEIGHT}>
      <QueryPlanPlayground {...props} />
    </LazyInstrument>
  );
}
