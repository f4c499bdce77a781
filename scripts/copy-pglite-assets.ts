/**
 * Build step: gzips PGlite's WebAssembly and data files into public/pglite/<version>/ (gitignored), where
 * the query-plan playground fetches them. Turbopack does not emit these files for a static export, and
 * compressing them here keeps the download the same size on any static host. Skips files already written
 * for this version, and removes folders of other versions. Usage: tsx scripts/copy-pglite-assets.ts
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PGLITE_ASSETS, PGLITE_VERSION } from '../lib/instruments/query-plans/assets';

const dist = path.join('node_modules', '@electric-sql', 'pglite', 'dist');
const publicRoot = path.join('public', 'pglite');
const target = path.join(publicRoot, PGLITE_VERSION);

const installed = (JSON.parse(readFileSync(path.join(dist, '..', 'package.json'), 'utf8')) as { version: string }).version;
if (installed !== PGLITE_VERSION) {
  console.error(`pglite: node_modules has PGlite ${installed}, lib/instruments/query-plans/assets.ts expects ${PGLITE_VERSION}; update PGLITE_VERSION and DOWNLOAD_MEGABYTES.`);
  process.exit(1);
}
mkdirSync(target, { recursive: true });
for (const entry of readdirSync(publicRoot)) if (entry !== PGLITE_VERSION) rmSync(path.join(publicRoot, entry), { recursive: true, force: true });
let total = 0;
for (const asset of Object.values(PGLITE_ASSETS)) {
  const file = path.join(target, asset.served);
  if (!existsSync(file)) {
    // Written under a temporary name first, so an interrupted build never leaves a truncated asset behind.
    writeFileSync(`${file}.partial`, gzipSync(readFileSync(path.join(dist, asset.source)), { level: 9 }));
    renameSync(`${file}.partial`, file);
  }
  total += readFileSync(file).length;
}
console.log(`pglite: ${Object.keys(PGLITE_ASSETS).length} assets in ${target}, ${(total / 1e6).toFixed(2)} MB gzipped`);
