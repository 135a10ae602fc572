import { agentChatRequestSchema, type AgentChatRequest } from '@/domain/proposal';

export type ParsedChatRequest = { ok: true; request: AgentChatRequest } | { ok: false; error: string };

const ALLOWED = 'message, address, articleId, conversationId';

/** Parses a chat body into one 400 message naming each bad field; conversation turns from the client are refused. */
export function parseChatRequest(text: string): ParsedChatRequest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'body: must be a JSON object' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, error: 'body: must be a JSON object' };
  const parsed = agentChatRequestSchema.safeParse(json);
  if (parsed.success) {
    // PostgreSQL text cannot hold U+0000: storing or looking one up would fail the turn after it was admitted.
    const withNul = Object.entries(parsed.data).filter(([, value]) => typeof value === 'string' && value.includes('\u0000')).map(([field]) => field);
    if (withNul.length > 0) return { ok: false, error: withNul.map((field) => `${field}: must not contain NUL (U+0000) characters`).join('; ') };
    return { ok: true, request: parsed.data };
  }
  const problems = parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `${issue.keys.map((key) => key.slice(0, 40)).join(', ')}: not accepted (send only ${ALLOWED}; the server keeps the conversation)`;
    }
    const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
    return `${field}: ${issue.message}`;
  });
  return { ok: false, error: problems.join('; ') };
}
