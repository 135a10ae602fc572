import type { ServerResponse } from 'node:http';

/** How the fake streams one scripted reply when the request asked for `stream: true`. */
export interface FakeStreamOptions {
  /** Characters per content (or refusal) delta when the content is one string; default 4. */
  chunkChars?: number;
  /** Characters per tool-call arguments delta; default 5. */
  argChunkChars?: number;
  /** Milliseconds between chunks (for benches; tests should not depend on time). */
  delayMs?: number;
  /** After this many chunks, wait for `resume` before sending the rest (proves the other side streams, without timing). */
  pauseAfter?: number;
  resume?: Promise<unknown>;
  /** Called when the client closes the connection before the stream was finished (it gave up on the answer). */
  onClientGone?: () => void;
  /** Send only this many `data:` chunks, then cut the stream (no finish_reason, no [DONE]). */
  cutAfter?: number;
  /** How the stream is cut: 'reset' destroys the socket (default), 'end' ends the body cleanly, 'error' sends an error event as OpenAI does. */
  cutBy?: 'reset' | 'end' | 'error';
}

export interface StreamedToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** What one streamed answer is made of; content given as an array is sent as exactly those deltas. */
export interface StreamParts {
  content?: string | string[] | null;
  refusal?: string | null;
  toolCalls?: StreamedToolCall[];
  finishReason: string;
}

const pieces = (text: string, size: number): string[] => text.match(new RegExp(`[\\s\\S]{1,${Math.max(1, size)}}`, 'g')) ?? [];

/** The `chat.completion.chunk` objects OpenAI would send: role first, deltas, then an empty delta with the finish_reason. */
export function completionChunks(parts: StreamParts, meta: { id: string; model: string }, options: FakeStreamOptions = {}): object[] {
  const base = { id: meta.id, object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model: meta.model, system_fingerprint: 'fp_fake' };
  const chunk = (delta: object, finish_reason: string | null = null) => ({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason }] });
  const chunks: object[] = [chunk({ role: 'assistant', content: parts.toolCalls ? null : '', refusal: null })];
  const content = Array.isArray(parts.content) ? parts.content : pieces(parts.content ?? '', options.chunkChars ?? 4);
  for (const text of content) chunks.push(chunk({ content: text }));
  for (const text of pieces(parts.refusal ?? '', options.chunkChars ?? 4)) chunks.push(chunk({ refusal: text }));
  for (const [index, call] of (parts.toolCalls ?? []).entries()) {
    chunks.push(chunk({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] }));
    for (const text of pieces(call.arguments, options.argChunkChars ?? 5)) chunks.push(chunk({ tool_calls: [{ index, function: { arguments: text } }] }));
  }
  chunks.push(chunk({}, parts.finishReason));
  return chunks;
}

const write = (res: ServerResponse, text: string) => new Promise<void>((resolve, reject) => res.write(text, (error) => (error ? reject(error) : resolve())));

/** Writes the chunks as server-sent events, then `data: [DONE]`, or cuts the stream as asked. */
export async function writeChunks(res: ServerResponse, chunks: object[], options: FakeStreamOptions = {}): Promise<void> {
  let finished = false;
  res.on('close', () => finished || options.onClientGone?.());
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  for (const [index, chunk] of chunks.entries()) {
    if (index === options.pauseAfter) await options.resume;
    if (res.destroyed) return;
    if (options.cutAfter !== undefined && index >= options.cutAfter) {
      finished = true;
      if (options.cutBy === 'error') await write(res, `data: ${JSON.stringify({ error: { message: 'fake stream error', type: 'server_error', param: null, code: null } })}\n\n`);
      if (options.cutBy === 'end' || options.cutBy === 'error') res.end();
      else res.destroy();
      return;
    }
    await write(res, `data: ${JSON.stringify(chunk)}\n\n`);
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
  }
  finished = true;
  await write(res, 'data: [DONE]\n\n');
  res.end();
}
