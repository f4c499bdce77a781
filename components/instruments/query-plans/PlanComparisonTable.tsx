import type { PlanComparison } from '@/lib/instruments/query-plans/compare';
import { msText } from '@/lib/instruments/query-plans/summary';

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function value(n: number, unit: 'ms' | 'rows' | 'pages'): string {
  return unit === 'ms' ? msText(n) : COUNT.format(n);
}

function change(ratio: number | null): string {
  if (ratio === null) return '–';
  if (ratio >= 1) return `${ratio >= 10 ? COUNT.format(ratio) : ratio.toFixed(1)}× less`;
  const inverse = 1 / ratio;
  return `${inverse >= 10 ? COUNT.format(inverse) : inverse.toFixed(1)}× more`;
}

/** Before/after figures of one query, without and with the index. */
export function PlanComparisonTable({ comparison, caption }: { comparison: PlanComparison; caption: string }) {
  return (
    <div className="widget-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="text-right">
              Without index
            </th>
            <th scope="col" className="text-right">
              With index
            </th>
            <th scope="col" className="text-right">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {comparison.figures.map((f) => (
            <tr key={f.label}>
              <th scope="row">{f.label}</th>
              <td className="text-right tabular-nums">{value(f.before, f.unit)}</td>
              <td className="text-right tabular-nums">{value(f.after, f.unit)}</td>
              <td className="text-right tabular-nums">{change(f.ratio)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
