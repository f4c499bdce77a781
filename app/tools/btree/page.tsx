import Link from 'next/link';
import { BTreeVisualizerIsland } from '@/components/visualizers/islands';
import { VisualizerPage, visualizerMetadata } from '@/components/instruments/kit/VisualizerPage';

export const metadata = visualizerMetadata('btree');

export default function BTreeToolPage() {
  return (
    <VisualizerPage
      slug="btree"
      intro={
        <>
          <p>
            Insert keys and watch where each one lands: the search path lights up page by page with its comparisons, a full page splits in two, and
            the separator moves up to the parent. When the root splits, the tree grows one level taller.
          </p>
          <p className="text-base">
            The tree starts from the split example in the lesson{' '}
            <Link href="/lessons/storage-engines/" className="text-link">
              Storage engines
            </Link>
            : insert 25 to see it. The chart compares the height of a tree with your fan-out against one built from 8 kB pages.
          </p>
        </>
      }
    >
      <BTreeVisualizerIsland eager headingLevel={2} />
    </VisualizerPage>
  );
}
