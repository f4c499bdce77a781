import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONNECTION_POOL_FORM, connectionPoolView } from '../connection-pool/model';
import type { FieldValues } from './fields';
import type { FormSpec } from './form-state';
import { STORAGE_FORM, storageChartView, storageView } from '../storage/model';
import { TCO_FORM, tcoChartView, tcoView } from '../tco/model';
import { arbitraryValues, orderRanges } from './test-support';
import { THROUGHPUT_FORM, throughputView } from '../throughput/model';
import { WRITE_CEILING_FORM, writeCeilingView } from '../write-ceiling/model';

/** Every number inside a view, however deep. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/** Every string inside a view, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

const CALCULATORS: [string, FormSpec, ((values: FieldValues) => unknown)[]][] = [
  ['storage', STORAGE_FORM, [storageView, storageChartView]],
  ['throughput', THROUGHPUT_FORM, [throughputView]],
  ['write ceiling', WRITE_CEILING_FORM, [writeCeilingView]],
  ['connection pool', CONNECTION_POOL_FORM, [connectionPoolView]],
  ['TCO', TCO_FORM, [tcoView, tcoChartView]],
];

// The widgets compute their views during render: a throw there would blank the page. Whatever the form
// accepts, the views must compute, with no NaN or Infinity anywhere and no "NaN" in any text.
describe.each(CALCULATORS)('%s views', (_, spec, views) => {
  it('compute finite numbers and clean text for every value the form accepts', () => {
    fc.assert(
      fc.property(arbitraryValues(spec).map(orderRanges), (values) => {
        fc.pre(Object.keys(spec.check?.(values) ?? {}).length === 0);
        for (const view of views) {
          const result = view(values);
          expect(numbersIn(result).every(Number.isFinite)).toBe(true);
          expect(stringsIn(result).some((text) => /NaN|Infinity|undefined/.test(text))).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });
});
