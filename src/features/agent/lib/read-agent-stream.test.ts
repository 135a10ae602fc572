import { describe, expect, it } from 'vitest';
import type { AgentEvent } from './agent-events';
import { AgentStreamError } from './agent-events';
import { sampleResponse, sampleSwap } from './proposal-fixtures';
import { MAX_EVENT_CHARS, readAgentStream } from './read-agent-stream';

const sse = (event: string, data: unknown) => `event: ${event}\ndata: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;

/** A byte stream delivering `text` in chunks of `size` bytes (so chunks split UTF-8 characters and lines). */
function byteStream(text: string, size: number): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  const bytes = new TextEncoder().encode(text);
  let offset = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

async function collect(text: string, size = 7): Promise<{ events: AgentEvent[]; error?: unknown; cancelled: boolean }> {
  const events: AgentEvent[] = [];
  const { stream, cancelled } = byteStream(text, size);
  try {
    await readAgentStream(stream, (event) => events.push(event));
    return { events, cancelled: cancelled() };
  } catch (error) {
    return { events, error, cancelled: cancelled() };
  }
}

const meta = sse('meta', { conversationId: 'c-1', brain: 'offline' });
const done = sse('done', sampleResponse({ reply: 'Swap “ready” ✓' }));

describe('readAgentStream', () => {
  it('delivers validated events in order, whatever the chunk size, including split multi-byte characters', async () => {
    const text = meta + sse('delta', { text: 'Swap “ready” ✓' }) + sse('proposal', sampleSwap()) + done;
    for (const size of [1, 2, 3, 5, 64, 100_000]) {
      const { events, error } = await collect(text, size);
      expect(error).toBeUndefined();
      expect(events.map((e) => e.type)).toEqual(['meta', 'delta', 'proposal', 'done']);
      expect(events[1]).toEqual({ type: 'delta', text: 'Swap “ready” ✓' });
    }
  });

  it('stops reading at done and ignores anything after it', async () => {
    const { events, error, cancelled } = await collect(meta + done + sse('proposal', sampleSwap()) + sse('delta', '{bad'));
    expect(error).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(['meta', 'done']);
    expect(cancelled).toBe(true);
  });

  it('stops at an error event and hands it on', async () => {
    const { events, error } = await collect(meta + sse('error', { error: 'the agent failed; please try again' }));
    expect(error).toBeUndefined();
    expect(events.at(-1)).toEqual({ type: 'error', error: 'the agent failed; please try again' });
  });

  it('a malformed proposal throws a clear error and nothing from it or after it is delivered', async () => {
    const bad = { ...sampleSwap(), fromAmount: '-5' };
    const { events, error } = await collect(meta + sse('proposal', bad) + sse('proposal', sampleSwap()) + done);
    expect(error).toBeInstanceOf(AgentStreamError);
    expect((error as Error).message).toMatch(/malformed "proposal" event \(fromAmount/);
    expect(events.map((e) => e.type)).toEqual(['meta']);
  });

  it('reads CRLF and CR line ends, also when a CRLF is split between chunks', async () => {
    const text = meta + sse('delta', { text: 'Hi' }) + done;
    for (const lineEnd of ['\r\n', '\r']) {
      for (const size of [1, 2, 3, 7]) {
        const { events, error } = await collect(text.replace(/\n/g, lineEnd), size);
        expect(error, `${JSON.stringify(lineEnd)} in chunks of ${size}`).toBeUndefined();
        expect(events.map((e) => e.type)).toEqual(['meta', 'delta', 'done']);
      }
    }
  });

  it('joins multi-line data and ignores comments, ids, retry and unknown fields', async () => {
    const text = ': keep-alive\n' + meta + 'id: 7\nretry: 100\nfoo: bar\nevent: delta\ndata: {"text":\ndata:"a\\nb"}\n\n' + done;
    const { events, error } = await collect(text, 5);
    expect(error).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(['meta', 'delta', 'done']);
    expect(events[1]).toEqual({ type: 'delta', text: 'a\nb' });
  });

  it('does not let an event name without data leak into the next event', async () => {
    const { events, error } = await collect(meta + 'event: done\n\n' + `data: ${JSON.stringify({ text: 'x' })}\n\n` + done);
    expect(events.map((e) => e.type)).toEqual(['meta']);
    expect((error as Error).message).toMatch(/unknown event "message"/);
  });

  it('refuses an event that never ends instead of buffering it', async () => {
    const { events, error, cancelled } = await collect(meta + `event: delta\ndata: "${'x'.repeat(MAX_EVENT_CHARS)}`, 64 * 1024);
    expect(events.map((e) => e.type)).toEqual(['meta']);
    expect(error).toBeInstanceOf(AgentStreamError);
    expect((error as Error).message).toMatch(/longer than/);
    expect(cancelled).toBe(true);
  });

  it('a stream that ends before done was cut off', async () => {
    const { events, error } = await collect(meta + sse('delta', { text: 'Half' }) + 'event: done\ndata: {"conv');
    expect(events.map((e) => e.type)).toEqual(['meta', 'delta']);
    expect((error as Error).message).toBe('The answer was cut off before it finished. Retry to ask again.');
    expect((await collect('')).error).toBeInstanceOf(AgentStreamError);
    // a complete done event still needs its closing blank line
    const unclosed = await collect(meta + `event: done\ndata: ${JSON.stringify(sampleResponse())}\n`);
    expect(unclosed.events.map((e) => e.type)).toEqual(['meta']);
    expect(unclosed.error).toBeInstanceOf(AgentStreamError);
  });
});
