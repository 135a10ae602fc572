import { Hono } from 'hono';
import type { ServerContext } from '../context';

export function createLifiProxyRoutes(_ctx: ServerContext): Hono {
  return new Hono();
}
