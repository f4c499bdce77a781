import type { Metadata } from 'next';
import Link from 'next/link';
import { DECISION_TOOLS } from '@/components/advisor/tool-pages';
import { TOOLS, toolHref } from '@/lib/widgets/tools';
import { VISUALIZER_TOOLS, visualizerHref } from '@/lib/visualizers/tools';

export const metadata: Metadata = {
  title: 'Tools',
  description: 'Calculators for storage, throughput, write ceilings, connection pools and total cost of ownership, with decision tools and visualizers.',
};

export default function ToolsPage() {
  return (
    <div className="page-narrow py-8 sm:py-10">
      <h1 className="lesson-title">Tools</h1>
      <p className="lesson-summary">
        Work the course&apos;s numbers and decisions with your own inputs. The calculators show their arithmetic, and
        a link you share reopens the same calculation.
      </p>
      <h2 className="section-title mt-10">Calculators</h2>
      <ul className="space-y-3">
        {TOOLS.map((tool) => (
          <li key={tool.slug}>
            <Link href={toolHref(tool.slug)} className="tool-card">
              <span className="lesson-link-title">{tool.title}</span>
              <span className="lesson-link-summary">{tool.description}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="section-title mt-10">Decision tools</h2>
      <ul className="space-y-3">
        {DECISION_TOOLS.map((tool) => (
          <li key={tool.slug}>
            {/* Not prefetched: the advisor's code should reach only readers who open it. */}
            <Link href={toolHref(tool.slug)} prefetch={false} className="tool-card">
              <span className="lesson-link-title">{tool.title}</span>
              <span className="lesson-link-summary">{tool.description}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="section-title mt-10">Visualizers</h2>
      <ul className="space-y-3">
        {VISUALIZER_TOOLS.map((tool) => (
          <li key={tool.slug}>
            <Link href={visualizerHref(tool.slug)} className="tool-card">
              <span className="lesson-link-title">{tool.title}</span>
              <span className="lesson-link-summary">{tool.description}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h2 className="section-title mt-10">Simulators</h2>
      <ul className="space-y-3">
        <li>
          {/* Not prefetched: the lab's engine should reach only readers who open it. */}
          <Link href="/tools/isolation-lab/" prefetch={false} className="tool-card">
            <span className="lesson-link-title">Isolation lab</span>
            <span className="lesson-link-summary">
              Step two or three transactions through each anomaly at each isolation level, with an engine checked against PostgreSQL.
            </span>
          </Link>
        </li>
        <li>
          {/* Not prefetched, like the lab; PostgreSQL itself downloads only when the reader presses the page's load button. */}
          <Link href="/tools/query-plans/" prefetch={false} className="tool-card">
            <span className="lesson-link-title">Query plan playground</span>
            <span className="lesson-link-summary">
              Run EXPLAIN ANALYZE on real PostgreSQL in your browser, before and after creating an index, and compare the plans and timings.
            </span>
          </Link>
        </li>
      </ul>
    </div>
  );
}
