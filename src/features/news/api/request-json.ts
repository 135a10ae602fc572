import * as v from 'valibot';
import { describeIssue } from '@/domain/validation-issue';
import { ApiError, apiErrorFromResponse } from '../lib/api-error';

/** GETs JSON from our API and validates it: a response that does not fit the schema is an error, not data. */
export async function requestJson<T>(path: string, schema: v.GenericSchema<unknown, T>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorFromResponse(response.status, body);
  const parsed = v.safeParse(schema, body);
  if (!parsed.success) {
    throw new ApiError(`The server sent news in an unexpected shape (${describeIssue(parsed.issues[0], 'body')}).`, response.status);
  }
  return parsed.output;
}
