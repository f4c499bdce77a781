'use client';

import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { ShardChartModel } from '@/lib/instruments/hash-ring/charts';
import { percent } from '@/lib/instruments/hash-ring/trace';
import { AXIS_PROPS, CHART_COLORS, LEGEND_PROPS, TOOLTIP_PROPS } from '@/components/instruments/kit/chart-theme';

const value = (unit: ShardChartModel['unit']) => (v: unknown) => (typeof v !== 'number' ? String(v) : unit === 'share' ? percent(v) : v.toLocaleString('en-US'));

/** Two bars per shard (the two rules, or before and after salting), with a dashed line at the even share. */
export function ShardLoadChart({ model }: { model: ShardChartModel }) {
  const format = value(model.unit);
  return (
    <BarChart data={model.bars} responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ left: 0, right: 12, top: 12, bottom: 4 }}>
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <XAxis dataKey="shard" {...AXIS_PROPS} />
      <YAxis {...AXIS_PROPS} width={48} tickFormatter={(v: number) => (model.unit === 'share' ? `${Math.round(v * 100)}%` : v.toLocaleString('en-US'))} />
      <Tooltip {...TOOLTIP_PROPS} formatter={format} labelFormatter={(shard) => `Shard ${String(shard)}`} />
      <Legend {...LEGEND_PROPS} />
      <ReferenceLine y={model.even} stroke={CHART_COLORS.text} strokeDasharray="5 4" ifOverflow="extendDomain" />
      <Bar dataKey="first" name={model.labels[0]} fill={CHART_COLORS.c1} isAnimationActive={false} />
      <Bar dataKey="second" name={model.labels[1]} fill={CHART_COLORS.c4} isAnimationActive={false} />
    </BarChart>
  );
}
