import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { cacheVersion, fileUrl, isPrecached, serviceWorkerSource } from './service-worker';

describe('what the service worker stores at install', () => {
  it('stores pages, build assets and site icons, not internal pages, on-demand bundles or itself', () => {
    const files = [
      'index.html',
      'lessons/indexing/index.html',
      '404.html',
      '_next/static/chunks/abc.js',
      '_next/static/chunks/abc.css',
      'og-image.png',
      'sitemap.xml',
      'bench/bare/index.html',
      'lesson-html/print-course.html',
      'pagefind/pagefind.js',
      'pglite/pglite.wasm',
      '_next/static/media/pglite.data',
      'sw.js',
      'lessons/indexing/index.txt',
      'lesson-html/indexing-0.html',
    ];
    expect(files.filter(isPrecached)).toEqual([
      'index.html',
      'lessons/indexing/index.html',
      '404.html',
      '_next/static/chunks/abc.js',
      '_next/static/chunks/abc.css',
      'og-image.png',
      'sitemap.xml',
      'lesson-html/indexing-0.html',
    ]);
  });
  it('maps files to the URLs pages are requested by', () => {
    expect(fileUrl('lessons/indexing/index.html')).toBe('/lessons/indexing/');
    expect(fileUrl('index.html')).toBe('/');
    expect(fileUrl('_next/static/chunks/abc.js')).toBe('/_next/static/chunks/abc.js');
  });
});

describe('updates', () => {
  it('a changed file, or a file added, gives a new cache version; the same files give the same one', () => {
    const files = [
      { url: '/', content: 'home' },
      { url: '/a/', content: 'a' },
    ];
    const version = cacheVersion(files);
    expect(cacheVersion([...files].reverse())).toBe(version);
    expect(cacheVersion([{ url: '/', content: 'home!' }, files[1]!])).not.toBe(version);
    expect(cacheVersion([...files, { url: '/b/', content: '' }])).not.toBe(version);
  });
  it('writes a worker that parses, names its cache by version and lists the files', () => {
    const source = serviceWorkerSource('abc123', ['/b/', '/']);
    expect(() => new Script(source)).not.toThrow();
    expect(source).toContain("const CACHE = 'dfg-abc123';");
    expect(source).toContain('const PRECACHE = ["/","/b/"];');
  });
});
