import { visibleProposals, type ConversationState } from './conversation';

/**
 * What the polite live region says about the latest answer. It speaks once when streaming starts and
 * once with the whole reply, instead of every streamed fragment. Failures are announced by their own alert.
 */
export function announcement(state: ConversationState): string {
  const last = state.turns.at(-1);
  if (last?.kind !== 'agent') return '';
  if (last.status === 'streaming') return 'The agent is answering…';
  if (last.status === 'failed') return '';
  const count = visibleProposals(last).length;
  const cards = count === 0 ? '' : count === 1 ? ' 1 proposal below.' : ` ${count} proposals below.`;
  const dropped = last.dropped.length === 0 ? '' : ` ${last.dropped.length} left out.`;
  return `Agent: ${last.text}${cards}${dropped}`;
}
