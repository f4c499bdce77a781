#!/usr/bin/env node
/**
 * After `next build`: puts each lesson's HTML chunks into the exported pages, inside the empty
 * <div data-chunk-src="…"> placeholders that StaticHtmlChunk renders. The text then ships once, as
 * HTML, instead of twice (HTML plus the React payload). Fails if a placeholder has no chunk file.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const outDir = path.resolve(process.argv[2] ?? 'out');
const publicDir = path.resolve('public');
const placeholder = /<div class="lesson-chunk" data-chunk-src="(\/lesson-html\/[^"]+)"><\/div>/g;

let pages = 0;
let chunks = 0;
function visit(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) visit(full);
    else if (entry.name.endsWith('.html') && !full.includes(`${path.sep}lesson-html${path.sep}`)) inline(full);
  }
}
function inline(file) {
  const html = readFileSync(file, 'utf8');
  let count = 0;
  const filled = html.replace(placeholder, (match, src) => {
    count += 1;
    const chunk = readFileSync(path.join(publicDir, src), 'utf8');
    return match.replace('></div>', `>${chunk}</div>`);
  });
  if (count) {
    writeFileSync(file, filled);
    pages += 1;
    chunks += count;
  }
}
visit(outDir);
console.log(`inline-lesson-html: ${chunks} chunks into ${pages} pages`);
