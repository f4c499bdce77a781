'use client';

import dynamic from 'next/dynamic';
import type { EmbedProps } from '@/lib/instruments/embed';
import { BTREE_PARAMS, CHECKER_PARAMS, HASH_RING_PARAMS, LSM_PARAMS, REPLICATION_PARAMS } from '@/lib/visualizers/params';
import { VisualizerIsland, VisualizerLoading } from '../instruments/kit/VisualizerIsland';

// Each visualizer is its own chunk: a page downloads one only when it mounts that visualizer.
const BTreeVisualizer = dynamic(() => import('../instruments/btree/BTreeVisualizer').then((m) => m.BTreeVisualizer), { ssr: false, loading: VisualizerLoading });
const LsmVisualizer = dynamic(() => import('../instruments/lsm-tree/LsmVisualizer').then((m) => m.LsmVisualizer), { ssr: false, loading: VisualizerLoading });
const IndexChecker = dynamic(() => import('../instruments/index-checker/IndexChecker').then((m) => m.IndexChecker), { ssr: false, loading: VisualizerLoading });
const HashRingVisualizer = dynamic(() => import('../instruments/hash-ring/HashRingVisualizer').then((m) => m.HashRingVisualizer), { ssr: false, loading: VisualizerLoading });
const ReplicationTimeline = dynamic(() => import('../instruments/replication/ReplicationTimeline').then((m) => m.ReplicationTimeline), { ssr: false, loading: VisualizerLoading });

/** Island props: a visualizer's own, plus `eager` to load at once (the tools pages). */
type IslandProps = EmbedProps & { eager?: boolean };

/** Where a lesson or tools page places the B-tree visualizer. */
export function BTreeVisualizerIsland({ eager, ...props }: IslandProps) {
  return (
    <VisualizerIsland
      eager={eager}
      urlKey={props.urlKey}
      params={BTREE_PARAMS}
      title="B-tree visualizer"
      blurb="Insert and search keys, watch a full page split and the separator move up, and compare the height of your tree with one built from 8 kB pages."
      minHeight={12}
    >
      <BTreeVisualizer {...props} />
    </VisualizerIsland>
  );
}

/** Where a lesson or tools page places the LSM-tree visualizer. */
export function LsmVisualizerIsland({ eager, ...props }: IslandProps) {
  return (
    <VisualizerIsland
      eager={eager}
      urlKey={props.urlKey}
      params={LSM_PARAMS}
      title="LSM-tree visualizer"
      blurb="Write keys into the memtable, flush and compact them, read them back with and without bloom filters, and watch write and read amplification add up."
      minHeight={12}
    >
      <LsmVisualizer {...props} />
    </VisualizerIsland>
  );
}

/** Where a lesson or tools page places the composite index checker. */
export function IndexCheckerIsland({ eager, ...props }: IslandProps) {
  return (
    <VisualizerIsland
      eager={eager}
      urlKey={props.urlKey}
      params={CHECKER_PARAMS}
      title="Composite index checker"
      blurb="Define an index and a query and see which prefix of the index the query can use, whether ORDER BY needs a sort, and whether the index covers it."
      minHeight={12}
    >
      <IndexChecker {...props} />
    </VisualizerIsland>
  );
}

/** Where a lesson or tools page places the consistent hashing ring. */
export function HashRingVisualizerIsland({ eager, ...props }: IslandProps) {
  return (
    <VisualizerIsland
      eager={eager}
      urlKey={props.urlKey}
      params={HASH_RING_PARAMS}
      title="Consistent hashing ring"
      blurb="Add and remove shards on a ring of virtual nodes and see which keys move, next to hash mod N; compare the load per shard, and salt a hot key."
      minHeight={12}
    >
      <HashRingVisualizer {...props} />
    </VisualizerIsland>
  );
}

/** Where a lesson or tools page places the replication timeline. */
export function ReplicationTimelineIsland({ eager, ...props }: IslandProps) {
  return (
    <VisualizerIsland
      eager={eager}
      urlKey={props.urlKey}
      params={REPLICATION_PARAMS}
      title="Replication timeline"
      blurb="Give each replica a lag, write and read, and see which reads come back stale, how read-your-writes routing fixes them, and what a primary crash loses under asynchronous and synchronous commit."
      minHeight={12}
    >
      <ReplicationTimeline {...props} />
    </VisualizerIsland>
  );
}
