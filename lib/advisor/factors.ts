// The course's selection framework, in the order the advisor applies its factors: hard constraints first (a
// factor with a clear answer is never skipped to reach a preferred product), quantities you can buy later.
//
// The framework has five factors. Its 'PostgreSQL first' rule (before adding a specialised store, ask whether
// PostgreSQL with an extension can serve the need for the next 12 months) is modelled as a sixth trace entry,
// placed after the 12-month projection it depends on and before operational burden, which then picks a concrete
// (managed or self-hosted) product. The five core factors keep their relative order.

/** The framework's five decision factors, in priority order. */
export const CORE_FACTORS = ['Consistency', 'Read/write ratio', 'Data model', '12-month scale', 'Operational burden'] as const;

/** Every trace entry's factor name, in the order `advise` emits them (the five core factors plus 'PostgreSQL first'). */
export const FACTORS = [
  'Consistency',
  'Read/write ratio',
  'Data model',
  '12-month scale',
  'PostgreSQL first',
  'Operational burden',
] as const;

/** Name of one trace entry's factor. */
export type FactorName = (typeof FACTORS)[number];
