#!/usr/bin/env node
/**
 * Serves the static export (out/) on localhost, the way any static file server would:
 * /path/ → /path/index.html, unknown paths → 404.html with status 404.
 * Usage: node scripts/serve-static.mjs [--port 3000] [--dir out]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '3000'));
const root = path.resolve(option('dir', 'out'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`${root} has no index.html: build the site first with \`npm run build\`.`);
  process.exit(1);
}

function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const candidate = path.resolve(root, `.${decoded}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  for (const file of [candidate, path.join(candidate, 'index.html'), `${candidate}.html`]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const file = resolveFile(url.pathname);
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, '404.html');
  const type = TYPES[path.extname(body)] ?? 'application/octet-stream';
  const immutable = body.includes(`${path.sep}_next${path.sep}static${path.sep}`);
  // Compress text the way production static hosts do, so measured transfer sizes are realistic.
  const gzip = /gzip/.test(String(request.headers['accept-encoding'] ?? '')) && /text|json|javascript|svg/.test(type);
  response.writeHead(status, {
    'Content-Type': type,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  if (request.method === 'HEAD') return response.end();
  const stream = createReadStream(body);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Database Field Guide: http://localhost:${port}/  (serving ${path.relative(process.cwd(), root) || root}; Ctrl-C stops it)`);
});
