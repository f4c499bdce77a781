/** Thrown when advisor input is malformed (wrong type, NaN, ±Infinity, negative, unknown value); `field` names it. */
export class AdvisorInputError extends Error {
  /** The offending field, e.g. `'peakWritesPerSecond'` or `'assumptions.monthlyGrowthRate'`. */
  readonly field: string;
  /** The rejected value. */
  readonly value: unknown;

  constructor(field: string, message: string, value?: unknown) {
    super(message);
    this.name = 'AdvisorInputError';
    this.field = field;
    this.value = value;
  }
}
