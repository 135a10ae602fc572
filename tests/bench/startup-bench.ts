import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { closedRpcEnv } from '../support/server';

/** Gives up on one start after this long (a figure, not a pass/fail threshold). */
const GIVE_UP_MS = 300_000;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

function spawnStart(command: string[], cwd: string, dataDir: string, port: number): ChildProcess {
  // Its own process group, so stopping it also stops the node child npm starts.
  return spawn(command[0]!, command.slice(1), {
    cwd,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env, ...closedRpcEnv(), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, REBUILD: '',
      NEWS_FEEDS: '', NEWS_REFRESH_MINUTES: '0', OPENAI_API_KEY: '', DATABASE_URL: '', LIFI_API_URL: 'http://127.0.0.1:9/v1',
    },
  });
}

/** Polls until GET /api/news answers 200 with at least one article. */
async function firstFeed(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + GIVE_UP_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status === 200 && ((await response.json()) as { articles?: unknown[] }).articles?.length) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no feed within ${GIVE_UP_MS} ms`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
}

/** Milliseconds from spawning `command` in `cwd` to the first served feed. */
async function timeStart(command: string[], cwd: string, dataDir: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = spawnStart(command, cwd, dataDir, port);
  try {
    await firstFeed(`http://127.0.0.1:${port}/api/news?limit=1`, child);
    return performance.now() - started;
  } finally {
    await stop(child);
  }
}

function timeSync(command: string, args: string[]): number {
  const started = performance.now();
  execFileSync(command, args, { stdio: 'ignore' });
  return performance.now() - started;
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(8);

/**
 * A fresh clone of this repository's HEAD in a temp folder, as a stranger would get it: no dist/, no
 * dist-server/, no data/. Its node_modules is a symlink to ours: `npm ci` would take minutes and need the
 * network on every run, and the packages are the same (the lockfile is the clone's); Node resolves the
 * symlink's real path, which changes nothing for packages loaded from node_modules. npm ci's `prepare`
 * (the server compile) is not run, so the cold start also compiles the server, as on a clone set up
 * without scripts.
 */
export async function run(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'startup-bench-'));
  const clone = join(work, 'clone');
  try {
    execFileSync('git', ['clone', '--quiet', '--no-local', resolve('.'), clone], { stdio: 'inherit' });
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: clone, encoding: 'utf8' }).trim();
    await symlink(resolve('node_modules'), join(clone, 'node_modules'), 'dir');
    const npmStart = ['npm', 'start', '--silent'];
    const directStart = [process.execPath, 'src/server/cli/start.mjs'];

    const nodeEmpty = Math.min(timeSync(process.execPath, ['-e', '']), timeSync(process.execPath, ['-e', '']));
    const cold = await timeStart(npmStart, clone, join(work, 'data'));
    const warm = [await timeStart(npmStart, clone, join(work, 'data')), await timeStart(npmStart, clone, join(work, 'data'))];
    const warmDirect = await timeStart(directStart, clone, join(work, 'data'));
    // What npm start did before the server was compiled ahead: the same entry through tsx.
    const warmTsx = await timeStart([join(clone, 'node_modules/.bin/tsx'), 'src/server/cli/serve.ts'], clone, join(work, 'data'));
    const emptyStore = await timeStart(npmStart, clone, join(work, 'data-empty'));
    const npmNoop = timeSync('npm', ['run', '--silent', 'env']);

    console.log(`fresh clone of HEAD ${head} (node_modules symlinked), each figure from spawn to the first 200 of GET /api/news with articles:`);
    console.log(`  yardstick: node -e ''                                   ${s(nodeEmpty)}`);
    console.log(`  yardstick: npm run env (npm's own cost, no server) ${s(npmNoop)}`);
    console.log(`  cold: npm start, nothing built, empty DATA_DIR          ${s(cold)}  (compiles the server, builds the web app, loads the sample corpus)`);
    console.log(`  warm: npm start again, builds and DATA_DIR present      ${s(Math.min(...warm))}  (best of 2; ${warm.map((ms) => s(ms).trim()).join(', ')})`);
    console.log(`  warm: node src/server/cli/start.mjs (npm start without npm) ${s(warmDirect)}`);
    console.log(`  warm: tsx src/server/cli/serve.ts (the previous way)   ${s(warmTsx)}`);
    console.log(`  builds present, empty DATA_DIR (new store + sample)     ${s(emptyStore)}`);
    console.log(`  warm npm start / node -e '': ${(Math.min(...warm) / nodeEmpty).toFixed(1)}x (aim: warm start under 1.5 s)`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
