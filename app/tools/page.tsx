import type { Metadata } from 'next';
import Link from 'next/link';
import { Fragment } from 'react';
import { INSTRUMENT_FAMILIES, INSTRUMENTS, instrumentHref } from '@/lib/instruments/registry';

export const metadata: Metadata = {
  title: 'Tools',
  description: 'Calculators for storage, throughput, write ceilings, connection pools and total cost of ownership, with decision tools, visualizers and simulators.',
};

export default function ToolsPage() {
  return (
    <div className="page-narrow py-8 sm:py-10">
      <h1 className="lesson-title">Tools</h1>
      <p className="lesson-summary">
        Work the course&apos;s numbers and decisions with your own inputs. The calculators show their arithmetic, and
        a link you share reopens the same calculation.
      </p>
      {INSTRUMENT_FAMILIES.map((family) => (
        <Fragment key={family.id}>
          <h2 className="section-title mt-10">
            {family.title}
          </h2>
          <ul className="space-y-3">
            {INSTRUMENTS.filter((entry) => entry.family === family.id).map((entry) => (
              <li key={entry.slug}>
                {/* A heavy instrument's page is not prefetched: its code should reach only readers who open it. */}
                <Link href={instrumentHref(entry.slug)} prefetch={'heavy' in entry && entry.heavy ? false : undefined} className="tool-card">
                  <span className="lesson-link-title">{entry.title}</span>
                  <span className="lesson-link-summary">{entry.description}</span>
                </Link>
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
    </div>
  );
}
