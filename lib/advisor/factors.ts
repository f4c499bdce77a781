// The framework's factors in the order the advisor applies them (seed 001 "Chapter 16: Database Selection
// Framework": "Do not skip a factor with a clear answer to reach a preferred answer").
//
// Seed 001 names five factors. Its 2026 selection rule ("Before adding any specialised database, ask: can
// PostgreSQL + an extension solve this within the next 12 months?") is modelled as a sixth trace entry,
// 'PostgreSQL first', placed after the 12-month projection it depends on and before operational burden, which
// then picks a concrete (managed or self-hosted) product. The five core factors keep their relative order.

/** The five decision factors of seed 001, in priority order. */
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
