import type { ResultTable } from '@/lib/instruments/form/markdown';

/** A result table in a box that scrolls sideways on narrow screens (focusable, so a keyboard can scroll it). */
export function ResultTableView({ table, captionHidden = false }: { table: ResultTable; captionHidden?: boolean }) {
  const numeric = new Set(table.numeric ?? []);
  // In wide tables, numbers stay on one line and the box scrolls; a two-column table wraps to fit a phone.
  const numberCell = table.headers.length > 2 ? 'text-right whitespace-nowrap tabular-nums' : 'text-right tabular-nums';
  return (
    <div className="widget-table" role="region" aria-label={table.caption} tabIndex={0}>
      <table>
        <caption className={captionHidden ? 'sr-only' : undefined}>{table.caption}</caption>
        <thead>
          <tr>
            {table.headers.map((header, i) => (
              <th key={header} scope="col" className={numeric.has(i) ? 'text-right' : undefined}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={`${r}-${row[0] ?? ''}`}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={numeric.has(i) ? numberCell : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
