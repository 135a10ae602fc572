import { startServer } from '@/server/main';

// A real server (no SPA) in its own process for the scale-out tests: env as the server reads it; prints
// "listening <url>" once it serves; SIGTERM closes it gracefully, then the process exits 0.
const server = await startServer({ log: (line) => console.log(`[server] ${line}`) });
console.log(`listening ${server.url}`);
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
