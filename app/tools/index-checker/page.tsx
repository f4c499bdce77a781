import Link from 'next/link';
import { IndexCheckerIsland } from '@/components/visualizers/islands';
import { VisualizerPage, visualizerMetadata } from '@/components/instruments/kit/VisualizerPage';

export const metadata = visualizerMetadata('index-checker');

export default function IndexCheckerToolPage() {
  return (
    <VisualizerPage
      slug="index-checker"
      intro={
        <>
          <p>
            A composite B-tree index is sorted by its first column, then by the second within equal values of the first, and so on. Define an index on
            an orders table and a query against it, and the checker says which leading columns narrow the scan, which are only checked along the way,
            whether ORDER BY comes for free, and whether the index covers the query.
          </p>
          <p className="text-base">
            The examples are the rows of the table in the lesson{' '}
            <Link href="/lessons/indexing/" className="text-link">
              Indexing
            </Link>
            , plus its covering-index and column-order comparisons. The rules are PostgreSQL’s.
          </p>
        </>
      }
    >
      <IndexCheckerIsland eager headingLevel={2} />
    </VisualizerPage>
  );
}
