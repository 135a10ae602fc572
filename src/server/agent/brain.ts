import type { ProposalDesk } from './proposals/proposal-desk';
import type { TurnContext } from './turn-context';

interface ChatTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface BrainInput {
  message: string;
  /** Earlier turns of this conversation as the server stored them (never sent by the client). */
  history: ChatTurn[];
  turn: TurnContext;
  /** Every trade a brain wants to suggest goes through the desk; the brain never builds a Proposal itself. */
  desk: ProposalDesk;
  /**
   * Streams reply text to the user as it is produced. Only already-safe text (see safe-text-stream),
   * with no leading whitespace; it is part of the final reply, before BrainResult.reply.
   */
  say(text: string): void;
  /** Aborted when the user went away: stop calling the model. */
  signal?: AbortSignal;
}

interface BrainResult {
  /** Text after anything said through `say` (its own paragraph); the service appends why any proposal was dropped. */
  reply: string;
}

/** The offline intent reader or the LLM with tools: same input, same output, same proposal checks. */
export interface Brain {
  name: 'openai' | 'offline';
  respond(input: BrainInput): Promise<BrainResult>;
}
