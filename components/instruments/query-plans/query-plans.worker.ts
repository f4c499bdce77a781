/**
 * The playground's database: PGlite running in a worker, so starting PostgreSQL, seeding 100,000 rows and a
 * slow query never freeze the page (PGlite ignores statement_timeout; the page ends a runaway query by
 * terminating this worker). The page creates the worker only when the reader presses the load button.
 */
import { PGlite } from '@electric-sql/pglite';
import { isGzip, PGLITE_ASSETS, type PgliteAssetName } from '@/lib/instruments/query-plans/assets';
import { dropIndexes, explainQuery, listIndexes, replaceIndex, seedOrders } from '@/lib/instruments/query-plans/session';
import type { WorkerMessage, WorkerRequest } from './protocol';

const scope = self as unknown as { postMessage(message: WorkerMessage): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };
let db: PGlite | null = null;

/** Downloads every asset in parallel, reporting the bytes received so far. */
async function download(base: string): Promise<Record<PgliteAssetName, Uint8Array>> {
  const names = Object.keys(PGLITE_ASSETS) as PgliteAssetName[];
  const responses = await Promise.all(names.map((name) => fetch(new URL(PGLITE_ASSETS[name].served, base))));
  const failed = responses.find((r) => !r.ok);
  if (failed) throw new Error(`Could not download ${failed.url} (HTTP ${failed.status}).`);
  const sizes = responses.map((r) => Number(r.headers.get('Content-Length')));
  const totalBytes = sizes.every((n) => Number.isFinite(n) && n > 0) ? sizes.reduce((a, b) => a + b, 0) : null;
  let loadedBytes = 0;
  const bodies = await Promise.all(
    responses.map(async (response) => {
      const chunks: Uint8Array[] = [];
      const reader = response.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loadedBytes += value.length;
        scope.postMessage({ type: 'progress', stage: 'download', loadedBytes, totalBytes });
      }
      const bytes = new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
      // Served gzipped; a host that adds Content-Encoding: gzip for .gz files has already unpacked it.
      if (!isGzip(bytes)) return bytes;
      const unpacked = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
      return new Uint8Array(await new Response(unpacked).arrayBuffer());
    }),
  );
  return Object.fromEntries(names.map((name, i) => [name, bodies[i]])) as Record<PgliteAssetName, Uint8Array>;
}

async function start(base: string): Promise<PGlite> {
  const assets = await download(base);
  scope.postMessage({ type: 'progress', stage: 'start', loadedBytes: 0, totalBytes: null });
  const [pgliteWasmModule, initdbWasmModule] = await Promise.all([
    WebAssembly.compile(assets.postgres as BufferSource),
    WebAssembly.compile(assets.initdb as BufferSource),
  ]);
  const database = await PGlite.create({ pgliteWasmModule, initdbWasmModule, fsBundle: new Blob([assets.files as BlobPart]) });
  scope.postMessage({ type: 'progress', stage: 'seed', loadedBytes: 0, totalBytes: null });
  await seedOrders(database);
  return database;
}

async function handle(request: WorkerRequest): Promise<WorkerMessage> {
  if (request.type === 'start') {
    db ??= await start(request.assetBase);
    return { id: request.id, type: 'done', indexes: await listIndexes(db) };
  }
  if (!db) return { id: request.id, type: 'failed', message: 'PostgreSQL has not started yet.' };
  if (request.type === 'explain') {
    const explained = await explainQuery(db, request.sql);
    return { id: request.id, type: 'done', indexes: await listIndexes(db), explained };
  }
  if (request.type === 'create-index') await replaceIndex(db, request.spec);
  else await dropIndexes(db);
  return { id: request.id, type: 'done', indexes: await listIndexes(db) };
}

// Requests are answered one at a time, in order: PGlite runs one statement at a time anyway.
let queue = Promise.resolve();
scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => {
    try {
      scope.postMessage(await handle(request));
    } catch (error) {
      scope.postMessage({ id: request.id, type: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
};
