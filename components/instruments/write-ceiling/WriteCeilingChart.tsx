'use client';

import { CartesianGrid, Line, LineChart, ReferenceArea, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPlainNumber } from '@/lib/instruments/form/fields';
import { formatCompact } from '@/lib/instruments/form/format';
import type { WriteCeilingView } from '@/lib/instruments/write-ceiling/model';
import { AXIS_PROPS, CHART_COLORS, TOOLTIP_PROPS } from '../kit/chart-theme';

const writesPerSecond = (value: unknown) =>
  typeof value === 'number' ? `${formatPlainNumber(Math.round(value))} writes/s` : String(value);

/** Peak writes month by month, against the chosen ceiling and the sources' range for one primary. */
export function WriteCeilingChart({ view }: { view: WriteCeilingView }) {
  const ceiling = view.input.ceilingWritesPerSecond;
  const top = view.yMax;
  return (
    <LineChart data={view.projection} responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ left: 4, right: 16, top: 16, bottom: 8 }}>
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <ReferenceArea
        y1={view.range.low}
        y2={Math.min(view.range.high, top)}
        fill={CHART_COLORS.band}
        fillOpacity={0.6}
        ifOverflow="hidden"
        label={{ value: "Sources' range, one primary", position: 'insideTopLeft', fill: CHART_COLORS.text, fontSize: 12 }}
      />
      <XAxis
        type="number"
        dataKey="month"
        domain={[0, 'dataMax']}
        {...AXIS_PROPS}
        allowDecimals={false}
        label={{ value: 'Months from now', position: 'insideBottom', offset: -2, fill: CHART_COLORS.text, fontSize: 12 }}
        height={40}
      />
      <YAxis {...AXIS_PROPS} domain={[0, top]} tickFormatter={(value: number) => formatCompact(value)} width={56} />
      <Tooltip {...TOOLTIP_PROPS} formatter={writesPerSecond} labelFormatter={(month) => `Month ${String(month)}`} />
      <ReferenceLine
        y={ceiling}
        stroke={CHART_COLORS.c4}
        strokeWidth={2}
        strokeDasharray="6 4"
        label={{ value: 'Ceiling', position: 'insideBottomRight', fill: CHART_COLORS.text, fontSize: 12 }}
      />
      <Line type="monotone" dataKey="peak" name="Peak writes" stroke={CHART_COLORS.c1} strokeWidth={2} dot={false} isAnimationActive={false} />
      {view.crossing && (
        <ReferenceDot x={view.crossing.month} y={view.crossing.peak} r={5} fill={CHART_COLORS.c4} stroke="var(--bg)" />
      )}
    </LineChart>
  );
}
