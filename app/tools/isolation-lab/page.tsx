import type { Metadata } from 'next';
import Link from 'next/link';
import { IsolationLabPage as Lab } from '@/components/instruments/isolation-lab/IsolationLabPage';

export const metadata: Metadata = {
  title: 'Isolation lab',
  description:
    'Run concurrency scenarios step by step at each PostgreSQL isolation level: snapshots, row versions, lock waits, serialization failures and the anomalies they prevent.',
};

export default function IsolationLabPage() {
  return (
    <div className="tool-page">
      <header className="max-w-3xl">
        <p className="eyebrow">
          <Link href="/tools/" className="text-link">
            Tools
          </Link>
        </p>
        <h1 className="lesson-title">Isolation lab</h1>
        <div className="lesson-summary space-y-3">
          <p>
            Sessions send SQL to one PostgreSQL database, one statement at a time. Pick a scenario and an isolation level and step through it: each
            step says what PostgreSQL did and why, shows every row version and which snapshot sees it, and names the anomaly when it happens.
          </p>
          <p className="text-base">
            The engine models PostgreSQL’s MVCC, row locks and serializable snapshot isolation, and is checked statement by statement against a real
            PostgreSQL server. The lesson <Link href="/lessons/transactions-and-acid/" className="text-link">Transactions and ACID</Link> explains the
            anomalies; once you move off the start, the address bar holds the scenario, level and step, so a copied link reopens them.
          </p>
        </div>
      </header>
      <Lab />
    </div>
  );
}
