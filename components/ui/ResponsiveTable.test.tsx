import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ResponsiveTable, tableRegionLabel } from './ResponsiveTable';

describe('a responsive table', () => {
  it('names its scrolling region after the column headings', () => {
    const html = renderToStaticMarkup(
      <ResponsiveTable>
        <thead>
          <tr>
            <th>Level</th>
            <th>
              Dirty <em>read</em>
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>1</td>
            <td>2</td>
          </tr>
        </tbody>
      </ResponsiveTable>,
    );
    expect(html).toContain('aria-label="Table: Level, Dirty read (scrolls sideways)"');
  });

  it('shows at most four headings, uses the first row when there is no head, and falls back to "Table"', () => {
    const row = (cells: string[]) => (
      <tbody>
        <tr>
          {cells.map((c) => (
            <td key={c}>{c}</td>
          ))}
        </tr>
      </tbody>
    );
    expect(tableRegionLabel(row(['a', 'b', 'c', 'd', 'e']))).toBe('Table: a, b, c, d, … (scrolls sideways)');
    expect(tableRegionLabel(row([]))).toBe('Table (scrolls sideways)');
    expect(tableRegionLabel(null)).toBe('Table (scrolls sideways)');
  });
});
