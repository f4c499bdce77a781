import type { Metadata } from 'next';
import Link from 'next/link';
import { QueryPlanPlaygroundIsland } from '@/components/instruments/query-plans/QueryPlanPlaygroundIsland';
import { DOWNLOAD_SIZE_TEXT } from '@/lib/instruments/query-plans/assets';

export const metadata: Metadata = {
  title: 'Query plan playground',
  description: 'Run EXPLAIN ANALYZE on PostgreSQL in your browser, on a table of 100,000 orders, before and after creating an index, and compare the plans and timings.',
};

export default function QueryPlansToolPage() {
  return (
    <div className="tool-page">
      <header className="max-w-3xl">
        <p className="eyebrow">
          <Link href="/tools/" className="text-link">
            Tools
          </Link>
        </p>
        <h1 className="lesson-title">Query plan playground</h1>
        <div className="lesson-summary space-y-3">
          <p>
            A real PostgreSQL, compiled to WebAssembly, runs in this page on a table of 100,000 orders. Explain a query, create an index, explain it
            again, and see which plan the planner chose, how many rows each step read, and what the index saved.
          </p>
          <p className="text-base">
            The download is {DOWNLOAD_SIZE_TEXT} and starts only when you press the load button. The lesson{' '}
            <Link href="/lessons/indexing/" className="text-link">
              Indexing
            </Link>{' '}
            explains the scan nodes and how to read the numbers. The address bar holds the example, the query and the index columns, so a copied
            link reopens them; the database itself starts fresh on every visit.
          </p>
        </div>
      </header>
      <QueryPlanPlaygroundIsland eager headingLevel={2} />
    </div>
  );
}
