import { describe, expect, it } from 'vitest';
import { createSseParser, MAX_SSE_LINE_CHARS, SseError } from './sse-parser';

const STREAM = 'event: meta\ndata: {"a":1}\n\nevent: delta\ndata: {"text":"hi"}\n\n';

/** Feeds `text` split at every given offset and returns all events. */
function feedSplit(text: string, cuts: number[]) {
  const parser = createSseParser();
  const out = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    out.push(...parser.push(text.slice(from, cut)));
    from = cut;
  }
  return { out, cutOff: parser.end() };
}

describe('createSseParser', () => {
  it('parses named events with JSON data', () => {
    const { out, cutOff } = feedSplit(STREAM, []);
    expect(out).toEqual([
      { event: 'meta', data: '{"a":1}' },
      { event: 'delta', data: '{"text":"hi"}' },
    ]);
    expect(cutOff).toBe(false);
  });

  it('gives the same events at every possible chunk boundary', () => {
    const whole = feedSplit(STREAM, []).out;
    for (let cut = 1; cut < STREAM.length; cut += 1) expect(feedSplit(STREAM, [cut]).out).toEqual(whole);
    // one character at a time
    expect(feedSplit(STREAM, [...STREAM].map((_, i) => i).slice(1)).out).toEqual(whole);
  });

  it('accepts CRLF and CR line ends, also when a CRLF is split across chunks', () => {
    const crlf = STREAM.replace(/\n/g, '\r\n');
    const cr = STREAM.replace(/\n/g, '\r');
    const expected = feedSplit(STREAM, []).out;
    expect(feedSplit(crlf, []).out).toEqual(expected);
    expect(feedSplit(cr, []).out).toEqual(expected);
    for (let cut = 1; cut < crlf.length; cut += 1) expect(feedSplit(crlf, [cut]).out).toEqual(expected);
    for (let cut = 1; cut < cr.length; cut += 1) expect(feedSplit(cr, [cut]).out).toEqual(expected);
  });

  it('joins multi-line data, ignores comments, ids, unknown fields, and strips only one leading space', () => {
    const text = ': keep-alive\nid: 7\nretry: 100\nfoo: bar\nevent: delta\ndata:  two spaces\ndata:none\ndata\n\n';
    expect(feedSplit(text, []).out).toEqual([{ event: 'delta', data: ' two spaces\nnone\n' }]);
  });

  it('names an unnamed event "message" and does not dispatch events without data', () => {
    expect(feedSplit('data: x\n\nevent: delta\n\n\n', []).out).toEqual([{ event: 'message', data: 'x' }]);
  });

  it('does not let an event name leak into the next event', () => {
    expect(feedSplit('event: error\n\ndata: y\n\n', []).out).toEqual([{ event: 'message', data: 'y' }]);
  });

  it('drops an event cut off before its blank line and says so', () => {
    const { out, cutOff } = feedSplit('event: meta\ndata: {}\n\nevent: done\ndata: {"x"', []);
    expect(out).toEqual([{ event: 'meta', data: '{}' }]);
    expect(cutOff).toBe(true);
    const { cutOff: half } = feedSplit('event: done\ndata: {}\n', []);
    expect(half).toBe(true);
  });

  it('refuses a line that never ends', () => {
    const parser = createSseParser();
    expect(() => parser.push(`data: ${'x'.repeat(MAX_SSE_LINE_CHARS)}`)).toThrow(SseError);
  });
});
