/** One server-sent event as dispatched by the HTML event-stream rules (before any validation). */
export interface SseMessage {
  event: string;
  data: string;
}

export interface SseParser {
  /** Feeds one decoded chunk; returns the events it completed. Chunks may split lines, even a CRLF. */
  push(chunk: string): SseMessage[];
  /**
   * The stream ended. An event without its closing blank line is dropped, as browsers do; returns
   * true when something was dropped that way (the answer was cut off).
   */
  end(): boolean;
}

export class SseError extends Error {}

/** No legitimate event of ours comes near this; a stream that never ends a line is refused instead of buffered forever. */
export const MAX_SSE_LINE_CHARS = 1_000_000;

/**
 * Incremental text/event-stream parser (the WHATWG rules): lines end in CRLF, LF or CR; `event:` and
 * `data:` fields, multi-line data joined with "\n", comments and unknown fields ignored, one leading
 * space after the colon removed. Events with no data are not dispatched.
 */
export function createSseParser(): SseParser {
  let buffer = '';
  let pendingCr = false;
  let eventName = '';
  let dataLines: string[] = [];
  let hasData = false;

  function dispatch(out: SseMessage[]) {
    if (hasData) out.push({ event: eventName || 'message', data: dataLines.join('\n') });
    eventName = '';
    dataLines = [];
    hasData = false;
  }

  function line(text: string, out: SseMessage[]) {
    if (text === '') return dispatch(out);
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') eventName = value;
    else if (field === 'data') {
      dataLines.push(value);
      hasData = true;
    }
  }

  return {
    push(chunk) {
      const out: SseMessage[] = [];
      let text = chunk;
      // A CR ended the previous chunk: an LF opening this one belongs to the same line break.
      if (pendingCr && text.startsWith('\n')) text = text.slice(1);
      pendingCr = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i += 1) {
        const char = buffer[i];
        if (char !== '\n' && char !== '\r') continue;
        line(buffer.slice(start, i), out);
        if (char === '\r') {
          if (i + 1 === buffer.length) pendingCr = true;
          else if (buffer[i + 1] === '\n') i += 1;
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
      if (buffer.length > MAX_SSE_LINE_CHARS) throw new SseError(`an event-stream line is longer than ${MAX_SSE_LINE_CHARS} characters`);
      return out;
    },
    end() {
      const cutOff = buffer !== '' || hasData || eventName !== '';
      buffer = '';
      eventName = '';
      dataLines = [];
      hasData = false;
      pendingCr = false;
      return cutOff;
    },
  };
}
