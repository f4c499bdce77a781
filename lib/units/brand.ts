declare const unitBrand: unique symbol;

/** A number tagged at the type level with a unit name, so values of different units cannot be mixed by accident. */
export type Unit<Name extends string> = number & { readonly [unitBrand]: Name };

/** Throws a RangeError unless `value` is a finite, non-negative number; used by every unit factory. */
export function assertUnitValue(value: number, unitName: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${unitName} must be a finite number (got ${String(value)})`);
  }
  if (value < 0) {
    throw new RangeError(`${unitName} must not be negative (got ${String(value)})`);
  }
}
