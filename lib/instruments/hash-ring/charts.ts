/**
 * The models behind the two bar charts (keys per shard under each rule; traffic per shard with the hot key
 * before and after salting), each with a sentence and a table for readers who do not see the chart.
 */
import type { HotKeyModel } from './hot-key';
import { loadSpread } from './load';
import { shardName } from './ring';
import { percent } from './trace';

/** One bar group: a shard and its two values. */
export interface ShardBars {
  shard: string;
  first: number;
  second: number;
}

/** What a shard-load chart draws. */
export interface ShardChartModel {
  bars: ShardBars[];
  /** Names of the two series. */
  labels: [string, string];
  /** Where the even share lies, drawn as a line. */
  even: number;
  /** How values are written: a count of keys or a share of requests. */
  unit: 'keys' | 'share';
  summary: string;
  table: { caption: string; headers: string[]; rows: string[][] };
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** Keys per shard on the ring and under `hash mod N`, for the same shards and keys. */
export function keyLoadChart(shards: readonly number[], ringCounts: readonly number[], modCounts: readonly number[]): ShardChartModel {
  const ring = loadSpread(ringCounts);
  const modN = loadSpread(modCounts);
  const busiest = shards[ringCounts.indexOf(ring.max)] as number;
  const bars = shards.map((s, i) => ({ shard: shardName(s), first: ringCounts[i] ?? 0, second: modCounts[i] ?? 0 }));
  return {
    bars,
    labels: ['Ring', `hash mod ${shards.length}`],
    even: ring.mean,
    unit: 'keys',
    summary:
      shards.length === 1
        ? `Shard ${shardName(busiest)} holds all ${fmt(ring.max)} keys under both rules.`
        : `On the ring the busiest shard, ${shardName(busiest)}, holds ${fmt(ring.max)} keys, ${ring.maxOverMean.toFixed(2)}× the even share of ${fmt(Math.round(ring.mean))}; ` +
          `the emptiest holds ${ring.minOverMean.toFixed(2)}×. Under hash mod ${shards.length} the busiest holds ${modN.maxOverMean.toFixed(2)}×.`,
    table: {
      caption: 'Keys per shard',
      headers: ['Shard', 'Ring', `hash mod ${shards.length}`],
      rows: bars.map((b) => [b.shard, fmt(b.first), fmt(b.second)]),
    },
  };
}

/** Share of requests per shard with the hot key unsalted and salted. */
export function trafficChart(shards: readonly number[], model: HotKeyModel): ShardChartModel {
  const bars = shards.map((s, i) => ({ shard: shardName(s), first: model.before.shares[i] ?? 0, second: model.after.shares[i] ?? 0 }));
  const n = shards.length;
  const hotBefore = shardName(shards[model.before.hottest] as number);
  const hotAfter = shardName(shards[model.after.hottest] as number);
  return {
    bars,
    labels: ['Unsalted', `Salted ${model.salt} ${model.salt === 1 ? 'way' : 'ways'}`],
    even: 1 / n,
    unit: 'share',
    summary:
      `Unsalted, shard ${hotBefore} takes ${percent(model.before.shares[model.before.hottest] ?? 0)} of all requests, ${model.before.overFair.toFixed(2)}× an even share of ${percent(1 / n)}. ` +
      `Salted ${model.salt} ${model.salt === 1 ? 'way' : 'ways'}, the busiest shard, ${hotAfter}, takes ${percent(model.after.shares[model.after.hottest] ?? 0)} (${model.after.overFair.toFixed(2)}×).`,
    table: {
      caption: 'Share of requests per shard',
      headers: ['Shard', 'Unsalted', `Salted ${model.salt} ${model.salt === 1 ? 'way' : 'ways'}`],
      rows: bars.map((b) => [b.shard, percent(b.first), percent(b.second)]),
    },
  };
}
