import { useLayoutEffect, useRef } from 'react';
import type { ConversationState } from '../lib/conversation';
import { AgentReply, type ReplyActions } from './agent-reply';
import { UserMessage } from './user-message';

/**
 * The message list. When a question is asked or its answer completes, the list scrolls so the latest
 * question sits at the top (or the end is reached), keeping the answer and its cards in view.
 */
export function AgentConversation({ state, actions }: { state: ConversationState; actions: ReplyActions }) {
  const listRef = useRef<HTMLOListElement>(null);
  const last = state.turns.at(-1);
  const settledKey = `${state.turns.length}:${last?.kind === 'agent' ? last.status : ''}`;

  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const questions = list.querySelectorAll<HTMLElement>('.agent-turn-user');
    const question = questions[questions.length - 1];
    const end = list.scrollHeight - list.clientHeight;
    list.scrollTop = question ? Math.min(end, question.offsetTop - 8) : end;
  }, [settledKey]);

  return (
    // Focusable so keyboard users can scroll a long conversation.
    <ol ref={listRef} className="agent-messages" aria-label="Conversation" tabIndex={0}>
      {state.turns.map((turn, index) =>
        turn.kind === 'user' ? (
          <UserMessage key={turn.id} turn={turn} />
        ) : (
          <AgentReply key={turn.id} turn={turn} isLast={index === state.turns.length - 1} actions={actions} />
        ),
      )}
    </ol>
  );
}
