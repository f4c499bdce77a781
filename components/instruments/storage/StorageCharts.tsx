'use client';

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { bytes, formatBytes } from '@/lib/units';
import { STORAGE_LAYERS, type GrowthSeries, type StorageLayers } from '@/lib/instruments/storage/model';
import { AXIS_PROPS, CHART_COLORS, LEGEND_PROPS, TOOLTIP_PROPS } from '../kit/chart-theme';

const LAYER_COLORS = [CHART_COLORS.c1, CHART_COLORS.c2, CHART_COLORS.c3, CHART_COLORS.c4, CHART_COLORS.c5];
const axisBytes = (value: number) => formatBytes(bytes(Math.max(0, value)), 'decimal', { fractionDigits: 1 });
const tooltipBytes = (value: unknown) =>
  typeof value === 'number' ? `${formatBytes(bytes(value), 'decimal')} (${formatBytes(bytes(value), 'binary')})` : String(value);

/** One horizontal bar: the total, stacked from raw data up to blobs. */
export function StorageBreakdownChart({ layers }: { layers: StorageLayers }) {
  const data = [{ name: 'Total', ...layers }];
  return (
    <BarChart data={data} layout="vertical" responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ left: 4, right: 16 }}>
      <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
      <XAxis type="number" {...AXIS_PROPS} tickFormatter={axisBytes} />
      <YAxis type="category" dataKey="name" hide />
      <Tooltip {...TOOLTIP_PROPS} formatter={tooltipBytes} />
      <Legend {...LEGEND_PROPS} />
      {STORAGE_LAYERS.map((layer, i) => (
        <Bar key={layer.key} dataKey={layer.key} name={layer.label} stackId="total" fill={LAYER_COLORS[i]} isAnimationActive={false} barSize={36} />
      ))}
    </BarChart>
  );
}

const UNIT_LABEL: Record<GrowthSeries['unit'], string> = { days: 'Days', months: 'Months', years: 'Years' };

/** Storage over time, stacked by layer, with the end of the retention period marked. */
export function StorageGrowthChart({ growth }: { growth: GrowthSeries }) {
  return (
    <AreaChart data={growth.points} responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ left: 4, right: 16, top: 16, bottom: 8 }}>
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <XAxis
        type="number"
        dataKey="x"
        domain={[0, 'dataMax']}
        {...AXIS_PROPS}
        label={{ value: `${UNIT_LABEL[growth.unit]} since the first record`, position: 'insideBottom', offset: -2, fill: CHART_COLORS.text, fontSize: 12 }}
        height={40}
      />
      <YAxis {...AXIS_PROPS} tickFormatter={axisBytes} width={72} />
      <Tooltip {...TOOLTIP_PROPS} formatter={tooltipBytes} labelFormatter={(x) => `${UNIT_LABEL[growth.unit]}: ${String(x)}`} />
      <Legend {...LEGEND_PROPS} />
      {STORAGE_LAYERS.map((layer, i) => (
        <Area
          key={layer.key}
          type="linear"
          dataKey={layer.key}
          name={layer.label}
          stackId="total"
          stroke={LAYER_COLORS[i]}
          fill={LAYER_COLORS[i]}
          fillOpacity={0.55}
          isAnimationActive={false}
        />
      ))}
      <ReferenceLine x={growth.retentionX} stroke={CHART_COLORS.text} strokeDasharray="4 4" label={{ value: 'Retention', position: 'top', fill: CHART_COLORS.text, fontSize: 12 }} />
    </AreaChart>
  );
}
