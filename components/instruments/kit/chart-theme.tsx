// Chart colours are CSS variables (app/globals.css, "Widgets" section) so they switch with the theme.
export const CHART_COLORS = {
  c1: 'var(--chart-1)',
  c2: 'var(--chart-2)',
  c3: 'var(--chart-3)',
  c4: 'var(--chart-4)',
  c5: 'var(--chart-5)',
  band: 'var(--chart-band)',
  grid: 'var(--border)',
  text: 'var(--fg-muted)',
} as const;

/** Props shared by every axis: muted ticks, no tick marks. */
export const AXIS_PROPS = {
  stroke: CHART_COLORS.grid,
  tick: { fill: CHART_COLORS.text, fontSize: 12 },
  tickLine: false,
} as const;

/** Tooltip styling that follows the theme. */
export const TOOLTIP_PROPS = {
  contentStyle: { background: 'var(--bg)', border: '1px solid var(--border)', borderRadius: 8, color: 'var(--fg)', fontSize: 13 },
  labelStyle: { color: 'var(--fg)', fontWeight: 600 },
  itemStyle: { color: 'var(--fg)' },
  cursor: { fill: 'var(--bg-soft)', stroke: 'var(--border)' },
} as const;

/** Legend entries in the body text colour (series colours alone may be too light to read). */
export const LEGEND_PROPS = {
  // Series order, not alphabetical: the legend reads like the stack.
  itemSorter: null,
  wrapperStyle: { fontSize: 12, color: 'var(--fg)', paddingTop: 8 },
  formatter: (value: string) => <span style={{ color: 'var(--fg)' }}>{value}</span>,
} as const;
