import type * as z from 'zod/mini';
import { ApiError, apiErrorFromResponse } from '../lib/api-error';

/** GETs JSON from our API and validates it: a response that does not fit the schema is an error, not data. */
export async function requestJson<T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorFromResponse(response.status, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'unknown shape';
    throw new ApiError(`The server sent news in an unexpected shape (${where}).`, response.status);
  }
  return parsed.data;
}
