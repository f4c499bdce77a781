/**
 * The names of each visualizer's URL parameters, with no other imports: the small island that decides when
 * to load a visualizer reads them (a shared link loads it at once) before any of its code has downloaded.
 */

/** B-tree: fan-out, operations, key type of the page series. */
export const BTREE_PARAMS = ['order', 'ops', 'page'] as const;
/** LSM-tree: memtable size, Level 0 trigger, size ratio, bloom bits per key, operations. */
export const LSM_PARAMS = ['mem', 'l0', 'ratio', 'bits', 'ops'] as const;
/** Index checker: key columns, INCLUDE, WHERE, ORDER BY, SELECT, LIMIT. */
export const CHECKER_PARAMS = ['ix', 'inc', 'where', 'order', 'select', 'limit'] as const;
/** Hash ring: starting shards, virtual nodes, key count, operations, hot key's share, salt. */
export const HASH_RING_PARAMS = ['shards', 'vnodes', 'keys', 'ops', 'hot', 'salt'] as const;
/** Replication timeline: replica lags, network delay, read routing, commit mode, crash time, client actions. */
export const REPLICATION_PARAMS = ['lag', 'net', 'route', 'commit', 'crash', 'acts'] as const;

/** The most characters of its own parameters a visualizer reads (200 operations fit easily); more is ignored whole. */
export const MAX_VISUALIZER_QUERY_LENGTH = 4_000;

/** The notice for a visualizer whose parameters are longer than that. */
export const LINK_TOO_LONG = 'This link is too long to read, so the defaults are shown.';
