/** One visualizer page under /tools/. */
export interface VisualizerTool {
  slug: string;
  title: string;
  /** One line for the tools index. */
  description: string;
}

/** The visualizers, in the order the tools page lists them (the storage-engines lesson's order, then indexing, then partitioning and replication). */
export const VISUALIZER_TOOLS: readonly VisualizerTool[] = [
  {
    slug: 'btree',
    title: 'B-tree visualizer',
    description: 'Insert and search keys at a fan-out you choose; watch pages split, the root grow, and how tall a tree of 8 kB pages gets.',
  },
  {
    slug: 'lsm-tree',
    title: 'LSM-tree visualizer',
    description: 'Write keys into a memtable, flush them to SSTables, compact the levels, and count write and read amplification with and without bloom filters.',
  },
  {
    slug: 'index-checker',
    title: 'Composite index checker',
    description: 'Define an index and a query; see which prefix of the index narrows the scan, whether ORDER BY needs a sort, and whether the index covers the query.',
  },
  {
    slug: 'hash-ring',
    title: 'Consistent hashing ring',
    description: 'Add and remove shards on a ring of virtual nodes; see which keys move beside hash mod N, how evenly the keys spread, and what salting does to a hot key.',
  },
  {
    slug: 'replication',
    title: 'Replication timeline',
    description: 'A primary and replicas with the lag you choose: see stale reads, how read-your-writes routing fixes them, and which acknowledged writes a crash loses under asynchronous and synchronous commit.',
  },
];

/** The URL of a visualizer page (trailing slash, like every page of the export). */
export function visualizerHref(slug: string): string {
  return `/tools/${slug}/`;
}
