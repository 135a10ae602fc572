import { spawn, type ChildProcess } from 'node:child_process';
import { closedRpcEnv } from './server';

export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Everything it printed, for failure messages. */
  output: string[];
  /** SIGTERM (graceful) or SIGKILL; resolves with the exit code or signal once it is gone. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<number | string | null>;
}

const START_TIMEOUT_MS = 180_000;

/** The real server in a child process (tsx), on a free loopback port, with the test's environment. */
export function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/scale-out-process-entry.ts'], {
    env: {
      ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', NEWS_FEEDS: '', NEWS_REFRESH_MINUTES: '0',
      LIFI_API_URL: 'http://127.0.0.1:9/v1', OPENAI_API_KEY: '', ...closedRpcEnv(), ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | string | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`server did not start in ${START_TIMEOUT_MS} ms:\n${output.join('')}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString('utf8'));
      const match = /listening (http:\/\/\S+)\n/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1]!, pid: child.pid!, child, output, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}) before listening:\n${output.join('')}`));
    });
  });
}

/** Polls `check` every 100 ms until it holds; fails after `timeoutMs` with `what`. */
export async function eventually(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
