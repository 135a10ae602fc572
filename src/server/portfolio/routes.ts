import { Hono } from 'hono';
import type { ServerContext } from '../context';

export function createPortfolioRoutes(_ctx: ServerContext): Hono {
  return new Hono();
}
