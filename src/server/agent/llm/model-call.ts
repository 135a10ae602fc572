import OpenAI from 'openai';
import type { ChatCompletionCreateParamsStreaming } from 'openai/resources/chat/completions';
import { BrokenStreamError, readRound, type StreamedRound } from './read-round';
import { watchIdle } from './watch-idle';

/** The longest wait for the next chunk of an answer already under way. */
const STREAM_IDLE_MS = 30_000;

class IdleStreamError extends BrokenStreamError {}

/**
 * One streamed Chat Completions call. Errors before the first chunk (429, 500, timeouts) come from
 * the client after its bounded retries; a stream that breaks later is a BrokenStreamError (never
 * retried: part of it may already be on the user's screen).
 */
export async function streamRound(
  client: OpenAI,
  params: Omit<ChatCompletionCreateParamsStreaming, 'stream'>,
  onText: (text: string) => void,
  signal?: AbortSignal,
): Promise<StreamedRound> {
  const controller = new AbortController();
  const forward = () => controller.abort();
  signal?.addEventListener('abort', forward, { once: true });
  if (signal?.aborted) controller.abort();
  let idle = false;
  try {
    const stream = await client.chat.completions.create({ ...params, stream: true }, { signal: controller.signal });
    const watched = watchIdle(stream, STREAM_IDLE_MS, () => {
      idle = true;
      controller.abort();
    });
    return await readRound(watched, onText).catch((error: unknown) => {
      throw idle ? new IdleStreamError('no chunk in time', { cause: error }) : error;
    });
  } finally {
    signal?.removeEventListener('abort', forward);
  }
}

/** Why the model call failed, in words for the user. */
export function failureWords(error: unknown): string {
  if (error instanceof IdleStreamError) return 'stopped answering in the middle of its answer';
  if (error instanceof BrokenStreamError) return 'broke off in the middle of its answer';
  if (error instanceof OpenAI.APIError && error.status === 429) return 'is rate limited right now';
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'did not answer in time';
  if (error instanceof OpenAI.APIError && error.status !== undefined) return `answered with an error (${error.status})`;
  return 'could not be reached';
}
