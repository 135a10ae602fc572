import { useRef } from 'react';
import { queueAgentMessage, useQueuedAgentMessage } from '../hooks/agent-draft';
import { AgentComposer } from './agent-composer';
import { AgentIntro } from './agent-intro';
import { AgentPanelFrame } from './agent-panel-frame';

interface AgentPanelShellProps {
  onConnect?: () => void;
  connectBusy?: boolean;
  /** A suggestion was pressed or a message sent: time to load the real panel, which sends it. */
  onUse?: () => void;
}

/**
 * The agent panel as it first looks, without the conversation code: painted until the real panel loads.
 * Text typed here stays in the draft store and a message sent here is queued for the real panel.
 */
export function AgentPanelShell({ onConnect, connectBusy, onUse }: AgentPanelShellProps) {
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const asked = useQueuedAgentMessage() !== null;
  const send = (message: string) => {
    queueAgentMessage(message);
    onUse?.();
  };
  return (
    <AgentPanelFrame standIn onConnect={onConnect} connectBusy={connectBusy} composer={<AgentComposer busy={asked} onSend={send} inputRef={inputRef} />}>
      <AgentIntro onSuggestion={send} disabled={asked} />
    </AgentPanelFrame>
  );
}
