import { AgentStreamError, parseAgentEvent, type AgentEvent } from './agent-events';
import { createSseParser } from './sse-parser';

/**
 * Reads an agent event stream to its end: every event is validated before `onEvent` sees it, reading
 * stops at `done` or `error`, and the first malformed event throws (nothing after it is used). A stream
 * that ends without `done` or `error` was cut off.
 */
export async function readAgentStream(body: ReadableStream<Uint8Array>, onEvent: (event: AgentEvent) => void): Promise<void> {
  const reader = body.getReader();
  // stream: true keeps a multi-byte character that is split across chunks for the next chunk.
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const parser = createSseParser();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const message of parser.push(decoder.decode(value, { stream: true }))) {
        const event = parseAgentEvent(message);
        onEvent(event);
        if (event.type === 'done' || event.type === 'error') return;
      }
    }
  } finally {
    // Stops the download when we leave early (terminal event, malformed event or abort).
    await reader.cancel().catch(() => undefined);
  }
  parser.end();
  throw new AgentStreamError('The answer was cut off before it finished. Retry to ask again.');
}
