'use client';

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { bytes, formatBytes } from '@/lib/units';
import type { MemoryBar } from '@/lib/instruments/connection-pool/model';
import { AXIS_PROPS, CHART_COLORS, TOOLTIP_PROPS } from '../kit/chart-theme';

const tooltipBytes = (value: unknown) =>
  typeof value === 'number' ? `${formatBytes(bytes(value), 'decimal')} (${formatBytes(bytes(value), 'binary')})` : String(value);

/** Memory for connections without a pooler and with the chosen one. */
export function ConnectionMemoryChart({ bars }: { bars: MemoryBar[] }) {
  return (
    <BarChart data={bars} responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ left: 4, right: 16 }}>
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <XAxis dataKey="name" {...AXIS_PROPS} />
      <YAxis {...AXIS_PROPS} tickFormatter={(value: number) => formatBytes(bytes(Math.max(0, value)), 'decimal', { fractionDigits: 0 })} width={64} />
      <Tooltip {...TOOLTIP_PROPS} formatter={tooltipBytes} />
      <Bar dataKey="bytes" name="Memory" fill={CHART_COLORS.c1} isAnimationActive={false} maxBarSize={96} />
    </BarChart>
  );
}
