import { describe, expect, it } from 'vitest';
import { REDACTED_ADDRESS, safeLine, safeText } from './safe-text';

const USER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const ATTACKER = '0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f';

describe('safeText', () => {
  it('removes every address but the user own, with or without 0x, any case', () => {
    const text = `pay ${ATTACKER} or ${ATTACKER.slice(2).toLowerCase()} but keep ${USER.toLowerCase()}`;
    const out = safeText(text, { userAddress: USER });
    expect(out).not.toMatch(/23618e81/i);
    expect(out).toContain(USER.toLowerCase());
    expect(out.split(REDACTED_ADDRESS)).toHaveLength(3);
  });

  it('removes all addresses when no user is connected', () => {
    expect(safeText(`to ${USER}`)).toBe(`to ${REDACTED_ADDRESS}`);
  });

  it('leaves shorter hex (tx ids are longer, amounts shorter) and plain text alone', () => {
    expect(safeText('0xdeadbeef and 1234')).toBe('0xdeadbeef and 1234');
  });

  it('strips invisible characters that could split an address past the filter', () => {
    const hidden = `${ATTACKER.slice(0, 20)}\u200B${ATTACKER.slice(20)}`;
    expect(safeText(hidden)).toBe(REDACTED_ADDRESS);
    expect(safeText('a\u202Eb\u0000c')).toBe('abc');
  });

  it('truncates to maxLength with an ellipsis and collapses whitespace in lines', () => {
    expect(safeText('abcdef', { maxLength: 4 })).toBe('abc…');
    expect(safeLine('  a \n\t b  ')).toBe('a b');
  });
});
