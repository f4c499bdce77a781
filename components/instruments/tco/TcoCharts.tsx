'use client';

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceArea, ReferenceDot, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPlainNumber } from '@/lib/instruments/form/fields';
import { formatCompact } from '@/lib/instruments/form/format';
import type { BreakEvenChart as BreakEvenData, TcoBar } from '@/lib/instruments/tco/model';
import { AXIS_PROPS, CHART_COLORS, LEGEND_PROPS, TOOLTIP_PROPS } from '../kit/chart-theme';

const usd = (value: number) => `$${formatCompact(value)}`;
const tooltipUsd = (value: unknown) =>
  typeof value === 'number' ? `$${formatPlainNumber(Math.round(value))}/mo` : String(value);

/** Each option's monthly cost, infrastructure and ops time stacked, cheapest first. */
export function TcoComparisonChart({ bars }: { bars: TcoBar[] }) {
  return (
    <BarChart data={bars} layout="vertical" responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ left: 4, right: 16 }}>
      <CartesianGrid stroke={CHART_COLORS.grid} horizontal={false} />
      <XAxis type="number" {...AXIS_PROPS} tickFormatter={usd} />
      <YAxis type="category" dataKey="name" {...AXIS_PROPS} width={120} interval={0} />
      <Tooltip {...TOOLTIP_PROPS} formatter={tooltipUsd} />
      <Legend {...LEGEND_PROPS} />
      <Bar dataKey="infra" name="Infrastructure" stackId="cost" fill={CHART_COLORS.c1} isAnimationActive={false} />
      <Bar dataKey="ops" name="Ops time" stackId="cost" fill={CHART_COLORS.c4} isAnimationActive={false} />
    </BarChart>
  );
}

/** Monthly total against the self-hosted option's ops hours: a rising line, a flat one, and where they cross. */
export function BreakEvenChart({ view }: { view: BreakEvenData }) {
  const crossing = view.breakEvenHours !== null && view.breakEvenHours <= view.maxHours ? view.breakEvenHours : null;
  const managedTotal = view.points[0]?.managed ?? 0;
  return (
    <LineChart data={view.points} responsive style={{ width: '100%', height: '100%' }} accessibilityLayer={false} margin={{ left: 4, right: 16, top: 16, bottom: 8 }}>
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      <ReferenceArea
        x1={view.quoted.low}
        x2={Math.max(view.quoted.high, view.quoted.low)}
        fill={CHART_COLORS.band}
        fillOpacity={0.6}
        ifOverflow="hidden"
        label={{ value: 'Quoted ops time', position: 'insideTop', fill: CHART_COLORS.text, fontSize: 12 }}
      />
      <XAxis
        type="number"
        dataKey="hours"
        domain={[0, view.maxHours]}
        ticks={view.ticks}
        {...AXIS_PROPS}
        label={{ value: `${view.selfHostedName}: ops hours a month`, position: 'insideBottom', offset: -2, fill: CHART_COLORS.text, fontSize: 12 }}
        height={40}
      />
      <YAxis {...AXIS_PROPS} tickFormatter={usd} width={56} />
      <Tooltip {...TOOLTIP_PROPS} formatter={tooltipUsd} labelFormatter={(hours) => `${String(hours)} h a month`} />
      <Legend {...LEGEND_PROPS} verticalAlign="top" />
      <Line type="linear" dataKey="selfHosted" name={view.selfHostedName} stroke={CHART_COLORS.c4} strokeWidth={2} dot={false} isAnimationActive={false} />
      <Line type="linear" dataKey="managed" name={view.managedName} stroke={CHART_COLORS.c1} strokeWidth={2} dot={false} isAnimationActive={false} />
      {crossing !== null && (
        <>
          <ReferenceLine x={crossing} stroke={CHART_COLORS.text} strokeDasharray="4 4" />
          <ReferenceDot
            x={crossing}
            y={managedTotal}
            r={5}
            fill={CHART_COLORS.c3}
            stroke="var(--bg)"
            label={{ value: 'Break-even', position: 'top', fill: CHART_COLORS.text, fontSize: 12 }}
          />
        </>
      )}
    </LineChart>
  );
}
