'use client';

import { SAMPLE_KEYS } from '@/lib/instruments/hash-ring/drawing';
import { keyName, shardName } from '@/lib/instruments/hash-ring/ring';
import { shardColor } from './HashRingDiagram';

/**
 * The first sample keys under one rule, ten to a row: each cell names the key's shard, underlined in the
 * shard's colour; a key that just moved shows where it came from and is outlined.
 */
export function HashRingKeyGrid({ title, owners, before }: { title: string; owners: Uint8Array; before: Uint8Array | null }) {
  const count = Math.min(SAMPLE_KEYS, owners.length);
  const moved: string[] = [];
  const cells = [];
  for (let i = 0; i < count; i++) {
    const owner = owners[i] ?? 0;
    const from = before ? (before[i] ?? owner) : owner;
    const isMoved = from !== owner;
    if (isMoved) moved.push(`${keyName(i)} from ${shardName(from)} to ${shardName(owner)}`);
    cells.push(
      <span key={i} className={`viz-ring-cell${isMoved ? ' is-moved' : ''}`} style={isMoved ? undefined : { borderBottomColor: shardColor(owner) }}>
        {isMoved ? `${shardName(from)}→${shardName(owner)}` : shardName(owner)}
      </span>,
    );
  }
  const label =
    `${title}: the shard of each of the keys ${keyName(0)} to ${keyName(count - 1)}. ` +
    (before === null ? '' : moved.length === 0 ? 'None of them moved.' : `${moved.length} moved: ${moved.join('; ')}.`);
  return (
    <div className="viz-ring-grid" role="img" aria-label={label}>
      {cells}
    </div>
  );
}
