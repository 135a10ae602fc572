// The real server in a process of its own (see fuzz-server-process.ts), configured only by its environment.
import { loadConfig } from '@/server/config';
import { startServer } from '@/server/main';

const server = await startServer({
  config: loadConfig(process.env),
  staticDir: process.env.TEST_STATIC_DIR || undefined,
  log: (message) => process.stderr.write(`[server] ${message}\n`),
});
process.stdout.write(`LISTENING ${server.url}\n`);
// Test harness only (no endpoint): SIGUSR2 runs a full GC (node --expose-gc) and reports memory on stderr,
// so a test can compare the server's memory at two points without counting garbage not yet collected.
process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  process.stderr.write(`MEMORY ${JSON.stringify(process.memoryUsage())}\n`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0), () => process.exit(1)));
}
