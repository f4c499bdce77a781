'use client';

import { COLUMNS, CONDITION_LABELS, MAX_KEY_COLUMNS, MAX_ORDER_ITEMS, type CheckerInput, type Column, type ConditionKind, type Direction, type KeyColumn } from '@/lib/instruments/index-checker/model';
import { VizButton } from '../kit/StepControls';

/** An ordered list of columns with directions: the index's key columns or the ORDER BY. */
function ColumnList({
  idBase,
  legend,
  items,
  max,
  addLabel,
  itemLabel,
  onChange,
}: {
  idBase: string;
  legend: string;
  items: readonly KeyColumn[];
  max: number;
  addLabel: string;
  itemLabel: (position: number) => string;
  onChange: (items: KeyColumn[]) => void;
}) {
  const unused = COLUMNS.filter((c) => !items.some((i) => i.column === c));
  return (
    <fieldset className="viz-fieldset">
      <legend className="viz-label">{legend}</legend>
      {items.length === 0 && <p className="viz-note">None.</p>}
      <ol className="viz-column-list">
        {items.map((item, index) => {
          const name = itemLabel(index + 1);
          return (
            // Keyed by position: changing a row's column must not remount its select (focus would be lost).
            <li key={index} className="viz-column-row">
              <span className="viz-column-number" aria-hidden="true">
                {index + 1}
              </span>
              <select
                aria-label={`${name}: column`}
                id={`${idBase}-col-${index}`}
                className="widget-input viz-select"
                value={item.column}
                onChange={(e) => onChange(items.map((it, i) => (i === index ? { ...it, column: e.target.value as Column } : it)))}
              >
                {COLUMNS.filter((c) => c === item.column || unused.includes(c)).map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
              <select
                aria-label={`${name}: direction`}
                className="widget-input viz-select viz-select-narrow"
                value={item.direction}
                onChange={(e) => onChange(items.map((it, i) => (i === index ? { ...it, direction: e.target.value as Direction } : it)))}
              >
                <option value="asc">ASC</option>
                <option value="desc">DESC</option>
              </select>
              <button type="button" className="viz-icon-button" aria-label={`Remove ${name} (${item.column})`} onClick={() => onChange(items.filter((_, i) => i !== index))}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ol>
      {items.length < max && unused[0] && (
        <VizButton onClick={() => onChange([...items, { column: unused[0] as Column, direction: 'asc' }])}>{addLabel}</VizButton>
      )}
    </fieldset>
  );
}

/** The index (key columns, INCLUDE) and the query (WHERE, ORDER BY, SELECT, LIMIT) as form controls. */
export function IndexCheckerForm({
  idBase,
  input,
  onChange,
  groupHeading: Group,
}: {
  idBase: string;
  input: CheckerInput;
  onChange: (next: CheckerInput) => void;
  groupHeading: 'h3' | 'h4';
}) {
  const { index, query } = input;
  const keyColumns = index.keys.map((k) => k.column);
  const setIndex = (next: Partial<CheckerInput['index']>) => {
    const merged = { ...index, ...next };
    // A key column never also sits in INCLUDE.
    onChange({ ...input, index: { ...merged, include: merged.include.filter((c) => !merged.keys.some((k) => k.column === c)) } });
  };
  const setQuery = (next: Partial<CheckerInput['query']>) => onChange({ ...input, query: { ...query, ...next } });
  const selected = query.select === 'all' ? COLUMNS : query.select;

  return (
    <div className="viz-checker-form">
      <div className="viz-checker-group">
        <Group className="viz-group-title">Index</Group>
        <ColumnList
          idBase={`${idBase}-ix`}
          legend="Key columns, in sort order"
          items={index.keys}
          max={MAX_KEY_COLUMNS}
          addLabel="Add a key column"
          itemLabel={(n) => `Key column ${n}`}
          onChange={(keys) => setIndex({ keys })}
        />
        <fieldset className="viz-fieldset">
          <legend className="viz-label">INCLUDE (payload, not sorted)</legend>
          <div className="viz-checks">
            {COLUMNS.filter((c) => !keyColumns.includes(c)).map((c) => (
              <label key={c} className="viz-check">
                <input
                  type="checkbox"
                  checked={index.include.includes(c)}
                  onChange={(e) => setIndex({ include: e.target.checked ? COLUMNS.filter((x) => x === c || index.include.includes(x)) : index.include.filter((x) => x !== c) })}
                />
                {c}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div className="viz-checker-group">
        <Group className="viz-group-title">Query</Group>
        <fieldset className="viz-fieldset">
          <legend className="viz-label">WHERE: one condition per column</legend>
          <div className="viz-where">
            {COLUMNS.map((c) => (
              <div key={c} className="viz-where-row">
                <label htmlFor={`${idBase}-where-${c}`} className="viz-where-name">
                  <span className="sr-only">WHERE </span>
                  {c}
                </label>
                <select
                  id={`${idBase}-where-${c}`}
                  className="widget-input viz-select"
                  value={query.where[c] ?? ''}
                  onChange={(e) => {
                    const where = { ...query.where };
                    if (e.target.value) where[c] = e.target.value as ConditionKind;
                    else delete where[c];
                    setQuery({ where });
                  }}
                >
                  <option value="">no condition</option>
                  {(Object.keys(CONDITION_LABELS) as ConditionKind[]).map((k) => (
                    <option key={k} value={k}>
                      {CONDITION_LABELS[k]}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
        <ColumnList
          idBase={`${idBase}-ob`}
          legend="ORDER BY"
          items={query.orderBy}
          max={MAX_ORDER_ITEMS}
          addLabel="Add an ORDER BY column"
          itemLabel={(n) => `ORDER BY column ${n}`}
          onChange={(orderBy) => setQuery({ orderBy })}
        />
        <fieldset className="viz-fieldset">
          <legend className="viz-label">SELECT</legend>
          <div className="viz-checks">
            <label className="viz-check">
              <input type="checkbox" checked={query.select === 'all'} onChange={(e) => setQuery({ select: e.target.checked ? 'all' : ['id'] })} />
              every column (*)
            </label>
            {COLUMNS.map((c) => (
              <label key={c} className="viz-check">
                <input
                  type="checkbox"
                  disabled={query.select === 'all'}
                  checked={selected.includes(c)}
                  onChange={(e) => setQuery({ select: e.target.checked ? COLUMNS.filter((x) => x === c || selected.includes(x)) : selected.filter((x) => x !== c) })}
                />
                {c}
              </label>
            ))}
          </div>
          <label className="viz-check mt-2">
            <input type="checkbox" checked={query.limit} onChange={(e) => setQuery({ limit: e.target.checked })} />
            LIMIT 20
          </label>
        </fieldset>
      </div>
    </div>
  );
}
