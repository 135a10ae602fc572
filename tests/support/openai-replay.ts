import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startLoopbackServer, type LoopbackServer } from './loopback-http';

const FIXTURES = fileURLToPath(new URL('../fixtures/openai-real/', import.meta.url));

/** A recorded OpenAI answer body from tests/fixtures/openai-real/, as the bytes were saved. */
export function recordedBody(file: string): string {
  return readFileSync(`${FIXTURES}${file}`, 'utf8');
}

/** One answer to replay: `sse` for a `stream: true` request, `json` (a chat.completion) for the other. */
export type ReplayAnswer = { sse: string } | { json: string };

export interface OpenAiReplay extends LoopbackServer {
  /** Base URL including /v1, for the `openai` client. */
  baseURL: string;
  /** Parsed bodies of the chat completion requests, in order. */
  chatRequests: Array<Record<string, unknown> & { stream?: boolean; messages: Array<Record<string, unknown>> }>;
  /** The answers for the next requests, in order; clears the recorded requests. */
  setAnswers(answers: ReplayAnswer[]): void;
}

const problem = (status: number, message: string) => ({ status, body: { error: { message: `openai-replay: ${message}`, type: 'server_error', param: null, code: null } } });

/**
 * POST /v1/chat/completions answered with recorded bodies, one per request in order. A request
 * whose `stream` flag does not fit the next answer, or one past the last, gets a 500 naming why
 * (the client retries 500s, so a mismatch shows up as extra requests and a failed answer).
 */
export async function startOpenAiReplay(): Promise<OpenAiReplay> {
  let answers: ReplayAnswer[] = [];
  const chatRequests: OpenAiReplay['chatRequests'] = [];
  const server = await startLoopbackServer((request) => {
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions') return problem(404, `no route ${request.method} ${request.path}`);
    const body = JSON.parse(request.body) as OpenAiReplay['chatRequests'][number];
    const answer = answers[chatRequests.length];
    chatRequests.push(body);
    if (!answer) return problem(500, `no recorded answer for call ${chatRequests.length - 1}`);
    const streamed = body.stream === true;
    if (streamed !== 'sse' in answer) return problem(500, `call ${chatRequests.length - 1} has stream: ${streamed}, the recorded answer does not fit`);
    const headers: Record<string, string> = 'sse' in answer ? { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' } : { 'content-type': 'application/json' };
    return { headers, body: 'sse' in answer ? answer.sse : answer.json };
  });
  return {
    ...server,
    baseURL: `${server.url}/v1`,
    chatRequests,
    setAnswers(next) {
      answers = next;
      chatRequests.length = 0;
    },
  };
}

interface ToolCallPart { index: number; function?: { name?: string; arguments?: string } }
interface RecordedChunk { choices: Array<{ delta?: { tool_calls?: ToolCallPart[] } }> }

/** `text` cut into `count` consecutive pieces of near-equal length (count >= 1). */
export function cutInto(text: string, count: number): string[] {
  return Array.from({ length: count }, (_, k) => text.slice(Math.floor((k * text.length) / count), Math.floor(((k + 1) * text.length) / count)));
}

/**
 * A recorded tool-call stream with our tools in it: call i gets `calls[i]`'s name in the delta that
 * named the recorded function, and its arguments cut into as many pieces as the recorded call had
 * non-empty argument deltas, one piece per delta. Every other byte (other chunks, ids, indexes,
 * empty `arguments: ""` headers, finish_reason, the usage chunk) stays as recorded.
 */
export function substituteToolCalls(sse: string, calls: Array<{ name: string; arguments: string }>): string {
  const events = sse.split('\n\n');
  const chunks = new Map<number, RecordedChunk>();
  const parts = new Map<number, { names: ToolCallPart[]; fragments: ToolCallPart[] }>();
  events.forEach((event, position) => {
    if (!event.startsWith('data: {')) return;
    const chunk = JSON.parse(event.slice(6)) as RecordedChunk;
    for (const part of chunk.choices.flatMap((c) => c.delta?.tool_calls ?? [])) {
      chunks.set(position, chunk);
      const call = parts.get(part.index) ?? { names: [], fragments: [] };
      parts.set(part.index, call);
      if (part.function?.name !== undefined) call.names.push(part);
      if (part.function?.arguments) call.fragments.push(part);
    }
  });
  if (parts.size !== calls.length) throw new Error(`the recording has ${parts.size} tool calls, ${calls.length} given`);
  for (const [index, call] of parts) {
    const ours = calls[index];
    if (!ours || call.names.length === 0 || call.fragments.length === 0) throw new Error(`recorded tool call ${index} cannot take a substitute`);
    for (const part of call.names) part.function!.name = ours.name;
    cutInto(ours.arguments, call.fragments.length).forEach((piece, k) => (call.fragments[k]!.function!.arguments = piece));
  }
  for (const [position, chunk] of chunks) events[position] = `data: ${JSON.stringify(chunk)}`;
  return events.join('\n\n');
}

/** A recorded chat.completion whose assistant content is `content`; the rest stays byte for byte. */
export function substituteContent(json: string, content: string): string {
  const recorded = (JSON.parse(json) as { choices: Array<{ message: { content: string | null } }> }).choices[0]?.message.content;
  const literal = JSON.stringify(recorded);
  if (typeof recorded !== 'string' || json.split(literal).length !== 2) throw new Error('the recorded content is not one string literal in the body');
  return json.replace(literal, () => JSON.stringify(content));
}
