import { Hono } from 'hono';
import type { ServerContext } from '../context';

export function createAgentRoutes(_ctx: ServerContext): Hono {
  return new Hono();
}
