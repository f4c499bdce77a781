import Link from 'next/link';
import { LsmVisualizerIsland } from '@/components/visualizers/islands';
import { VisualizerPage, visualizerMetadata } from '@/components/instruments/kit/VisualizerPage';

export const metadata = visualizerMetadata('lsm-tree');

export default function LsmToolPage() {
  return (
    <VisualizerPage
      slug="lsm-tree"
      intro={
        <>
          <p>
            Writes go to a log and a memtable; a full memtable becomes an immutable file in Level 0; compaction merges files down a leveled tree.
            Read a key to see which files a lookup opens, and how many its bloom filters save.
          </p>
          <p className="text-base">
            The counters keep a running write amplification (bytes written to disk per byte you wrote) and read amplification (files read per lookup).
            The lesson{' '}
            <Link href="/lessons/storage-engines/" className="text-link">
              Storage engines
            </Link>{' '}
            explains both.
          </p>
        </>
      }
    >
      <LsmVisualizerIsland eager headingLevel={2} />
    </VisualizerPage>
  );
}
