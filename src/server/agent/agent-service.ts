import { getAddress } from 'viem';
import { agentChatResponseSchema, type AgentChatRequest, type AgentChatResponse } from '@/domain/proposal';
import type { ServerContext } from '../context';
import { agentConversationsFor } from '../store/agent-conversations';
import { newsRepositoryFor } from '../store/news-repository';
import { getTokenService } from '../tokens/token-service';
import type { Brain } from './brain';
import { closingBlocks, openingBlocks } from './compose-reply';
import { createLlmBrain } from './llm/llm-brain';
import { createOfflineBrain } from './offline/offline-brain';
import { ProposalDesk } from './proposals/proposal-desk';
import { ReplyWriter } from './reply-writer';
import { createTurnContext } from './turn-context';
import { newsCheckNotes } from './news-check-notes';

const HISTORY_TURNS = 20;

interface ChatListeners {
  /** Fires as soon as the conversation id is known (the stream's first event). */
  onMeta?(meta: { conversationId: string; brain: Brain['name'] }): void;
  /** Each piece of the reply as it is written; their concatenation is the final `reply`. */
  onDelta?(text: string): void;
  /** Aborted when the client went away. */
  signal?: AbortSignal;
}

export interface AgentService {
  brain: Brain['name'];
  /** One chat turn. The reply streams through `onDelta`; proposals exist only in the returned, validated response. */
  chat(request: AgentChatRequest, listeners?: ChatListeners): Promise<AgentChatResponse>;
}

/** The OpenAI brain when OPENAI_API_KEY is set, else the offline one; both share the proposal checks. */
export function createAgentService(ctx: ServerContext, brain: Brain = ctx.config.openai ? createLlmBrain(ctx.config.openai, ctx.log) : createOfflineBrain()): AgentService {
  const conversations = agentConversationsFor(ctx.db);
  const news = newsRepositoryFor(ctx.db);
  return {
    brain: brain.name,
    chat: async (request, listeners = {}) => {
      const address = request.address ? getAddress(request.address.toLowerCase()) : null;
      const conversation = await conversations.open(request.conversationId, address);
      listeners.onMeta?.({ conversationId: conversation.id, brain: brain.name });
      const requestArticle = request.articleId ? await news.getById(request.articleId) : null;
      const history = conversation.continued ? await conversations.recentTurns(conversation.id, HISTORY_TURNS) : [];
      const tokens = getTokenService(ctx.config, ctx.log);
      const turn = createTurnContext({ config: ctx.config, address, tokens, news, requestArticle });
      const desk = new ProposalDesk(turn);

      const writer = new ReplyWriter(listeners.onDelta);
      for (const block of openingBlocks({ articleMissing: request.articleId !== undefined && requestArticle === null })) writer.paragraph(block);
      let brainReply: string;
      try {
        brainReply = (await brain.respond({ message: request.message, history, turn, desk, say: writer.write, signal: listeners.signal })).reply;
      } catch (error) {
        ctx.log(`agent: ${brain.name} brain failed: ${error instanceof Error ? error.stack : String(error)}`);
        desk.discardAccepted('the assistant failed before it finished, so its suggestions were withdrawn');
        brainReply = 'Something went wrong while I was working on that, so I made no proposals. Please try again.';
      }
      writer.paragraph(brainReply);
      const { proposals, dropped } = await desk.finish();
      // The same news check the trade review runs, for both brains, after the routes (and so their tools) are known.
      for (const note of await newsCheckNotes(ctx.db, proposals, address).catch(() => [])) writer.paragraph(note);
      for (const block of closingBlocks({ proposalCount: proposals.length, droppedReasons: dropped.map((d) => d.reason) })) writer.paragraph(block);
      const reply = writer.reply;
      await conversations.append(conversation.id, [{ role: 'user', content: request.message }, { role: 'assistant', content: reply }]);
      return agentChatResponseSchema.parse({ conversationId: conversation.id, reply, proposals, dropped, brain: brain.name });
    },
  };
}
