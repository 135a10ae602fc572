import type { EventSourceMessage } from 'eventsource-parser';
import * as z from 'zod/mini';
import { agentChatResponseSchema, proposalSchema, type AgentChatResponse, type Proposal } from '@/domain/proposal';

const metaSchema = z.object({ conversationId: z.string().check(z.minLength(1), z.maxLength(80)), brain: z.enum(['openai', 'offline']) });
const deltaSchema = z.object({ text: z.string().check(z.maxLength(20_000)) });
const errorSchema = z.object({ error: z.string().check(z.minLength(1), z.maxLength(2000)) });

/** A validated event of POST /api/agent/chat/stream. */
export type AgentEvent =
  | { type: 'meta'; conversationId: string; brain: 'openai' | 'offline' }
  | { type: 'delta'; text: string }
  | { type: 'proposal'; proposal: Proposal }
  | { type: 'done'; response: AgentChatResponse }
  | { type: 'error'; error: string };

/** The stream broke the contract; nothing from the broken event is used. */
export class AgentStreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AgentStreamError';
  }
}

function parseData<T>(event: string, data: string, schema: z.ZodMiniType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw new AgentStreamError(`The agent sent a malformed "${event}" event (not JSON).`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || 'data'}: ${issue.message}` : 'unexpected shape';
    throw new AgentStreamError(`The agent sent a malformed "${event}" event (${where}).`);
  }
  return parsed.data;
}

/** Validates one server-sent event against the stream contract in src/domain/proposal.ts. */
export function parseAgentEvent(message: Pick<EventSourceMessage, 'event' | 'data'>): AgentEvent {
  switch (message.event) {
    case 'meta':
      return { type: 'meta', ...parseData('meta', message.data, metaSchema) };
    case 'delta':
      return { type: 'delta', text: parseData('delta', message.data, deltaSchema).text };
    case 'proposal':
      return { type: 'proposal', proposal: parseData('proposal', message.data, proposalSchema) };
    case 'done':
      return { type: 'done', response: parseData('done', message.data, agentChatResponseSchema) };
    case 'error':
      return { type: 'error', error: parseData('error', message.data, errorSchema).error };
    default:
      throw new AgentStreamError(`The agent sent an unknown event "${(message.event ?? 'message').slice(0, 40)}".`);
  }
}
