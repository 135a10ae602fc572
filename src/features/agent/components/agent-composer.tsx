import { useId, useState, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import { readAgentDraft, writeAgentDraft } from '../hooks/agent-draft';

const MAX_MESSAGE_CHARS = 2000;

interface AgentComposerProps {
  busy: boolean;
  onSend: (message: string) => void;
  inputRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * Message box: Enter sends, Shift+Enter starts a new line. Stays focusable while an answer streams; only sending waits.
 * The text is kept in the draft store, so a composer that replaces another (stand-in, then real panel) starts with it.
 */
export function AgentComposer({ busy, onSend, inputRef }: AgentComposerProps) {
  const [text, setDraft] = useState(readAgentDraft);
  const setText = (next: string) => {
    setDraft(next);
    writeAgentDraft(next);
  };
  const inputId = useId();
  const hintId = useId();
  const canSend = !busy && text.trim().length > 0;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!canSend) return;
    onSend(text.trim());
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form className="agent-composer" onSubmit={submit}>
      <label htmlFor={inputId} className="sr-only">Message the agent</label>
      <textarea
        id={inputId}
        ref={inputRef}
        className="agent-input"
        rows={2}
        maxLength={MAX_MESSAGE_CHARS}
        placeholder="Ask about your holdings or a trade…"
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        aria-describedby={hintId}
      />
      <button type="submit" className="btn btn-primary agent-send" disabled={!canSend} aria-busy={busy}>
        {busy ? 'Answering…' : 'Send'}
      </button>
      <p id={hintId} className="sr-only">Enter sends, Shift+Enter adds a line.</p>
    </form>
  );
}
