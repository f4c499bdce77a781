'use client';

import dynamic from 'next/dynamic';
import { useMemo } from 'react';
import { ChartFigure, ChartLoading } from '@/components/instruments/kit/ChartFigure';
import { trafficChart } from '@/lib/instruments/hash-ring/charts';
import { HOT_KEY, HOT_SHARE_RANGE, hotKeyModel, SALT_RANGE } from '@/lib/instruments/hash-ring/hot-key';
import { shardName, type Ring } from '@/lib/instruments/hash-ring/ring';
import { percent } from '@/lib/instruments/hash-ring/trace';
import { RangeField, Stat } from '../kit/parts';

// Recharts is its own chunk, loaded after the ring is on screen.
const ShardLoadChart = dynamic(() => import('./ShardLoadChart').then((m) => m.ShardLoadChart), { ssr: false, loading: ChartLoading });

/**
 * One hot key on the ring: how much of all traffic its shard carries, and what writing it as salted sub-keys
 * does to the busiest shard and to reads.
 */
export function HashRingHotKey({
  idBase,
  ring,
  counts,
  hotPercent,
  salt,
  onChange,
  SubHeading,
}: {
  idBase: string;
  ring: Ring;
  counts: readonly number[];
  hotPercent: number;
  salt: number;
  onChange: (next: { hotPercent: number; salt: number }) => void;
  SubHeading: 'h3' | 'h4';
}) {
  const model = useMemo(() => hotKeyModel(ring, counts, hotPercent, salt), [ring, counts, hotPercent, salt]);
  const chart = useMemo(() => trafficChart(ring.shards, model), [ring.shards, model]);
  const home = shardName(model.before.subKeyShards[0] ?? 0);
  const busiestBefore = model.before.shares[model.before.hottest] ?? 0;
  const busiestAfter = model.after.shares[model.after.hottest] ?? 0;
  const subKeys = salt === 1 ? 'not salted' : `${salt} sub-keys, ${HOT_KEY}#0 to #${salt - 1}`;

  return (
    <div className="viz-chart">
      <SubHeading className="viz-subtitle">A hot key and write salting</SubHeading>
      <p className="viz-note mt-0">
        On the ring as it stands after every change, the key <code>{HOT_KEY}</code> takes a share of all requests; the rest spread over the shards as the keys do. Salting writes it as sub-keys{' '}
        <code>#0</code> to <code>#k − 1</code>, so its writes spread, and every read must fetch them all.
      </p>
      <div className="viz-settings mt-3">
        <RangeField
          id={`${idBase}-hot`}
          label="Hot key’s share of requests"
          shown={`${hotPercent}%`}
          value={hotPercent}
          min={HOT_SHARE_RANGE.min}
          max={HOT_SHARE_RANGE.max}
          valueText={`${hotPercent}% of all requests`}
          onChange={(value) => onChange({ hotPercent: value, salt })}
        />
        <RangeField
          id={`${idBase}-salt`}
          label="Salt"
          shown={salt === 1 ? 'none' : `${salt} sub-keys`}
          value={salt}
          min={SALT_RANGE.min}
          max={SALT_RANGE.max}
          valueText={salt === 1 ? 'not salted' : `${salt} sub-keys`}
          onChange={(value) => onChange({ hotPercent, salt: value })}
        />
      </div>
      <dl className="viz-stats">
        <Stat label="Unsalted, it lives on" value={`Shard ${home}`} detail={`busiest shard ${percent(busiestBefore)} of requests, ${model.before.overFair.toFixed(2)}× even`} />
        <Stat label="Busiest shard, salted" value={percent(busiestAfter)} detail={`${model.after.overFair.toFixed(2)}× even; ${subKeys}`} />
        <Stat
          label="Shards the writes reach"
          value={model.after.readShards}
          detail={`of ${ring.shards.length}; ${salt} ${salt === 1 ? 'key' : 'sub-keys'}${salt > model.after.readShards ? ', some sharing a shard' : ''}`}
        />
        <Stat label="Keys a read fetches" value={model.readKeys} detail={salt === 1 ? 'one key, one shard' : `from ${model.after.readShards} ${model.after.readShards === 1 ? 'shard' : 'shards'}: the price of salting`} />
      </dl>
      <div className="mt-4">
        <ChartFigure title="Share of requests per shard, unsalted and salted (dashed line: an even share)" summary={chart.summary} data={{ ...chart.table, numeric: [1, 2] }} height={260}>
          <ShardLoadChart model={chart} />
        </ChartFigure>
      </div>
    </div>
  );
}
