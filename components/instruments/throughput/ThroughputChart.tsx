'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPlainNumber } from '@/lib/instruments/form/fields';
import { formatCompact } from '@/lib/instruments/form/format';
import type { ThroughputBar } from '@/lib/instruments/throughput/model';
import { AXIS_PROPS, CHART_COLORS, LEGEND_PROPS, TOOLTIP_PROPS } from '../kit/chart-theme';

const perSecond = (value: unknown) =>
  typeof value === 'number' ? `${formatPlainNumber(Math.round(value * 10) / 10)}/s` : String(value);

/** Average and peak operations per second, writes and reads side by side. */
export function ThroughputChart({ bars }: { bars: ThroughputBar[] }) {
  return (
    <BarChart data={bars} responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ left: 4, right: 16 }}>
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <XAxis dataKey="name" {...AXIS_PROPS} />
      <YAxis {...AXIS_PROPS} tickFormatter={(value: number) => `${formatCompact(value)}/s`} width={64} />
      <Tooltip {...TOOLTIP_PROPS} formatter={perSecond} />
      <Legend {...LEGEND_PROPS} />
      <Bar dataKey="average" name="Average" fill={CHART_COLORS.c1} isAnimationActive={false} />
      <Bar dataKey="peak" name="Peak" fill={CHART_COLORS.c4} isAnimationActive={false} />
    </BarChart>
  );
}
