import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ServerConfig } from '../../config';
import type { Brain, BrainInput } from '../brain';
import { createSafeTextStream } from '../proposals/safe-text-stream';
import { failureWords, streamRound } from './model-call';
import type { StreamedRound } from './read-round';
import { fencedArticle, systemPrompt } from './system-prompt';
import { executeTool } from './tool-handlers';
import { AGENT_TOOLS } from './tool-schemas';

/** Model answers that may call tools; the call after the last round must be a plain answer. */
const MAX_TOOL_ROUNDS = 4;
const MAX_CALLS_PER_ROUND = 8;
const MAX_RETRIES = 2;
const TIMEOUT_MS = 30_000;
const MAX_REPLY_CHARS = 4000;

type OpenAiSettings = NonNullable<ServerConfig['openai']>;

/** Finish reasons of an answer the model did not complete, as words after "the AI model's answer". */
const UNFINISHED = new Map([
  ['length', 'was cut off at its length limit'],
  ['content_filter', 'was stopped by its content filter'],
]);

function openingMessages(input: BrainInput): ChatCompletionMessageParam[] {
  const { turn } = input;
  const messages: ChatCompletionMessageParam[] = [
    { role: 'system', content: systemPrompt(turn.address !== null) },
    ...input.history.map((t) => ({ role: t.role, content: t.content })),
  ];
  if (turn.requestArticle) messages.push({ role: 'user', content: fencedArticle(turn.requestArticle) });
  messages.push({ role: 'user', content: input.message });
  return messages;
}

async function toolMessages(input: BrainInput, round: StreamedRound): Promise<ChatCompletionMessageParam[]> {
  const messages: ChatCompletionMessageParam[] = [{
    role: 'assistant',
    content: round.content || null,
    tool_calls: round.toolCalls.map((call) => ({ id: call.id, type: 'function', function: { name: call.name, arguments: call.arguments } })),
  }];
  for (const [index, call] of round.toolCalls.entries()) {
    const content = call.type !== 'function'
      ? JSON.stringify({ ok: false, error: 'only function tools exist' })
      : index >= MAX_CALLS_PER_ROUND
        ? JSON.stringify({ ok: false, error: `at most ${MAX_CALLS_PER_ROUND} tool calls per step` })
        : await executeTool(input, call.name, call.arguments);
    messages.push({ role: 'tool', tool_call_id: call.id, content });
  }
  return messages;
}

/**
 * The LLM brain: Chat Completions with read-only and propose-only tools, a bounded loop, nothing
 * trusted. Every round is streamed: its words reach the user as they arrive (address-redacted on the
 * way), its tool calls run only once the round's stream completed.
 */
export function createLlmBrain(settings: OpenAiSettings, log: (message: string) => void = () => {}): Brain {
  const client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, maxRetries: MAX_RETRIES, timeout: TIMEOUT_MS });
  return {
    name: 'openai',
    respond: async (input: BrainInput) => {
      const { turn, desk } = input;
      const messages = openingMessages(input);
      const words = createSafeTextStream({ userAddress: turn.address, maxLength: MAX_REPLY_CHARS, send: input.say });
      const giveUp = (why: string, reply: string) => {
        words.end();
        desk.discardAccepted(why);
        return { reply };
      };
      for (let round = 0; round <= MAX_TOOL_ROUNDS; round += 1) {
        let streamed: StreamedRound;
        try {
          const params = { model: settings.model, messages, tools: AGENT_TOOLS, tool_choice: 'auto' as const };
          streamed = await streamRound(client, params, (text) => words.push(text), input.signal);
        } catch (error) {
          log(`agent: model call failed: ${error instanceof Error ? error.message : String(error)}`);
          return giveUp('the AI model stopped answering before it finished, so its suggestions were withdrawn', `The AI model ${failureWords(error)}, so I made no proposals. Please try again in a minute.`);
        }
        const unfinished = UNFINISHED.get(streamed.finishReason);
        if (unfinished) {
          // The answer (and any tool call in it) may be cut mid-way: nothing of it runs, nothing proposed stands.
          log(`agent: model answer ended with finish_reason ${streamed.finishReason}`);
          return giveUp(`the AI model's answer ${unfinished}, so its suggestions were withdrawn`, `The AI model's answer ${unfinished}, so I made no proposals. Try asking something shorter.`);
        }
        if (streamed.toolCalls.length === 0) {
          words.end();
          return { reply: words.sent === 0 ? 'I have no answer to that.' : '' };
        }
        if (round === MAX_TOOL_ROUNDS) break;
        // Words of the next round start a new paragraph (held, so nothing is sent if none come).
        if (streamed.content || streamed.refusal) words.push('\n\n');
        messages.push(...(await toolMessages(input, streamed)));
      }
      return giveUp(
        `the AI model needed more than ${MAX_TOOL_ROUNDS} tool steps, so its suggestions were withdrawn`,
        `The AI model did not reach an answer within ${MAX_TOOL_ROUNDS} steps, so I made no proposals. Try asking more specifically.`,
      );
    },
  };
}
