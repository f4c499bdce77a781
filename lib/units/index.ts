export { assertUnitValue, type Unit } from './brand';
export { bytes, type Bytes } from './bytes';
export {
  BINARY_BYTE_UNITS,
  BYTES_PER_UNIT,
  DECIMAL_BYTE_UNITS,
  fromUnit,
  toUnit,
  type BinaryByteUnit,
  type ByteSystem,
  type ByteUnit,
  type DecimalByteUnit,
} from './byte-units';
export { SECONDS_PER_DAY, perDay, perDayToPerSecond, perSecond, perSecondToPerDay, type PerDay, type PerSecond } from './rate';
export { costOfMonthlyHours, usdPerHour, usdPerMonth, type UsdPerHour, type UsdPerMonth } from './money';
export { hours, hoursPerMonth, type Hours, type HoursPerMonth } from './time';
export { formatBytes, type FormatBytesOptions } from './format-bytes';
export { formatDailyRate, formatRate, type FormatRateOptions } from './format-rate';
export { formatUsd, formatUsdPerHour } from './format-usd';
export { SCIENTIFIC_FROM, formatReadable, formatScientific } from './number-format';
