'use client';

import { ms, nodeName, sessionName } from '@/lib/instruments/replication/text';
import type { ReadResult, ReplicationResult, WriteOutcome } from '@/lib/instruments/replication/types';

const OUTCOME_TEXT: Record<WriteOutcome, string> = {
  acknowledged: '✓ acknowledged',
  'acknowledged-then-lost': '✗ acknowledged, then lost in the failover',
  failed: '✕ failed: no primary',
  blocked: '⏸ waits for a standby that is gone',
  unacknowledged: '✕ never acknowledged (crash)',
};

function verdict(read: ReadResult): string {
  if (read.freshness === 'failed') return '✕ failed: no node could answer';
  if (read.freshness === 'stale') return `✗ stale (the primary had ${read.key} = ${read.currentValue})`;
  return read.missedOwnWrite ? '✓ current, but your acknowledged write is gone' : '✓ fresh';
}

/** Every read and every write of the whole timeline, as two tables. */
export function ReplicationResults({ result, Sub }: { result: ReplicationResult; Sub: 'h3' | 'h4' }) {
  const servedBy = (read: ReadResult) =>
    read.node === null ? '–' : result.failover && read.node === result.failover.node && read.at >= result.failover.promotedAt ? `new primary (${nodeName(read.node)})` : nodeName(read.node);
  return (
    <div className="viz-rep-results">
      <div className="min-w-0">
        <Sub className="viz-subtitle">Reads (the whole timeline)</Sub>
        {result.reads.length === 0 ? (
          <p className="viz-note">No reads yet: add one.</p>
        ) : (
          <div className="widget-table" role="region" aria-label="Reads" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">At</th>
                  <th scope="col">Who</th>
                  <th scope="col">Served by</th>
                  <th scope="col">Saw</th>
                  <th scope="col">Verdict</th>
                </tr>
              </thead>
              <tbody>
                {result.reads.map((read) => (
                  <tr key={read.action} className={`viz-rep-row is-${read.freshness}`}>
                    <td>{ms(read.at)}</td>
                    <td>{sessionName(read.session)}</td>
                    <td>{servedBy(read)}</td>
                    <td>{read.value === null ? '–' : `${read.key} = ${read.value}`}</td>
                    <td>{verdict(read)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <div className="min-w-0">
        <Sub className="viz-subtitle">Writes (the whole timeline)</Sub>
        {result.writes.length === 0 ? (
          <p className="viz-note">No writes yet: add one.</p>
        ) : (
          <div className="widget-table" role="region" aria-label="Writes" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">At</th>
                  <th scope="col">Who</th>
                  <th scope="col">Write</th>
                  <th scope="col">LSN</th>
                  <th scope="col">Acknowledged after</th>
                  <th scope="col">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {result.writes.map((w) => (
                  <tr key={w.action} className={`viz-rep-row is-${w.outcome}`}>
                    <td>{ms(w.at)}</td>
                    <td>{sessionName(w.session)}</td>
                    <td>
                      {w.key} = {w.value}
                    </td>
                    <td>{w.lsn ?? '–'}</td>
                    <td>{w.latencyMs === null ? '–' : ms(w.latencyMs)}</td>
                    <td>{OUTCOME_TEXT[w.outcome]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}
