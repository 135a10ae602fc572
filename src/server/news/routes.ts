import { Hono } from 'hono';
import type { ServerContext } from '../context';

export function createNewsRoutes(_ctx: ServerContext): Hono {
  return new Hono();
}
