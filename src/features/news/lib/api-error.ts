import * as v from 'valibot';

/** A failed call to our API, with the words to show the user. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const errorBodySchema = v.object({ error: v.pipe(v.string(), v.minLength(1), v.maxLength(500)) });

/** Turns a non-2xx answer into an ApiError, using the server's `{ error }` text when it sent one. */
export function apiErrorFromResponse(status: number, body: unknown): ApiError {
  const parsed = v.safeParse(errorBodySchema, body);
  if (status === 404) return new ApiError(parsed.success ? `Not found: ${parsed.output.error}` : 'Not found', status);
  if (parsed.success) return new ApiError(parsed.output.error, status);
  if (status >= 500) return new ApiError(`The news service failed (HTTP ${status}). Try again in a moment.`, status);
  return new ApiError(`The request failed (HTTP ${status}).`, status);
}

/** Client errors will not heal on retry; network and server errors might. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** Words for any error thrown while loading news. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'The news service could not be reached. Check your connection and try again.';
  return error instanceof Error ? error.message : 'Something went wrong.';
}
