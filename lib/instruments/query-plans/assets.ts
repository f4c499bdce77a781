/**
 * The files PGlite needs in the browser, and what they cost to download. They are gzipped once at build time
 * (scripts/copy-pglite-assets.ts writes them to public/pglite/<version>/) and unpacked in the browser, so the
 * transfer size is the same on every static host, including hosts that do not compress .wasm or .data.
 */

/** The PGlite release the assets come from; a test checks it is the installed one. */
export const PGLITE_VERSION = '0.5.16';

/** Where the assets are served from, below the site root. */
export const PGLITE_ASSET_PATH = `/pglite/${PGLITE_VERSION}/`;

/** Each asset: the file in the package's dist/ folder and the gzipped name it is served under. */
export const PGLITE_ASSETS = {
  /** PostgreSQL itself, compiled to WebAssembly. */
  postgres: { source: 'pglite.wasm', served: 'pglite.wasm.gz' },
  /** The files PostgreSQL reads at start (catalog templates, timezone data, …). */
  files: { source: 'pglite.data', served: 'pglite.data.gz' },
  /** initdb, which creates the empty database cluster. */
  initdb: { source: 'initdb.wasm', served: 'initdb.wasm.gz' },
} as const;

export type PgliteAssetName = keyof typeof PGLITE_ASSETS;

/**
 * Megabytes (10^6 bytes) a reader downloads when pressing the button: the three gzipped assets (5.55 MB for
 * 0.5.16, checked by a test) plus the gzipped JavaScript of PGlite and the playground's worker (about
 * 0.15 MB, measured by the end-to-end test from the bytes the browser actually received).
 */
export const DOWNLOAD_MEGABYTES = 5.7;

/** The size as the button says it. */
export const DOWNLOAD_SIZE_TEXT = `≈${DOWNLOAD_MEGABYTES.toFixed(1)} MB`;

/** True if `bytes` start like a gzip stream (a host may already have unpacked it via Content-Encoding). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
