import Link from 'next/link';
import { HashRingVisualizerIsland } from '@/components/visualizers/islands';
import { VisualizerPage, visualizerMetadata } from '@/components/instruments/kit/VisualizerPage';

export const metadata = visualizerMetadata('hash-ring');

export default function HashRingToolPage() {
  return (
    <VisualizerPage
      slug="hash-ring"
      intro={
        <>
          <p>
            Shards sit on a ring at many points each, and a key belongs to the first point clockwise from its hash. Add or remove a shard and watch
            which keys move: on the ring only the new shard&apos;s share, while <code>hash mod N</code> over the same keys reshuffles most of them.
          </p>
          <p className="text-base">
            The ring follows the lesson{' '}
            <Link href="/lessons/replication-partitioning-cap/" className="text-link">
              Replication, partitioning and CAP
            </Link>
            . Slide the virtual nodes to see the load even out, and give one key a large share of the traffic to see what salting it does.
          </p>
        </>
      }
    >
      <HashRingVisualizerIsland eager headingLevel={2} />
    </VisualizerPage>
  );
}
