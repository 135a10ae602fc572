import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { closedRpcEnv } from './server';

export interface FuzzServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Everything the server logged (stderr), e.g. "unhandled error on …" lines. */
  log(): string;
  /** The exit code or signal once it exited; undefined while it runs. */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** Resident set size of the server process, from /proc/<pid>/status (Linux). */
  rssBytes(): number;
  /** Asks the process for a full GC (SIGUSR2, see fuzz-server-main.ts); resolves with its own memoryUsage() after it. */
  collectGarbage(): Promise<NodeJS.MemoryUsage>;
  /** SIGTERM (a clean close of server and store), then waits for the exit. */
  stop(): Promise<void>;
}

const MAIN = resolve('tests/support/fuzz-server-main.ts');

/**
 * The real server as a child process (node --expose-gc + tsx), so a test can watch its memory and
 * see it crash. It gets only this environment (plus PATH/HOME): no feeds, no OpenAI key, closed RPCs,
 * LI.FI on a closed port, unless `env` says otherwise. Resolves once it listens.
 */
export async function startFuzzServerProcess(env: Record<string, string>, staticDir?: string): Promise<FuzzServerProcess> {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', MAIN], {
    env: {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production',
      PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', NEWS_FEEDS: '', NEWS_REFRESH_MINUTES: '0',
      LIFI_API_URL: 'http://127.0.0.1:9/v1', ...closedRpcEnv(), ...env,
      ...(staticDir ? { TEST_STATIC_DIR: staticDir } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let pending = '';
  const memoryWaiters: ((usage: NodeJS.MemoryUsage) => void)[] = [];
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line.startsWith('MEMORY ')) memoryWaiters.shift()?.(JSON.parse(line.slice('MEMORY '.length)) as NodeJS.MemoryUsage);
  });
  const exitedPromise = new Promise<void>((resolveExit) => child.once('exit', (code, signal) => {
    exit = { code, signal };
    resolveExit();
  }));
  const url = await new Promise<string>((resolveUrl, reject) => {
    let stdout = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /LISTENING (\S+)/.exec(stdout);
      if (match) resolveUrl(match[1]!);
    });
    void exitedPromise.then(() => reject(new Error(`server process exited before listening (${JSON.stringify(exit)}):\n${stderr}`)));
  });
  return {
    url,
    pid: child.pid!,
    child,
    log: () => stderr,
    exited: () => exit,
    rssBytes: () => {
      const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (!match) throw new Error(`no VmRSS for pid ${child.pid}`);
      return Number(match[1]) * 1024;
    },
    collectGarbage: () => new Promise((resolveUsage) => {
      memoryWaiters.push(resolveUsage);
      child.kill('SIGUSR2');
    }),
    stop: async () => {
      if (!exit) child.kill('SIGTERM');
      await exitedPromise;
    },
  };
}
