import { ResponsiveTable } from '@/components/ui/ResponsiveTable';
import { LEVEL_SLUGS } from '@/lib/isolation/lab/url';
import { buildLevelTable, LEVEL_TABLE_COLUMNS, type LevelTableCell } from '@/lib/isolation/lab/level-table';
import { scenarioById } from '@/lib/isolation/lab/scenarios';
import type { IsolationLevel } from '@/lib/isolation/engine/types';

const LEVEL_NOTES: Record<IsolationLevel, string | null> = {
  'READ UNCOMMITTED': 'runs as READ COMMITTED',
  'READ COMMITTED': 'the default',
  'REPEATABLE READ': null,
  SERIALIZABLE: null,
};

function labHref(cell: LevelTableCell): string {
  const steps = scenarioById(cell.scenario)?.steps.length ?? 0;
  return `/tools/isolation-lab/?scenario=${cell.scenario}&level=${LEVEL_SLUGS[cell.level]}&step=${steps}`;
}

function cellText(cell: LevelTableCell): { text: string; tone: 'happens' | 'error' | 'never' } {
  if (cell.happened) return { text: 'Happens', tone: 'happens' };
  if (cell.preventedBy) return { text: `Prevented: ${cell.preventedBy}`, tone: 'error' };
  return { text: 'Never', tone: 'never' };
}

/**
 * "Which isolation level prevents what" in PostgreSQL, generated when the lesson is built by running each
 * scenario of the isolation engine's library at each level (lib/isolation/lab/level-table.ts), never typed by
 * hand. STATIC: rendered to HTML at build time, so it ships no JavaScript. Each cell opens that run in the lab.
 */
export function IsolationMatrix() {
  const rows = buildLevelTable();
  return (
    <figure className="isolation-matrix">
      <ResponsiveTable>
        <thead>
          <tr>
            <th scope="col">Level requested</th>
            {LEVEL_TABLE_COLUMNS.map((c) => (
              <th key={c.scenario} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.level}>
              <th scope="row">
                {row.level}
                {LEVEL_NOTES[row.level] && <span className="matrix-note">{` (${LEVEL_NOTES[row.level]})`}</span>}
              </th>
              {row.cells.map((cell, i) => {
                const { text, tone } = cellText(cell);
                return (
                  <td key={cell.scenario} className={`matrix-${tone}`}>
                    <a href={labHref(cell)}>
                      {text}
                      <span className="sr-only">
                        {` — open ${LEVEL_TABLE_COLUMNS[i]?.label.toLowerCase() ?? cell.scenario} at ${cell.level} in the isolation lab`}
                      </span>
                    </a>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ResponsiveTable>
      <figcaption className="isolation-matrix-caption">
        Generated when this page was built, by running each anomaly’s scenario at each level in the course’s PostgreSQL engine (itself checked
        against a real PostgreSQL server). “Prevented: 40001” means one transaction fails with a serialization error and must be retried; “Never”
        means the snapshot rules keep the anomaly out without an error. The lost update is the read-then-write-back kind; a single
        <code>UPDATE … SET v = v + 1</code> never loses one. Each cell opens that run in the isolation lab.
      </figcaption>
    </figure>
  );
}
