/**
 * Throw-away PostgreSQL server for tests: initdb into a fresh temp dir, start
 * on 127.0.0.1 with a free port and trust auth, stop and delete on `stop()`.
 *
 * PostgreSQL refuses to run as root, so when we are root every server binary is
 * run as the `postgres` OS user (Debian's package creates it) via `runuser`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running test server; `stop()` shuts it down immediately and removes its files. */
export interface TestPostgres {
  port: number;
  host: string;
  stop(): Promise<void>;
}

/** Options for {@link startTestPostgres}; `settings` become `-c name=value` server flags. */
export interface TestPostgresOptions {
  settings?: Record<string, string>;
}

const INSTALL_HINT =
  "No PostgreSQL server binaries found. Install Debian's `postgresql` package (`apt-get install -y postgresql`) " +
  'or point PG_BIN at a directory containing initdb, pg_ctl and postgres.';

/** Locate the directory holding initdb/pg_ctl: PG_BIN, else the highest /usr/lib/postgresql/N/bin, else `pg_config --bindir`. */
export function findPgBin(): string {
  const hasTools = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  const fromEnv = process.env.PG_BIN;
  if (fromEnv) {
    if (hasTools(fromEnv)) return fromEnv;
    throw new Error(`PG_BIN=${fromEnv} does not contain initdb and pg_ctl. ${INSTALL_HINT}`);
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const v of versions) {
      const dir = join(root, v, 'bin');
      if (hasTools(dir)) return dir;
    }
  }
  const pgConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (pgConfig.status === 0) {
    const dir = pgConfig.stdout.trim();
    if (hasTools(dir)) return dir;
  }
  throw new Error(INSTALL_HINT);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Run a server binary, as the `postgres` user when we are root. */
function runPg(bin: string, args: string[]): string {
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  try {
    return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${bin} failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
}

function postgresUid(): { uid: number; gid: number } {
  const out = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
  const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
  return { uid: Number(out), gid: Number(gid) };
}

/** Start a disposable PostgreSQL cluster; resolves once it accepts connections. */
export async function startTestPostgres(options: TestPostgresOptions = {}): Promise<TestPostgres> {
  const bin = findPgBin();
  const dir = mkdtempSync(join(tmpdir(), 'dfg-pg-'));
  const dataDir = join(dir, 'data');
  if (isRoot()) {
    const { uid, gid } = postgresUid();
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const port = await freePort();
  let started = false;
  try {
    // C locale: text comparison is plain byte order, the same order JavaScript's `<` gives for ASCII.
    runPg(join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--locale=C', '-E', 'UTF8', '--no-sync']);
    const settings: Record<string, string> = {
      listen_addresses: '127.0.0.1',
      port: String(port),
      unix_socket_directories: dir,
      fsync: 'off',
      synchronous_commit: 'off',
      full_page_writes: 'off',
      autovacuum: 'off',
      ...options.settings,
    };
    const opts = Object.entries(settings)
      .map(([k, v]) => `-c ${k}=${v}`)
      .join(' ');
    runPg(join(bin, 'pg_ctl'), ['-D', dataDir, '-l', join(dir, 'server.log'), '-o', opts, '-w', '-t', '30', 'start']);
    started = true;
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  let stopped = false;
  return {
    port,
    host: '127.0.0.1',
    async stop() {
      if (stopped) return;
      stopped = true;
      if (started) {
        try {
          runPg(join(bin, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
        } catch {
          // Already gone: nothing to stop.
        }
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
