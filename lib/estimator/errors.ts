/** Thrown when an estimator input is missing, not a finite number, or outside its allowed range; `field` names the culprit. */
export class EstimatorInputError extends Error {
  /** The offending input field (for a product that overflows, the fields involved joined with ", "). */
  readonly field: string;
  /** Every input field the error is about (one, except for overflow errors). */
  readonly fields: readonly string[];
  /** The rejected value, when there is a single one. */
  readonly value: unknown;

  constructor(field: string | readonly string[], message: string, value?: unknown) {
    super(message);
    this.name = 'EstimatorInputError';
    this.fields = typeof field === 'string' ? [field] : [...field];
    this.field = this.fields.join(', ');
    this.value = value;
  }
}
