'use client';

import { useId, useMemo } from 'react';
import { readEmbedProps, type EmbedProps } from '@/lib/instruments/embed';
import { checkIndex, type ColumnRole } from '@/lib/instruments/index-checker/check';
import { indexSql, querySql, type CheckerInput } from '@/lib/instruments/index-checker/model';
import { CHECKER_PRESETS, matchPreset } from '@/lib/instruments/index-checker/presets';
import { sampleScan, type EntryFate } from '@/lib/instruments/index-checker/sample';
import { decodeCheckerQuery, encodeCheckerQuery } from '@/lib/instruments/index-checker/url';
import { IndexCheckerForm } from './IndexCheckerForm';
import { useUrlState, type UrlCodec } from '../kit/use-url-state';

const PRESETS = CHECKER_PRESETS as unknown as readonly [(typeof CHECKER_PRESETS)[number], ...(typeof CHECKER_PRESETS)[number][]];

const ROLE_TEXT: Record<ColumnRole, string> = { seek: 'narrows the scan', filter: 'checked inside the index', unused: 'not used' };
const FATE_TEXT: Record<EntryFate, string> = { skipped: 'not read', 'rejected-in-index': 'read, rejected in the index', match: 'read, matches' };

/**
 * The composite index checker: define an index and a query, and it says which prefix of the index narrows
 * the scan and why (left-prefix rule, a range ends the prefix), whether ORDER BY needs a sort, and whether
 * the index covers the query; a sample of index entries shows what the scan reads. State lives in the URL.
 */
export function IndexChecker(props: EmbedProps) {
  const embed = readEmbedProps(props, PRESETS);
  const { prefix } = embed;
  const defaults = embed.preset.input;
  const codec = useMemo<UrlCodec<CheckerInput>>(
    () => ({
      decode: (search) => {
        const { input, notice } = decodeCheckerQuery(search, defaults, prefix);
        return { state: input, notice };
      },
      encode: (state, current) => encodeCheckerQuery(state, current, defaults, prefix),
    }),
    [defaults, prefix],
  );
  const { state: input, notice, setState } = useUrlState(codec);
  const result = useMemo(() => checkIndex(input), [input]);
  const scan = useMemo(() => sampleScan(input, result), [input, result]);
  const matched = matchPreset(input);
  const id = useId();
  const Heading = `h${embed.headingLevel}` as 'h2' | 'h3';
  const Sub = `h${embed.headingLevel + 1}` as 'h3' | 'h4';
  const keyColumns = input.index.keys.map((k) => k.column);

  return (
    <section className="viz not-prose @container" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="viz-title">
        Composite index checker
      </Heading>
      {embed.problem && <p className="widget-notice mt-3">{embed.problem}</p>}
      {notice && (
        <p role="status" className="widget-notice mt-3">
          {notice}
        </p>
      )}

      <div className="viz-field mt-3">
        <label htmlFor={`${id}-preset`} className="viz-label">
          Example from the indexing lesson
        </label>
        <select
          id={`${id}-preset`}
          className="widget-input viz-select viz-preset"
          value={matched?.id ?? ''}
          onChange={(e) => {
            const preset = CHECKER_PRESETS.find((p) => p.id === e.target.value);
            if (preset) setState(preset.input);
          }}
        >
          <option value="" disabled>
            Your own index and query
          </option>
          {CHECKER_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
        {matched?.lesson && <p className="viz-note">The lesson’s table says: {matched.lesson}.</p>}
      </div>

      <div className="viz-checker">
        <IndexCheckerForm idBase={id} input={input} onChange={(next) => setState(next)} groupHeading={Sub} />

        <div className="viz-checker-result">
          <div className="viz-sql">
            <pre>
              <code>{indexSql(input.index)}</code>
            </pre>
            <pre>
              <code>{querySql(input.query)}</code>
            </pre>
          </div>

          <p className="viz-verdict" aria-live="polite" aria-atomic="true">
            {result.headline}
          </p>

          {input.index.keys.length > 0 && (
            <ol className="viz-keys" aria-label="What each key column does">
              {result.keys.map((k) => (
                <li key={k.column} className={`viz-key is-${k.role}`}>
                  <span className="viz-key-name">
                    {k.position}. {k.column}
                  </span>
                  <span className="viz-key-role">{ROLE_TEXT[k.role]}</span>
                </li>
              ))}
            </ol>
          )}

          <Sub className="viz-subtitle">Why</Sub>
          <ul className="viz-reasons">
            {result.keys.map((k) => (
              <li key={k.column}>
                <strong>{k.column}</strong>: {k.reason}
              </li>
            ))}
            {result.others.map((o) => (
              <li key={o.column}>
                <strong>{o.column}</strong>: {o.reason}
              </li>
            ))}
            {result.skipScan && <li>{result.skipScan}</li>}
            <li>
              <strong>ORDER BY</strong>: {result.order.reason}
            </li>
            <li>
              <strong>Covering</strong>: {result.covering.reason}
            </li>
            <li>
              <strong>Likely plan</strong>: {result.access}
            </li>
          </ul>

          {input.index.keys.length > 0 && (
            <figure className="viz-sample">
              <figcaption className="viz-subtitle">
                Sixteen orders as index entries, in index order: the scan reads {scan.unbounded ? 'all of them' : `${scan.read} of ${scan.entries.length}`}, and{' '}
                {scan.matches} {scan.matches === 1 ? 'passes' : 'pass'} the conditions on key columns.
              </figcaption>
              <div className="widget-table" role="region" aria-label="Sample index entries" tabIndex={0}>
                <table>
                  <thead>
                    <tr>
                      {keyColumns.map((c) => (
                        <th key={c} scope="col">
                          {c}
                        </th>
                      ))}
                      <th scope="col">In this scan</th>
                    </tr>
                  </thead>
                  <tbody>
                    {scan.entries.map((e) => (
                      <tr key={e.row.id} className={`viz-entry-row is-${e.fate}`}>
                        {keyColumns.map((c) => (
                          <td key={c} className={e.rejectedBy === c ? 'viz-entry-reject' : undefined}>
                            {e.row[c]}
                          </td>
                        ))}
                        <td>
                          {FATE_TEXT[e.fate]}
                          {e.rejectedBy ? ` (${e.rejectedBy})` : ''}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </figure>
          )}
        </div>
      </div>
    </section>
  );
}
