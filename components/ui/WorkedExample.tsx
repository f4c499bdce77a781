import { ESTIMATOR_PRESETS, estimateStorage, estimateThroughput } from '@/lib/estimator';
import { formatBytes, formatRate } from '@/lib/units';
import type { Bytes } from '@/lib/units';

const count = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });
const both = (b: Bytes) => `${formatBytes(b, 'decimal')} (${formatBytes(b, 'binary')})`;

/**
 * A worked storage and throughput estimate, computed by lib/estimator when the lesson is built:
 * every number in the table comes from the tested module, never typed by hand.
 */
export function WorkedExample({ preset }: { preset: string }) {
  const example = ESTIMATOR_PRESETS.find((p) => p.id === preset);
  if (!example) throw new Error(`<WorkedExample preset="${preset}">: no such estimator preset (${ESTIMATOR_PRESETS.map((p) => p.id).join(', ')})`);
  const input = example.storage;
  const s = estimateStorage(input);
  const replication = input.replicationFactor ?? 3;
  const indexOverhead = input.indexOverhead ?? 0.3;
  const rows: Array<[string, string, string]> = [
    ['Raw per day', `${count(input.bytesPerRecord)} B × ${count(input.recordsPerDay)} records/day`, both(s.rawDailyBytes)],
    ['Raw, whole retention', `× ${count(input.retentionDays)} days`, both(s.rawTotalBytes)],
    ['Replicated', `× ${count(replication)} copies`, both(s.replicatedBytes)],
    ['With indexes', `× (1 + ${count(indexOverhead)})`, both(s.withIndexesBytes)],
  ];
  if (s.walBytes > 0) rows.push(['WAL and temp space', `× ${count(input.walOverhead ?? 0)} of the indexed size`, both(s.walBytes)]);
  if (s.compactionBytes > 0) rows.push(['Compaction headroom', `× ${count(input.compactionHeadroom ?? 0)} of the indexed size`, both(s.compactionBytes)]);
  if (s.backupBytes > 0) rows.push(['Backups', `${count(input.backupCopies ?? 0)} logical copies`, both(s.backupBytes)]);
  if (s.blobTotalBytes > 0)
    rows.push([
      'Blobs (object storage)',
      `${count(input.recordsPerDay)} × ${count(input.blobFraction ?? 0)} × ${count(input.blobSizeBytes ?? 0)} B × ${count(input.retentionDays)} days`,
      both(s.blobTotalBytes),
    ]);
  rows.push(['Total', 'structured tier + blob tier', both(s.totalBytes)]);
  const t = example.throughput ? estimateThroughput(example.throughput) : null;
  return (
    <figure className="worked-example">
      <div className="table-scroll" role="region" aria-label={`${example.name}: worked estimate (scrolls sideways)`} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Arithmetic</th>
              <th scope="col">Result (decimal, binary)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([step, arithmetic, result]) => (
              <tr key={step}>
                <th scope="row">{step}</th>
                <td>{arithmetic}</td>
                <td className="tabular-nums">{result}</td>
              </tr>
            ))}
            {t && (
              <>
                <tr>
                  <th scope="row">Writes</th>
                  <td>
                    {count(example.throughput!.dailyActiveUsers)} users × {count(example.throughput!.writesPerUserPerDay)} ÷ 86,400 s, peak × {count(example.throughput!.peakToAverage ?? 1)}
                  </td>
                  <td className="tabular-nums">
                    {formatRate(t.writesPerSecond, { noun: 'writes' })} average, {formatRate(t.peakWritesPerSecond, { noun: 'writes' })} peak
                  </td>
                </tr>
                <tr>
                  <th scope="row">Reads</th>
                  <td>
                    {count(example.throughput!.dailyActiveUsers)} users × {count(example.throughput!.readsPerUserPerDay)} ÷ 86,400 s
                  </td>
                  <td className="tabular-nums">
                    {formatRate(t.readsPerSecond, { noun: 'reads' })} average; {t.profile.label}
                    {t.readWriteRatio !== null ? ` (${count(t.readWriteRatio)}:1)` : ''}
                  </td>
                </tr>
              </>
            )}
          </tbody>
        </table>
      </div>
      <figcaption>
        {example.name}: computed by the course&apos;s estimator from the inputs above. {example.assumptions.length > 0 && `Assumed: ${example.assumptions.join(' ')}`}
      </figcaption>
    </figure>
  );
}
