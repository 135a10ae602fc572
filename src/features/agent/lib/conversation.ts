import type { Proposal } from '@/domain/proposal';
import type { AgentEvent } from './agent-events';
import type { ChatFailure } from './chat-error';

export interface UserTurn {
  kind: 'user';
  id: string;
  text: string;
  articleId: string | null;
}

export interface AgentTurn {
  kind: 'agent';
  id: string;
  text: string;
  status: 'streaming' | 'done' | 'failed';
  proposals: Proposal[];
  dismissed: string[];
  dropped: { reason: string }[];
  brain: 'openai' | 'offline' | null;
  failure: ChatFailure | null;
}

export type Turn = UserTurn | AgentTurn;

export interface ChatRequest {
  message: string;
  articleId: string | null;
}

export interface ConversationState {
  /** Given by the server on the first answer; the server keeps the history. */
  conversationId: string | null;
  turns: Turn[];
  /** The agent turn being streamed into, if any. */
  streamingTurnId: string | null;
  /** The last message sent, for "Retry". */
  lastRequest: ChatRequest | null;
  nextId: number;
}

export type ConversationAction =
  | { type: 'send'; request: ChatRequest }
  | { type: 'event'; turnId: string; event: AgentEvent }
  | { type: 'fail'; turnId: string; failure: ChatFailure }
  | { type: 'retry' }
  | { type: 'dismiss'; proposalId: string }
  | { type: 'reset' };

export const INITIAL_CONVERSATION: ConversationState = { conversationId: null, turns: [], streamingTurnId: null, lastRequest: null, nextId: 1 };

/** Pure state of one conversation with the agent. Events for a turn that is no longer streaming are ignored. */
export function conversationReducer(state: ConversationState, action: ConversationAction): ConversationState {
  switch (action.type) {
    case 'send':
      if (state.streamingTurnId) return state;
      return appendExchange(state, action.request);
    case 'retry': {
      const last = state.turns.at(-1);
      if (state.streamingTurnId || !state.lastRequest || last?.kind !== 'agent' || last.status !== 'failed') return state;
      // The failed exchange is replaced by the new attempt, so the question shows once.
      return appendExchange({ ...state, turns: state.turns.slice(0, -2) }, state.lastRequest);
    }
    case 'event':
      if (action.turnId !== state.streamingTurnId) return state;
      return applyEvent(state, action.turnId, action.event);
    case 'fail':
      if (action.turnId !== state.streamingTurnId) return state;
      // An answer that broke off shows no cards: only a finished answer confirms its proposals.
      return {
        ...updateAgentTurn(state, action.turnId, (turn) => ({ ...turn, status: 'failed', proposals: [], failure: action.failure })),
        streamingTurnId: null,
      };
    case 'dismiss':
      return {
        ...state,
        turns: state.turns.map((turn) =>
          turn.kind === 'agent' && turn.proposals.some((p) => p.id === action.proposalId) && !turn.dismissed.includes(action.proposalId)
            ? { ...turn, dismissed: [...turn.dismissed, action.proposalId] }
            : turn,
        ),
      };
    case 'reset':
      return { ...INITIAL_CONVERSATION, nextId: state.nextId };
  }
}

function appendExchange(state: ConversationState, request: ChatRequest): ConversationState {
  const userId = `t${state.nextId}`;
  const agentId = `t${state.nextId + 1}`;
  const agent: AgentTurn = { kind: 'agent', id: agentId, text: '', status: 'streaming', proposals: [], dismissed: [], dropped: [], brain: null, failure: null };
  return {
    ...state,
    turns: [...state.turns, { kind: 'user', id: userId, text: request.message, articleId: request.articleId }, agent],
    streamingTurnId: agentId,
    lastRequest: request,
    nextId: state.nextId + 2,
  };
}

function updateAgentTurn(state: ConversationState, turnId: string, update: (turn: AgentTurn) => AgentTurn): ConversationState {
  return { ...state, turns: state.turns.map((turn) => (turn.kind === 'agent' && turn.id === turnId ? update(turn) : turn)) };
}

function applyEvent(state: ConversationState, turnId: string, event: AgentEvent): ConversationState {
  switch (event.type) {
    case 'meta':
      return { ...updateAgentTurn(state, turnId, (turn) => ({ ...turn, brain: event.brain })), conversationId: event.conversationId };
    case 'delta':
      return updateAgentTurn(state, turnId, (turn) => ({ ...turn, text: turn.text + event.text }));
    case 'proposal':
      return updateAgentTurn(state, turnId, (turn) =>
        turn.proposals.some((p) => p.id === event.proposal.id) ? turn : { ...turn, proposals: [...turn.proposals, event.proposal] },
      );
    case 'done': {
      const { response } = event;
      // The final answer is authoritative: its reply and proposals replace what was streamed.
      const next = updateAgentTurn(state, turnId, (turn) => ({
        ...turn, status: 'done', text: response.reply, proposals: response.proposals, dropped: response.dropped, brain: response.brain,
      }));
      return { ...next, conversationId: response.conversationId, streamingTurnId: null };
    }
    case 'error':
      return conversationReducer(state, { type: 'fail', turnId, failure: { message: event.error, retryable: true } });
  }
}

/** Proposals of a turn that the user has not dismissed. */
export function visibleProposals(turn: AgentTurn): Proposal[] {
  return turn.proposals.filter((proposal) => !turn.dismissed.includes(proposal.id));
}
