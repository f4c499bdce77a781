/**
 * Tree height against row count, with the storage-engines lesson's page arithmetic: an 8 kB PostgreSQL
 * page has 8,192 − 24 (page header) − 16 (B-tree special area) = 8,152 usable bytes, and an index entry
 * costs the key plus an 8-byte index tuple header plus a 4-byte line pointer (PostgreSQL documentation,
 * "Database Page Layout"). For a bigint key that is 20 bytes, 8,152 ÷ 20 ≈ 407 entries: the lesson's
 * "about 400".
 */

/** PostgreSQL's default page size in bytes. */
export const PAGE_BYTES = 8_192;
/** Page header (24 B) and the B-tree special area at the end of the page (16 B). */
export const PAGE_OVERHEAD_BYTES = 24 + 16;
/** Per entry beyond the key: index tuple header with the row pointer (8 B) and line pointer (4 B). */
export const ENTRY_OVERHEAD_BYTES = 8 + 4;

/** Key types for the page series, sized as the lesson sizes them. */
export const KEY_TYPES = [
  { id: 'bigint', label: 'bigint (8 B)', keyBytes: 8 },
  { id: 'uuid', label: 'uuid (16 B)', keyBytes: 16 },
  // About 30 characters plus a 1-byte length header, padded to 8-byte alignment: the lesson's 44-byte entry.
  { id: 'email', label: 'email, about 30 characters (32 B)', keyBytes: 32 },
] as const;

/** One of KEY_TYPES' ids. */
export type KeyTypeId = (typeof KEY_TYPES)[number]['id'];

/** Entries that fit on one page: usable bytes ÷ bytes per entry, rounded down. */
export function pageFanOut(keyBytes: number, pageBytes = PAGE_BYTES): number {
  return Math.floor((pageBytes - PAGE_OVERHEAD_BYTES) / (keyBytes + ENTRY_OVERHEAD_BYTES));
}

/** How full nodes can be: leaves hold leafMin..leafMax keys, internal nodes fanMin..fanMax children. */
export interface NodeCapacity {
  leafMax: number;
  leafMin: number;
  fanMax: number;
  fanMin: number;
}

/** The visual tree's capacity at fan-out m: up to m − 1 keys per node, never under half full after a split. */
export function orderCapacity(order: number): NodeCapacity {
  return { leafMax: order - 1, leafMin: Math.floor(order / 2), fanMax: order, fanMin: Math.ceil(order / 2) };
}

/** A page of `fanOut` entries, leaves and internal pages alike (the lesson's model). */
export function pageCapacity(fanOut: number): NodeCapacity {
  return { leafMax: fanOut, leafMin: Math.floor(fanOut / 2), fanMax: fanOut, fanMin: Math.ceil(fanOut / 2) };
}

/**
 * Fewest levels that can hold `rows` keys: every node full. With leaves of `fanOut` entries this is the
 * lesson's ⌈log_f N⌉ (400^3 = 64 million is too few for a billion rows, 400^4 is enough: 4 levels).
 */
export function minHeight(rows: number, capacity: NodeCapacity): number {
  let height = 1;
  let reach = capacity.leafMax;
  while (reach < rows) {
    reach *= capacity.fanMax;
    height += 1;
  }
  return height;
}

/**
 * Most levels `rows` keys can need: every node as empty as a split leaves it (a root with two children,
 * every other internal node half full, every leaf half full).
 */
export function maxHeight(rows: number, capacity: NodeCapacity): number {
  if (rows <= capacity.leafMax) return 1;
  let height = 2;
  // Fewest keys a tree of height h + 1 can hold: 2 × fanMin^(h − 1) leaves of leafMin keys.
  let fewest = 2 * capacity.fanMin * capacity.leafMin;
  while (fewest <= rows) {
    height += 1;
    fewest *= capacity.fanMin;
  }
  return height;
}

/** The log-scale row axis of the chart: 1 to 10^12 rows. */
export const CHART_MAX_ROWS = 1e12;

/** One point of a step series: from `rows` rows on, the tree is `height` levels tall. */
export interface HeightPoint {
  rows: number;
  height: number;
}

/** Where `height(rows)` steps up, from 1 row to `maxRows`, as points for a step line. */
export function heightSteps(height: (rows: number) => number, maxRows = CHART_MAX_ROWS): HeightPoint[] {
  const points: HeightPoint[] = [{ rows: 1, height: height(1) }];
  let last = height(1);
  // Binary-search each step up: the height is non-decreasing in the row count.
  let from = 1;
  while (from < maxRows) {
    let lo = from;
    let hi = maxRows;
    if (height(hi) === last) break;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (height(mid) === last) lo = mid;
      else hi = mid;
    }
    last = height(hi);
    points.push({ rows: hi, height: last });
    from = hi;
  }
  points.push({ rows: maxRows, height: height(maxRows) });
  return points;
}

/** Everything the height chart shows. */
export interface HeightChartModel {
  series: { id: string; label: string; points: HeightPoint[]; dashed: boolean }[];
  pageFanOut: number;
  /** A sentence for readers who do not see the chart. */
  summary: string;
  /** The table behind the chart: heights at each power of ten. */
  table: { rows: number; values: number[] }[];
}

const fmt = (n: number) => n.toLocaleString('en-US');

/** The chart of height against rows for fan-out `order` and for an 8 kB page of `keyType` keys. */
export function heightChart(order: number, keyType: KeyTypeId): HeightChartModel {
  const key = KEY_TYPES.find((k) => k.id === keyType) ?? KEY_TYPES[0];
  const f = pageFanOut(key.keyBytes);
  const small = orderCapacity(order);
  const big = pageCapacity(f);
  const series = [
    { id: 'order-full', label: `Fan-out ${order}, full nodes`, points: heightSteps((n) => minHeight(n, small)), dashed: false },
    { id: 'order-half', label: `Fan-out ${order}, half-full nodes`, points: heightSteps((n) => maxHeight(n, small)), dashed: true },
    { id: 'page-full', label: `8 kB page, ${f} ${key.id} keys, full`, points: heightSteps((n) => minHeight(n, big)), dashed: false },
    { id: 'page-half', label: `8 kB page, half full`, points: heightSteps((n) => maxHeight(n, big)), dashed: true },
  ];
  const table = [];
  for (let exp = 0; exp <= 12; exp += 1) {
    const rows = 10 ** exp;
    table.push({ rows, values: [minHeight(rows, small), maxHeight(rows, small), minHeight(rows, big), maxHeight(rows, big)] });
  }
  const billion = minHeight(1e9, big);
  const summary =
    `An 8 kB page holds about ${fmt(f)} ${key.id} entries (8,152 usable bytes ÷ ${key.keyBytes + ENTRY_OVERHEAD_BYTES} bytes each), so a billion rows need ` +
    `${billion} levels with full pages and ${maxHeight(1e9, big)} with half-full ones. With fan-out ${order} the same billion rows need ` +
    `${minHeight(1e9, small)} to ${maxHeight(1e9, small)} levels.`;
  return { series, pageFanOut: f, summary, table };
}
