import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { completionChunks, writeChunks, type FakeStreamOptions, type StreamParts } from './fake-openai-stream';
import type { FakeResponse, LoopbackServer, RecordedRequest } from './loopback-http';

export type { FakeStreamOptions } from './fake-openai-stream';

/** The parts of a Chat Completions request body tests look at (the rest is kept as sent). */
export interface ChatRequestBody {
  model: string;
  messages: Array<{ role: string; content?: unknown; tool_calls?: unknown; tool_call_id?: string; name?: string }>;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  tools?: Array<{ type: 'function'; function: { name: string; description?: string; parameters?: unknown } }>;
  tool_choice?: unknown;
  [key: string]: unknown;
}

interface FakeToolCall {
  name: string;
  /** An object is JSON-encoded; a string is sent as is (to script malformed arguments). */
  arguments: unknown;
  id?: string;
}

/**
 * One scripted answer to POST /v1/chat/completions. A request with `stream: true` gets the same
 * answer as `chat.completion.chunk` events (shaped by `stream`); without it, one `chat.completion`.
 */
export type FakeChatReply =
  /** An assistant message whose content is this exact text (script invalid JSON with it); an array is streamed as exactly those deltas. */
  | { content: string | string[]; stream?: FakeStreamOptions }
  /** An assistant message whose content is JSON.stringify(json). */
  | { json: unknown; stream?: FakeStreamOptions }
  /** An assistant message calling tools (finish_reason "tool_calls"). */
  | { toolCalls: FakeToolCall[]; content?: string | null; stream?: FakeStreamOptions }
  /** The model refuses (message.refusal). */
  | { refusal: string; stream?: FakeStreamOptions }
  /** An HTTP error in OpenAI's error shape (429, 500...); headers e.g. { 'retry-after-ms': '1' }. */
  | { status: number; message?: string; headers?: Record<string, string> }
  /** Never answer (client timeouts). */
  | { hang: true };

type FakeChatScript = FakeChatReply[] | ((body: ChatRequestBody, callIndex: number) => FakeChatReply | Promise<FakeChatReply>);

export interface FakeOpenAi extends LoopbackServer {
  /** Base URL including /v1, as OPENAI_BASE_URL / the `openai` client's baseURL expects. */
  baseURL: string;
  /** Parsed bodies of every chat completion request, in order. */
  chatRequests: ChatRequestBody[];
  /** Replace the script (e.g. between test cases). */
  setScript(script: FakeChatScript): void;
}

export const FAKE_OPENAI_MODEL = 'fake-model';

type MessageReply = Exclude<FakeChatReply, { hang: true } | { status: number }>;

/** The assistant message a reply stands for, with OpenAI's field names. */
function messageParts(reply: MessageReply, index: number): StreamParts {
  if ('toolCalls' in reply) {
    return {
      content: reply.content ?? null,
      refusal: null,
      toolCalls: reply.toolCalls.map((call, i) => ({
        id: call.id ?? `call_${index}_${i}`,
        name: call.name,
        arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments),
      })),
      finishReason: 'tool_calls',
    };
  }
  if ('refusal' in reply) return { content: null, refusal: reply.refusal, finishReason: 'stop' };
  return { content: 'json' in reply ? JSON.stringify(reply.json) : reply.content, refusal: null, finishReason: 'stop' };
}

function errorResponse(reply: { status: number; message?: string; headers?: Record<string, string> }): FakeResponse {
  const type = reply.status === 429 ? 'rate_limit_exceeded' : reply.status >= 500 ? 'server_error' : 'invalid_request_error';
  return { status: reply.status, headers: reply.headers, body: { error: { message: reply.message ?? `fake error ${reply.status}`, type, param: null, code: type } } };
}

function completion(body: ChatRequestBody, reply: MessageReply, index: number): FakeResponse {
  const parts = messageParts(reply, index);
  const message: Record<string, unknown> = {
    role: 'assistant',
    content: Array.isArray(parts.content) ? parts.content.join('') : parts.content,
    refusal: parts.refusal,
  };
  if (parts.toolCalls) message.tool_calls = parts.toolCalls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } }));
  return {
    body: {
      id: `chatcmpl-fake-${index}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message, finish_reason: parts.finishReason, logprobs: null }],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    },
  };
}

function send(res: ServerResponse, response: FakeResponse): void {
  if (response.delayMs === 'hang') return;
  const write = () => {
    res.writeHead(response.status ?? 200, { 'content-type': 'application/json', ...response.headers });
    res.end(JSON.stringify(response.body ?? {}));
  };
  if (response.delayMs) setTimeout(write, response.delayMs);
  else write();
}

/**
 * An OpenAI-compatible server on loopback for the real `openai` client: POST /v1/chat/completions
 * answers from a script (a queue of replies, or a function of the request body and call index),
 * streamed as server-sent chunks when the request says `stream: true`; a drained queue answers 500
 * so an unexpected extra call fails loudly. GET /v1/models lists one model.
 */
export async function startFakeOpenAi(initial: FakeChatScript = []): Promise<FakeOpenAi> {
  let script = initial;
  const chatRequests: ChatRequestBody[] = [];
  const requests: RecordedRequest[] = [];

  const answer = async (request: RecordedRequest, res: ServerResponse): Promise<void> => {
    if (request.method === 'GET' && request.path === '/v1/models') {
      return send(res, { body: { object: 'list', data: [{ id: FAKE_OPENAI_MODEL, object: 'model', created: 0, owned_by: 'fake' }] } });
    }
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions') {
      return send(res, { status: 404, body: { error: { message: `fake-openai: no route ${request.method} ${request.path}`, type: 'invalid_request_error' } } });
    }
    let body: ChatRequestBody;
    try {
      body = JSON.parse(request.body) as ChatRequestBody;
    } catch {
      return send(res, { status: 400, body: { error: { message: 'fake-openai: body is not JSON', type: 'invalid_request_error' } } });
    }
    const index = chatRequests.length;
    chatRequests.push(body);
    const reply = Array.isArray(script) ? script[index] : await script(body, index);
    if (!reply) return send(res, { status: 500, body: { error: { message: `fake-openai: no scripted reply for call ${index}`, type: 'server_error' } } });
    if ('hang' in reply) return send(res, { delayMs: 'hang' });
    if ('status' in reply) return send(res, errorResponse(reply));
    if (body.stream !== true) return send(res, completion(body, reply, index));
    const chunks = completionChunks(messageParts(reply, index), { id: `chatcmpl-fake-${index}`, model: body.model }, reply.stream);
    await writeChunks(res, chunks, reply.stream);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      requests.push(recorded);
      answer(recorded, res).catch((error: unknown) => (res.headersSent ? res.destroy() : send(res, { status: 500, body: { message: String(error) } })));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const loopback: LoopbackServer = {
    url,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  return {
    ...loopback,
    baseURL: `${url}/v1`,
    chatRequests,
    setScript(next) {
      script = next;
      chatRequests.length = 0;
    },
  };
}
