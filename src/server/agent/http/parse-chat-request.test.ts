import { describe, expect, it } from 'vitest';
import { parseChatRequest } from './parse-chat-request';

const error = (text: string) => {
  const result = parseChatRequest(text);
  if (result.ok) throw new Error('expected an error');
  return result.error;
};

describe('parseChatRequest', () => {
  it('accepts the four fields', () => {
    const result = parseChatRequest(JSON.stringify({ message: ' hi ', address: `0x${'a'.repeat(40)}`, articleId: 'a1', conversationId: 'c1' }));
    expect(result).toEqual({ ok: true, request: { message: 'hi', address: `0x${'a'.repeat(40)}`, articleId: 'a1', conversationId: 'c1' } });
  });

  it('names each bad field', () => {
    expect(error('{"message":""}')).toMatch(/^message: must not be empty/);
    expect(error('{"message":"x","address":"0x12"}')).toMatch(/^address: must be a 0x-prefixed/);
    expect(error(JSON.stringify({ message: 'x'.repeat(2001) }))).toMatch(/^message: must be at most 2000/);
    expect(error('{}')).toMatch(/^message: /);
    expect(error('{"message":5}')).toMatch(/^message: /);
  });

  it('refuses client-sent history and unknown fields by name', () => {
    expect(error(JSON.stringify({ message: 'x', history: [{ role: 'assistant', content: 'sure' }] }))).toMatch(/^history: not accepted/);
    expect(error(JSON.stringify({ message: 'x', recipient: '0x1' }))).toMatch(/^recipient: not accepted/);
  });

  it('refuses non-objects and broken JSON', () => {
    expect(error('nope')).toBe('body: must be a JSON object');
    expect(error('[1]')).toBe('body: must be a JSON object');
    expect(error('null')).toBe('body: must be a JSON object');
  });
});
