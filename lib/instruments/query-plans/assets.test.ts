import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DOWNLOAD_MEGABYTES, isGzip, PGLITE_ASSETS, PGLITE_VERSION } from './assets';

const dist = path.join(process.cwd(), 'node_modules', '@electric-sql', 'pglite', 'dist');

describe('PGlite assets', () => {
  it('name the installed PGlite version', () => {
    const pkg = JSON.parse(readFileSync(path.join(dist, '..', 'package.json'), 'utf8')) as { version: string };
    expect(pkg.version).toBe(PGLITE_VERSION);
  });

  it('the button’s size covers the gzipped assets plus about 0.15 MB of JavaScript', () => {
    // The same compression scripts/copy-pglite-assets.ts applies.
    const bytes = Object.values(PGLITE_ASSETS).reduce((sum, asset) => sum + gzipSync(readFileSync(path.join(dist, asset.source)), { level: 9 }).length, 0);
    const megabytes = bytes / 1e6;
    expect(megabytes).toBeGreaterThan(5);
    expect(DOWNLOAD_MEGABYTES - megabytes).toBeGreaterThan(0.05);
    expect(DOWNLOAD_MEGABYTES - megabytes).toBeLessThan(0.3);
  });

  it('recognises gzip by its magic bytes', () => {
    expect(isGzip(gzipSync(Buffer.from('x')))).toBe(true);
    expect(isGzip(new Uint8Array([0, 97, 115, 109]))).toBe(false);
    expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
  });
});
