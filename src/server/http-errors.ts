import type { Context } from 'hono';
import type { ZodError } from 'zod';

/** Turns a zod error into one sentence naming each offending field. */
export function describeZodError(error: ZodError, what = 'parameter'): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
      return `${what} "${field}": ${issue.message}`;
    })
    .join('; ');
}

export function badRequest(c: Context, message: string) {
  return c.json({ error: message }, 400);
}

export function notFound(c: Context, message: string) {
  return c.json({ error: message }, 404);
}
