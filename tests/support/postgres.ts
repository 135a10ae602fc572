import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface RunningPostgres {
  /** postgres:// URL of a fresh, empty database on 127.0.0.1. */
  url: string;
  /** Creates another empty database on the same server; resolves to its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops and starts the server on the same port and data (existing connections are cut). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const PG_ROOT = '/usr/lib/postgresql';
const DATABASE = 'market_companion';

/** Debian's server binaries (/usr/lib/postgresql/<version>/bin), newest version first; null when none. */
function findPostgresBin(): string | null {
  const versions = existsSync(PG_ROOT) ? readdirSync(PG_ROOT).filter((v) => /^\d+$/.test(v)) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  const bins = versions.map((version) => join(PG_ROOT, version, 'bin'));
  return bins.find((bin) => ['initdb', 'pg_ctl', 'postgres'].every((tool) => existsSync(join(bin, tool)))) ?? null;
}

/** Why a real PostgreSQL cannot be started here, or null when it can. */
export function postgresUnavailableReason(): string | null {
  if (findPostgresBin()) return null;
  return `no PostgreSQL server under ${PG_ROOT}/<version>/bin: install Debian's "postgresql" package (apt-get install -y postgresql)`;
}

const isRoot = () => process.getuid?.() === 0;

function run(command: string, args: string[]): Promise<string> {
  // PostgreSQL refuses to run as root, so as root every server tool runs as the `postgres` system user.
  const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    execFile(file, argv, { timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

async function postgresUserIds(): Promise<{ uid: number; gid: number }> {
  const line = (await readFile('/etc/passwd', 'utf8')).split('\n').find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (uid === undefined || gid === undefined) throw new Error('running as root but there is no "postgres" system user (it comes with the postgresql package)');
  return { uid: Number(uid), gid: Number(gid) };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function startOnFreePort(bin: string, dataDir: string, socketDir: string, logFile: string): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const port = await freePort();
    // Durability is pointless for a throwaway server; these make initdb-to-ready a few seconds.
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${socketDir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    try {
      await run(join(bin, 'pg_ctl'), ['start', '-w', '-t', '60', '-D', dataDir, '-l', logFile, '-o', options]);
      return port;
    } catch (error) {
      lastError = error; // most likely the port was taken between picking and binding it
    }
  }
  const log = await readFile(logFile, 'utf8').catch(() => '');
  throw new Error(`PostgreSQL did not start: ${String(lastError)}\n${log.slice(-2000)}`);
}

/** A throwaway PostgreSQL server on a free loopback port, in a temp folder that stop() removes. */
export async function startPostgres(): Promise<RunningPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(postgresUnavailableReason() ?? 'no PostgreSQL');
  const root = await mkdtemp(join(tmpdir(), 'mc-pg-'));
  const dataDir = join(root, 'data');
  const socketDir = join(root, 'socket');
  await mkdir(socketDir);
  if (isRoot()) {
    const { uid, gid } = await postgresUserIds();
    await chown(root, uid, gid);
    await chown(socketDir, uid, gid);
  }
  let stopped = false;
  let started = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (started) await run(join(bin, 'pg_ctl'), ['stop', '-w', '-m', 'fast', '-D', dataDir]).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  };
  try {
    await run(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
    const logFile = join(root, 'server.log');
    const port = await startOnFreePort(bin, dataDir, socketDir, logFile);
    started = true;
    const base = `postgres://postgres@127.0.0.1:${port}`;
    const createDatabase = async (name: string) => {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `${base}/${name}`;
    };
    const url = await createDatabase(DATABASE);
    // pg_ctl restart reuses the options the server was started with (port, sockets), kept in postmaster.opts.
    const restart = async () => void (await run(join(bin, 'pg_ctl'), ['restart', '-w', '-t', '60', '-m', 'fast', '-D', dataDir, '-l', logFile]));
    return { url, createDatabase, restart, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
