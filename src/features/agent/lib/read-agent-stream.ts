import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { AgentStreamError, parseAgentEvent, type AgentEvent } from './agent-events';

/** No legitimate event of ours comes near this; a stream that never ends an event is refused instead of buffered forever. */
export const MAX_EVENT_CHARS = 1_000_000;

/**
 * Reads an agent event stream to its end: every event is validated before `onEvent` sees it, reading
 * stops at `done` or `error`, and the first malformed event throws (nothing after it is used). A stream
 * that ends without `done` or `error` was cut off (an event without its closing blank line is dropped).
 */
export async function readAgentStream(body: ReadableStream<Uint8Array>, onEvent: (event: AgentEvent) => void): Promise<void> {
  const reader = body.getReader();
  // stream: true keeps a multi-byte character that is split across chunks for the next chunk.
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const messages: EventSourceMessage[] = [];
  let tooLong = false;
  const parser = createParser({
    onEvent: (message) => messages.push(message),
    // Unknown fields and bad `retry` values are ignored, as browsers do; only an endless event stops us.
    onError: (error) => {
      if (error.type === 'max-buffer-size-exceeded') tooLong = true;
    },
    maxBufferSize: MAX_EVENT_CHARS,
  });
  let lastChar = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      // At the end a trailing CR is a whole line end; the parser would keep waiting for a possible LF.
      const text = done ? `${decoder.decode()}${lastChar === '\r' ? '\n' : ''}` : decoder.decode(value, { stream: true });
      if (text !== '') {
        lastChar = text.slice(-1);
        parser.feed(text);
      }
      if (tooLong) throw new AgentStreamError(`The agent sent an event longer than ${MAX_EVENT_CHARS} characters.`);
      for (const message of messages.splice(0)) {
        const event = parseAgentEvent(message);
        onEvent(event);
        if (event.type === 'done' || event.type === 'error') return;
      }
      if (done) break;
    }
  } finally {
    // Stops the download when we leave early (terminal event, malformed event or abort).
    await reader.cancel().catch(() => undefined);
  }
  throw new AgentStreamError('The answer was cut off before it finished. Retry to ask again.');
}
