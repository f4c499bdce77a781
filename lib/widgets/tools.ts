/** One calculator page under /tools/. */
export interface ToolEntry {
  slug: string;
  title: string;
  /** One line for the tools index. */
  description: string;
}

/** The calculators, in the order the tools page lists them (capacity first, then cost). */
export const TOOLS: readonly ToolEntry[] = [
  {
    slug: 'storage',
    title: 'Storage calculator',
    description: 'Record size × records per day × retention, then replicas, indexes, extra layers and blobs, with growth over time.',
  },
  {
    slug: 'throughput',
    title: 'Throughput calculator',
    description: 'Daily active users and their reads and writes, as average and peak operations per second.',
  },
  {
    slug: 'write-ceiling',
    title: 'Write ceiling calculator',
    description: 'How close a peak write rate is to one primary’s ceiling, and how many months of growth remain.',
  },
  {
    slug: 'connection-pool',
    title: 'Connection pool calculator',
    description: 'Memory the database spends on connections, without a pooler and with one in session or transaction mode.',
  },
  {
    slug: 'tco',
    title: 'Total cost of ownership',
    description: 'Managed and self-hosted options priced with ops time, and the ops hours where self-hosting stops paying.',
  },
];

/** The URL of a calculator page (trailing slash, like every page of the export). */
export function toolHref(slug: string): string {
  return `/tools/${slug}/`;
}
