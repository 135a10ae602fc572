import type { ServerContext } from './context';

/** Starts the server's background work; resolves to a function that stops it. */
export async function startBackgroundJobs(_ctx: ServerContext): Promise<() => Promise<void>> {
  return async () => {};
}
