import { describe, expect, it } from 'vitest';
import { parseChatRequest } from './parse-chat-request';

// Found by tests/integration/server-fuzz.test.ts: a NUL in any field reached PostgreSQL, which refuses it
// ("invalid byte sequence for encoding UTF8: 0x00"), and the admitted turn failed as a 500 / stream error.
describe('parseChatRequest and NUL characters', () => {
  it.each(['message', 'articleId', 'conversationId'])('refuses a NUL in %s with a 400 message naming the field', (field) => {
    const body = { message: 'hello', [field]: field === 'message' ? 'hi\u0000there' : 'abc\u0000' };
    expect(parseChatRequest(JSON.stringify(body))).toEqual({ ok: false, error: `${field}: must not contain NUL (U+0000) characters` });
  });

  it('still accepts the same request without the NUL', () => {
    expect(parseChatRequest(JSON.stringify({ message: 'hi there', conversationId: 'abc' }))).toEqual({ ok: true, request: { message: 'hi there', conversationId: 'abc' } });
  });
});
