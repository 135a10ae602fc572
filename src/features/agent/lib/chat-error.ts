import * as z from 'zod/mini';
import { AgentStreamError } from './agent-events';

/** A non-2xx answer from the agent endpoint. */
export class ChatHttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterSeconds: number | null,
  ) {
    super(message);
    this.name = 'ChatHttpError';
  }
}

/** What the panel shows when a message could not be answered. */
export interface ChatFailure {
  message: string;
  /** Sending the same message again may work (network, 429, 5xx, broken stream); a 400 will not. */
  retryable: boolean;
}

const errorBodySchema = z.object({ error: z.string().check(z.minLength(1), z.maxLength(500)) });

/** Builds the error for a failed response from its status, Retry-After header and `{ error }` body. */
export function chatHttpError(status: number, body: unknown, retryAfterSeconds: number | null): ChatHttpError {
  const parsed = errorBodySchema.safeParse(body);
  const serverText = parsed.success ? parsed.data.error : null;
  if (status === 429) {
    const wait = retryAfterSeconds === null ? 'in a moment' : `in ${Math.max(1, retryAfterSeconds)} s`;
    return new ChatHttpError(`Too many requests, try again ${wait}.`, status, retryAfterSeconds);
  }
  if (status >= 400 && status < 500 && serverText) return new ChatHttpError(`The agent could not take that message: ${serverText}`, status, null);
  if (status >= 500) return new ChatHttpError(`The agent failed (HTTP ${status}). Try again in a moment.`, status, null);
  return new ChatHttpError(`The agent refused the request (HTTP ${status}).`, status, null);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException ? error.name === 'AbortError' : error instanceof Error && error.name === 'AbortError';
}

/** Words and retry advice for anything that went wrong while asking the agent. */
export function describeChatFailure(error: unknown): ChatFailure {
  if (error instanceof ChatHttpError) {
    const retryable = error.status === 429 || error.status >= 500;
    return { message: error.message, retryable };
  }
  if (error instanceof AgentStreamError) return { message: error.message, retryable: true };
  // fetch rejects with a TypeError when the server cannot be reached or the connection drops.
  if (error instanceof TypeError) return { message: 'Could not reach the agent. Check your connection and retry.', retryable: true };
  return { message: error instanceof Error && error.message ? error.message : 'Something went wrong.', retryable: true };
}
