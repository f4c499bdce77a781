'use client';

import dynamic from 'next/dynamic';
import { NoScriptNote } from '@/components/ui/NoScriptNote';

// Lessons mount these small wrappers; each widget's code (and the advisor's catalog and rules) is its own chunk,
// fetched only on a page that places the widget. The placeholders keep some height so the text does not jump.

function Loading({ what }: { what: string }) {
  return (
    <div className="widget advisor-loading">
      {/* The loading line is for readers whose JavaScript runs; the others get the note instead. */}
      <p className="js-only" role="status">
        Loading the {what}…
      </p>
      <NoScriptNote what={what} />
    </div>
  );
}

const LazyAdvisor = dynamic(() => import('./advisor/Advisor').then((m) => m.Advisor), {
  ssr: false,
  loading: () => <Loading what="database advisor" />,
});

const LazyDiagnosis = dynamic(() => import('./migration-diagnosis/MigrationDiagnosis').then((m) => m.MigrationDiagnosis), {
  ssr: false,
  loading: () => <Loading what="migration diagnosis" />,
});

// On their own pages (`eager`) the two render on the server too, so the page reads before its script runs.
const RenderedAdvisor = dynamic(() => import('./advisor/Advisor').then((m) => m.Advisor));
const RenderedDiagnosis = dynamic(() => import('./migration-diagnosis/MigrationDiagnosis').then((m) => m.MigrationDiagnosis));

/** `<Advisor preset="eventflow-growth" urlKey="…" />` in a lesson; `eager` on its tools page. */
export function AdvisorIsland({ eager, ...props }: Record<string, unknown> & { eager?: boolean }) {
  return eager ? <RenderedAdvisor {...props} /> : <LazyAdvisor {...props} />;
}

/** `<MigrationDiagnosis symptom="write-ceiling" urlKey="…" />` in a lesson; `eager` on its tools page. */
export function MigrationDiagnosisIsland({ eager, ...props }: Record<string, unknown> & { eager?: boolean }) {
  return eager ? <RenderedDiagnosis {...props} /> : <LazyDiagnosis {...props} />;
}
