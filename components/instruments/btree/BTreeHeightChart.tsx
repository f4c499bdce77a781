'use client';

import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import type { HeightChartModel } from '@/lib/instruments/btree/height';
import { AXIS_PROPS, CHART_COLORS, LEGEND_PROPS, TOOLTIP_PROPS } from '@/components/instruments/kit/chart-theme';

const COLORS = [CHART_COLORS.c1, CHART_COLORS.c1, CHART_COLORS.c4, CHART_COLORS.c4];
const TICKS = [1, 1e3, 1e6, 1e9, 1e12];
const tick = (value: number) => ({ 1: '1', 1e3: '1K', 1e6: '1M', 1e9: '1B', 1e12: '1T' })[value] ?? value.toExponential(0);

/** Tree height (levels) against rows on a log scale, as step lines, with the reader's own tree as a dot. */
export function BTreeHeightChart({ model, rows, height }: { model: HeightChartModel; rows: number; height: number }) {
  return (
    <LineChart responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ left: 0, right: 16, top: 12, bottom: 8 }}>
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <XAxis
        type="number"
        dataKey="rows"
        scale="log"
        domain={[1, 1e12]}
        ticks={TICKS}
        tickFormatter={tick}
        allowDuplicatedCategory={false}
        {...AXIS_PROPS}
        label={{ value: 'Rows (log scale)', position: 'insideBottom', offset: -2, fill: CHART_COLORS.text, fontSize: 12 }}
        height={40}
      />
      <YAxis type="number" dataKey="height" allowDecimals={false} {...AXIS_PROPS} width={32} />
      <Tooltip {...TOOLTIP_PROPS} labelFormatter={(value) => `${Number(value).toLocaleString('en-US')} rows`} formatter={(value) => `${String(value)} levels`} />
      <Legend {...LEGEND_PROPS} />
      {model.series.map((s, i) => (
        <Line
          key={s.id}
          data={s.points}
          dataKey="height"
          name={s.label}
          type="stepAfter"
          stroke={COLORS[i]}
          strokeWidth={2}
          strokeDasharray={s.dashed ? '5 4' : undefined}
          dot={false}
          isAnimationActive={false}
        />
      ))}
      {rows > 0 && <ReferenceDot x={rows} y={height} r={5} fill={CHART_COLORS.c3} stroke="var(--bg)" ifOverflow="extendDomain" />}
    </LineChart>
  );
}
