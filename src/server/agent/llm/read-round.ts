import { z } from 'zod';

/** More tool calls than this in one answer is a broken stream, not a plan. */
const MAX_TOOL_CALLS = 32;
/** Longer arguments are dropped whole (an empty string fails JSON parsing), never cut into something parseable. */
export const MAX_ARGUMENT_CHARS = 20_000;

// Only the fields we use, from untrusted JSON: the client parses each `data:` line but checks nothing.
const toolCallDelta = z.object({
  index: z.number().int().min(0).max(10_000),
  id: z.string().max(200).nullish(),
  type: z.string().max(40).nullish(),
  function: z.object({ name: z.string().max(200).nullish(), arguments: z.string().nullish() }).nullish(),
});
const chunkSchema = z.object({
  choices: z.array(z.object({
    index: z.number().int(),
    delta: z.object({
      content: z.string().nullish(),
      refusal: z.string().nullish(),
      tool_calls: z.array(toolCallDelta).nullish(),
    }).nullish(),
    finish_reason: z.string().nullish(),
  })),
});

export interface StreamedToolCall {
  id: string;
  type: string;
  name: string;
  arguments: string;
}

export interface StreamedRound {
  content: string;
  refusal: string;
  toolCalls: StreamedToolCall[];
  finishReason: string;
}

/** The answer stream broke before the model finished (cut connection, malformed chunk, error event, abort). */
export class BrokenStreamError extends Error {}

/**
 * Reads one streamed Chat Completions answer: each content or refusal delta goes to `onText` as it
 * arrives; tool-call deltas are only accumulated (by index: id and name set, arguments appended).
 * Tool calls are returned only once the stream ended with a finish_reason, so a cut stream never
 * yields a half-received call.
 */
export async function readRound(chunks: AsyncIterable<unknown>, onText: (text: string) => void): Promise<StreamedRound> {
  let content = '';
  let refusal = '';
  let finishReason: string | null = null;
  const calls = new Map<number, StreamedToolCall & { overflow: boolean }>();
  try {
    for await (const raw of chunks) {
      const parsed = chunkSchema.safeParse(raw);
      if (!parsed.success) throw new BrokenStreamError(`malformed chunk: ${parsed.error.issues[0]?.path.join('.')}`);
      const choice = parsed.data.choices.find((c) => c.index === 0);
      if (!choice) continue; // e.g. the usage chunk
      const delta = choice.delta ?? {};
      if (delta.content) {
        content += delta.content;
        onText(delta.content);
      }
      if (delta.refusal) {
        refusal += delta.refusal;
        onText(delta.refusal);
      }
      for (const part of delta.tool_calls ?? []) {
        let call = calls.get(part.index);
        if (!call) {
          if (calls.size >= MAX_TOOL_CALLS) throw new BrokenStreamError(`more than ${MAX_TOOL_CALLS} tool calls`);
          call = { id: `call_${part.index}`, type: 'function', name: '', arguments: '', overflow: false };
          calls.set(part.index, call);
        }
        if (part.id) call.id = part.id;
        if (part.type) call.type = part.type;
        if (part.function?.name) call.name = part.function.name;
        if (part.function?.arguments && !call.overflow) {
          call.arguments += part.function.arguments;
          if (call.arguments.length > MAX_ARGUMENT_CHARS) Object.assign(call, { arguments: '', overflow: true });
        }
      }
      if (choice.finish_reason) finishReason = choice.finish_reason;
    }
  } catch (error) {
    throw error instanceof BrokenStreamError ? error : new BrokenStreamError('the answer stream failed', { cause: error });
  }
  if (!finishReason) throw new BrokenStreamError('the answer stream ended before the model finished');
  const toolCalls = [...calls.entries()].sort(([a], [b]) => a - b).map(([, { overflow: _, ...call }]) => call);
  return { content, refusal, toolCalls, finishReason };
}
