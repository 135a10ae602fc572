import { startLoopbackServer, type FakeResponse, type LoopbackServer } from './loopback-http';

/** The parts of a Chat Completions request body tests look at (the rest is kept as sent). */
export interface ChatRequestBody {
  model: string;
  messages: Array<{ role: string; content?: unknown; tool_calls?: unknown; tool_call_id?: string; name?: string }>;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  tools?: Array<{ type: 'function'; function: { name: string; description?: string; parameters?: unknown } }>;
  tool_choice?: unknown;
  [key: string]: unknown;
}

export interface FakeToolCall {
  name: string;
  /** An object is JSON-encoded; a string is sent as is (to script malformed arguments). */
  arguments: unknown;
  id?: string;
}

/** One scripted answer to POST /v1/chat/completions. */
export type FakeChatReply =
  /** An assistant message whose content is this exact text (script invalid JSON with it). */
  | { content: string }
  /** An assistant message whose content is JSON.stringify(json). */
  | { json: unknown }
  /** An assistant message calling tools (finish_reason "tool_calls"). */
  | { toolCalls: FakeToolCall[]; content?: string | null }
  /** The model refuses (message.refusal). */
  | { refusal: string }
  /** An HTTP error in OpenAI's error shape (429, 500...); headers e.g. { 'retry-after-ms': '1' }. */
  | { status: number; message?: string; headers?: Record<string, string> }
  /** Never answer (client timeouts). */
  | { hang: true };

export type FakeChatScript = FakeChatReply[] | ((body: ChatRequestBody, callIndex: number) => FakeChatReply | Promise<FakeChatReply>);

export interface FakeOpenAi extends LoopbackServer {
  /** Base URL including /v1, as OPENAI_BASE_URL / the `openai` client's baseURL expects. */
  baseURL: string;
  /** Parsed bodies of every chat completion request, in order. */
  chatRequests: ChatRequestBody[];
  /** Replace the script (e.g. between test cases). */
  setScript(script: FakeChatScript): void;
}

export const FAKE_OPENAI_MODEL = 'fake-model';

function completion(body: ChatRequestBody, reply: FakeChatReply, index: number): FakeResponse {
  if ('hang' in reply) return { delayMs: 'hang' };
  if ('status' in reply) {
    const type = reply.status === 429 ? 'rate_limit_exceeded' : reply.status >= 500 ? 'server_error' : 'invalid_request_error';
    return { status: reply.status, headers: reply.headers, body: { error: { message: reply.message ?? `fake error ${reply.status}`, type, param: null, code: type } } };
  }
  let message: Record<string, unknown> = { role: 'assistant', content: null, refusal: null };
  let finishReason = 'stop';
  if ('content' in reply && !('toolCalls' in reply)) message.content = reply.content;
  else if ('json' in reply) message.content = JSON.stringify(reply.json);
  else if ('refusal' in reply) message.refusal = reply.refusal;
  else if ('toolCalls' in reply) {
    finishReason = 'tool_calls';
    message = {
      ...message,
      content: reply.content ?? null,
      tool_calls: reply.toolCalls.map((call, i) => ({
        id: call.id ?? `call_${index}_${i}`,
        type: 'function',
        function: { name: call.name, arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments) },
      })),
    };
  }
  return {
    body: {
      id: `chatcmpl-fake-${index}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model: body.model,
      choices: [{ index: 0, message, finish_reason: finishReason, logprobs: null }],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    },
  };
}

/**
 * An OpenAI-compatible server on loopback for the real `openai` client: POST /v1/chat/completions
 * answers from a script (a queue of replies, or a function of the request body and call index);
 * a drained queue answers 500 so an unexpected extra call fails loudly. GET /v1/models lists one model.
 */
export async function startFakeOpenAi(initial: FakeChatScript = []): Promise<FakeOpenAi> {
  let script = initial;
  const chatRequests: ChatRequestBody[] = [];
  const server = await startLoopbackServer(async (request) => {
    if (request.method === 'GET' && request.path === '/v1/models') {
      return { body: { object: 'list', data: [{ id: FAKE_OPENAI_MODEL, object: 'model', created: 0, owned_by: 'fake' }] } };
    }
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions') {
      return { status: 404, body: { error: { message: `fake-openai: no route ${request.method} ${request.path}`, type: 'invalid_request_error' } } };
    }
    let body: ChatRequestBody;
    try {
      body = JSON.parse(request.body) as ChatRequestBody;
    } catch {
      return { status: 400, body: { error: { message: 'fake-openai: body is not JSON', type: 'invalid_request_error' } } };
    }
    const index = chatRequests.length;
    chatRequests.push(body);
    const reply = Array.isArray(script) ? script[index] : await script(body, index);
    if (!reply) return { status: 500, body: { error: { message: `fake-openai: no scripted reply for call ${index}`, type: 'server_error' } } };
    return completion(body, reply, index);
  });
  return {
    ...server,
    baseURL: `${server.url}/v1`,
    chatRequests,
    setScript(next) {
      script = next;
      chatRequests.length = 0;
    },
  };
}
