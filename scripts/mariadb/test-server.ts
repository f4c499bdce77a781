/**
 * Throw-away MariaDB server for tests: `mariadb-install-db` into a fresh temp dir, start `mariadbd` on
 * 127.0.0.1 with a free port, stop it and delete its files on `stop()`.
 *
 * The data directory is initialised with `--auth-root-authentication-method=normal`, so root can log in
 * over TCP with an empty password. mariadbd refuses to run as root unless told to (`--user=root`,
 * https://mariadb.com/kb/en/mariadbd-options/#-user), which is what we pass when we are root.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running test server; `stop()` shuts it down and removes its files. */
export interface TestMariadb {
  host: string;
  port: number;
  user: string;
  stop(): Promise<void>;
}

/** How to get the binaries, for the messages of tests that need them. */
export const MARIADB_INSTALL_HINT =
  "No MariaDB server binaries found (mariadbd, mariadb-install-db). Install Debian's `mariadb-server` package " +
  '(`apt-get install -y mariadb-server`) or point MARIADB_BIN at a directory containing both.';

/** Directories searched for mariadbd and mariadb-install-db, in order. */
function candidateDirs(): string[] {
  const fromEnv = process.env.MARIADB_BIN;
  if (fromEnv) return [fromEnv];
  return ['/usr/sbin', '/usr/bin', '/usr/local/bin', '/usr/local/sbin', '/usr/local/mysql/bin'];
}

/** Paths of mariadbd and mariadb-install-db, or null when either is missing. */
export function findMariadb(): { server: string; installDb: string } | null {
  let server: string | null = null;
  let installDb: string | null = null;
  for (const dir of candidateDirs()) {
    if (!server && existsSync(join(dir, 'mariadbd'))) server = join(dir, 'mariadbd');
    if (!installDb && existsSync(join(dir, 'mariadb-install-db'))) installDb = join(dir, 'mariadb-install-db');
  }
  if ((!server || !installDb) && !process.env.MARIADB_BIN) {
    // Also accept them anywhere on PATH (unless MARIADB_BIN names the one directory to use).
    const which = (name: string) => {
      const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
      return r.status === 0 ? r.stdout.trim() : null;
    };
    server ??= which('mariadbd');
    installDb ??= which('mariadb-install-db');
  }
  return server && installDb ? { server, installDb } : null;
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

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Resolves once something accepts TCP connections on the port (mariadbd listens only after recovery). */
async function waitForPort(port: number, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-3000) : '';
      throw new Error(`mariadbd exited with code ${child.exitCode} before accepting connections\n${log}`);
    }
    const ok = await new Promise<boolean>((resolve) => {
      const sock = createConnection({ host: '127.0.0.1', port }, () => {
        sock.destroy();
        resolve(true);
      });
      sock.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`mariadbd did not accept connections on port ${port} within ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** Options for {@link startTestMariadb}: extra `--name=value` server options. */
export interface TestMariadbOptions {
  options?: Record<string, string>;
}

/** Start a disposable MariaDB server; resolves once it accepts connections. Throws MARIADB_INSTALL_HINT without binaries. */
export async function startTestMariadb(opts: TestMariadbOptions = {}): Promise<TestMariadb> {
  const bins = findMariadb();
  if (!bins) throw new Error(MARIADB_INSTALL_HINT);
  const dir = mkdtempSync(join(tmpdir(), 'dfg-mariadb-'));
  const dataDir = join(dir, 'data');
  const userArgs = isRoot() ? ['--user=root'] : [];
  try {
    execFileSync(
      bins.installDb,
      ['--no-defaults', `--datadir=${dataDir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...userArgs],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`mariadb-install-db failed: ${err.message}\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
  }
  const port = await freePort();
  const logFile = join(dir, 'server.log');
  const settings: Record<string, string> = {
    datadir: dataDir,
    port: String(port),
    'bind-address': '127.0.0.1',
    socket: join(dir, 'mariadb.sock'),
    'pid-file': join(dir, 'mariadb.pid'),
    'log-error': logFile,
    // A small, unsafe-but-fast server: nothing here needs to survive a crash.
    'innodb-buffer-pool-size': '32M',
    'innodb-log-file-size': '16M',
    'innodb-flush-log-at-trx-commit': '0',
    'innodb-doublewrite': '0',
    'skip-log-bin': '',
    'skip-name-resolve': '',
    // Byte-order text comparison, as the engine (and the PostgreSQL replay's C locale) does.
    'character-set-server': 'utf8mb4',
    'collation-server': 'utf8mb4_bin',
    ...opts.options,
  };
  const args = ['--no-defaults', ...Object.entries(settings).map(([k, v]) => (v === '' ? `--${k}` : `--${k}=${v}`)), ...userArgs];
  const child = spawn(bins.server, args, { stdio: 'ignore' });
  try {
    await waitForPort(port, child, logFile, 30_000);
  } catch (e) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  let stopped = false;
  return {
    host: '127.0.0.1',
    port,
    user: 'root',
    async stop() {
      if (stopped) return;
      stopped = true;
      if (child.exitCode === null) {
        const exited = new Promise<void>((r) => child.once('exit', () => r()));
        child.kill('SIGKILL'); // nothing to keep: the files are deleted next
        await Promise.race([exited, sleep(5000)]);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
