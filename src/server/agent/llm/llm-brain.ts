import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ServerConfig } from '../../config';
import type { Brain, BrainInput } from '../brain';
import { safeText } from '../proposals/safe-text';
import { fencedArticle, systemPrompt } from './system-prompt';
import { executeTool } from './tool-handlers';
import { AGENT_TOOLS } from './tool-schemas';

/** Model answers that may call tools; the call after the last round must be a plain answer. */
export const MAX_TOOL_ROUNDS = 4;
const MAX_CALLS_PER_ROUND = 8;
const MAX_RETRIES = 2;
const TIMEOUT_MS = 30_000;
const MAX_REPLY_CHARS = 4000;

type OpenAiSettings = NonNullable<ServerConfig['openai']>;

function failureWords(error: unknown): string {
  if (error instanceof OpenAI.APIError && error.status === 429) return 'is rate limited right now';
  if (error instanceof OpenAI.APIConnectionTimeoutError) return 'did not answer in time';
  if (error instanceof OpenAI.APIError && error.status !== undefined) return `answered with an error (${error.status})`;
  return 'could not be reached';
}

/** The LLM brain: Chat Completions with read-only and propose-only tools, a bounded loop, nothing trusted. */
export function createLlmBrain(settings: OpenAiSettings, log: (message: string) => void = () => {}): Brain {
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, maxRetries: MAX_RETRIES, timeout: TIMEOUT_MS });

  return {
    name: 'openai',
    respond: async (input: BrainInput) => {
      const { turn, desk } = input;
      const messages: ChatCompletionMessageParam[] = [
        { role: 'system', content: systemPrompt(turn.address !== null) },
        ...input.history.map((t) => ({ role: t.role, content: t.content })),
      ];
      if (turn.requestArticle) messages.push({ role: 'user', content: fencedArticle(turn.requestArticle) });
      messages.push({ role: 'user', content: input.message });
      const withdraw = (why: string) => {
        desk.discardAccepted(why);
        return why;
      };

      for (let round = 0; round <= MAX_TOOL_ROUNDS; round += 1) {
        let message: OpenAI.Chat.Completions.ChatCompletionMessage | undefined;
        try {
          const completion = await client.chat.completions.create({ model: settings.model, messages, tools: AGENT_TOOLS, tool_choice: 'auto' });
          message = completion.choices?.[0]?.message;
        } catch (error) {
          log(`agent: model call failed: ${error instanceof Error ? error.message : String(error)}`);
          withdraw('the AI model stopped answering before it finished, so its suggestions were withdrawn');
          return { reply: `The AI model ${failureWords(error)}, so I made no proposals. Please try again in a minute.` };
        }
        const calls = message?.tool_calls ?? [];
        if (calls.length === 0) {
          const text = message?.content ?? message?.refusal ?? '';
          return { reply: safeText(text.trim(), { userAddress: turn.address, maxLength: MAX_REPLY_CHARS }) || 'I have no answer to that.' };
        }
        if (round === MAX_TOOL_ROUNDS) break;
        messages.push({ role: 'assistant', content: message?.content ?? null, tool_calls: calls });
        for (const [index, call] of calls.entries()) {
          const content = call.type !== 'function'
            ? JSON.stringify({ ok: false, error: 'only function tools exist' })
            : index >= MAX_CALLS_PER_ROUND
              ? JSON.stringify({ ok: false, error: `at most ${MAX_CALLS_PER_ROUND} tool calls per step` })
              : await executeTool(input, call.function.name, call.function.arguments);
          messages.push({ role: 'tool', tool_call_id: call.id, content });
        }
      }
      withdraw(`the AI model needed more than ${MAX_TOOL_ROUNDS} tool steps, so its suggestions were withdrawn`);
      return { reply: `The AI model did not reach an answer within ${MAX_TOOL_ROUNDS} steps, so I made no proposals. Try asking more specifically.` };
    },
  };
}
