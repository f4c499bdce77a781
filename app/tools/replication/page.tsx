import Link from 'next/link';
import { ReplicationTimelineIsland } from '@/components/visualizers/islands';
import { VisualizerPage, visualizerMetadata } from '@/components/instruments/kit/VisualizerPage';

export const metadata = visualizerMetadata('replication');

export default function ReplicationToolPage() {
  return (
    <VisualizerPage
      slug="replication"
      intro={
        <>
          <p>
            One primary streams its write-ahead log to up to three replicas, each trailing by the lag you set. Schedule writes and reads, and see
            which reads come back stale and which node answered them.
          </p>
          <p className="text-base">
            Switch reads to read-your-writes to route each session by the log position of its last write, make commits wait for a standby, or
            crash the primary and see which acknowledged writes the promoted replica never had. The lesson{' '}
            <Link href="/lessons/replication-partitioning-cap/" className="text-link">
              Replication, partitioning and CAP
            </Link>{' '}
            explains each choice.
          </p>
        </>
      }
    >
      <ReplicationTimelineIsland eager headingLevel={2} />
    </VisualizerPage>
  );
}
