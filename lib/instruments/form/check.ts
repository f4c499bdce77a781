import { EstimatorInputError } from '../../estimator';
import type { FieldValues } from './fields';

/**
 * Runs a calculator's computation on values that passed their own rules, and turns a rejection (a product that
 * overflows, say) into messages on the fields it names, or on the first field when it names none of them.
 */
export function checkWithEstimator(values: FieldValues, run: (values: FieldValues) => unknown, keys: readonly string[]): Record<string, string> {
  try {
    run(values);
    return {};
  } catch (error) {
    const named = error instanceof EstimatorInputError ? error.fields.filter((field) => keys.includes(field)) : [];
    const message = 'Too large to compute together with the other values.';
    return Object.fromEntries((named.length ? named : keys.slice(0, 1)).map((key) => [key, message]));
  }
}
