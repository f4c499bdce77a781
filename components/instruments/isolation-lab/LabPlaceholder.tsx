import type { ReactNode } from 'react';

/**
 * What stands where the lab will be until it runs. Its server HTML says the lab needs JavaScript, which is
 * what a reader without JavaScript keeps; once the page runs, `action` (a button, or nothing) replaces it.
 */
export function LabPlaceholder({ mounted, action }: { mounted: boolean; action?: ReactNode }) {
  return (
    <div className="lab-placeholder">
      <p className="lab-placeholder-title">Isolation lab</p>
      <p className="lab-placeholder-text">
        Run this scenario step by step at each isolation level and watch PostgreSQL’s snapshots, row versions and locks decide the outcome.
      </p>
      {mounted ? (
        action
      ) : (
        <p className="lab-placeholder-text">
          <strong>The lab needs JavaScript</strong>: it runs a model of PostgreSQL in your browser. The rest of the page works without it.
        </p>
      )}
    </div>
  );
}
