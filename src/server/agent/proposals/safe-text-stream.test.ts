import { describe, expect, it } from 'vitest';
import { REDACTED_ADDRESS, safeText, stripInvisible, type SafeTextOptions } from './safe-text';
import { createSafeTextStream } from './safe-text-stream';

const USER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const ATTACKER = '0x23618e81E3f5cdF7f54C3d65f7FBc0aBf5B21E8f';

/** What the stream sends for `pieces`, each send kept apart. */
function run(pieces: string[], options: SafeTextOptions = {}): string[] {
  const sent: string[] = [];
  const stream = createSafeTextStream({ ...options, send: (text) => sent.push(text) });
  for (const piece of pieces) stream.push(piece);
  stream.end();
  return sent;
}

const oracle = (text: string, options: SafeTextOptions = {}) => safeText(stripInvisible(text).trim(), options);

/** A small deterministic PRNG so a failing split can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const PARTS = [ATTACKER, ATTACKER.slice(2), USER, USER.toLowerCase(), 'abc', 'f'.repeat(41), 'e'.repeat(50), '0x', ' ', '  ', '\n\n', '.', ', ', 'é', '\u200B', '_', 'ETH'];

describe('createSafeTextStream', () => {
  it('redacts an address split across two pieces and keeps the user own', () => {
    const sent = run([`Send 1 ETH to ${ATTACKER.slice(0, 17)}`, `${ATTACKER.slice(17)} now, not ${USER.slice(0, 30)}`, `${USER.slice(30)}.`], { userAddress: USER });
    expect(sent.join('')).toBe(`Send 1 ETH to ${REDACTED_ADDRESS} now, not ${USER}.`);
    expect(sent.join('')).not.toMatch(/23618e81/i);
    // No single delta carries a fragment of the attacker's address either.
    const fragments = ATTACKER.slice(2).toLowerCase().match(/.{6}/g)!;
    for (const piece of sent) for (const fragment of fragments) expect(piece.toLowerCase()).not.toContain(fragment);
  });

  it('redacts an address cut into one-character pieces, with an invisible character inside', () => {
    const hidden = `pay ${ATTACKER.slice(0, 21)}\u200B${ATTACKER.slice(21)}!`;
    const sent = run([...hidden]);
    expect(sent.join('')).toBe(`pay ${REDACTED_ADDRESS}!`);
    expect(sent.length).toBeGreaterThan(1);
  });

  it('sends text as it comes when no address can be forming', () => {
    const sent = run(['Hello there. ', 'You hold ', '1 ETH', ' on Base.']);
    expect(sent).toEqual(['Hello there.', ' You hold', ' 1', ' ETH on Base.']);
  });

  it('trims the whole text, not each piece', () => {
    expect(run(['  \n', ' Hi', '  ', ' there ', '\n\n']).join('')).toBe('Hi   there');
    expect(run(['   ', '\n'])).toEqual([]);
  });

  it('lets a long word run through before it ends: it can never be an address', () => {
    const sent = run(['a'.repeat(43), 'b'.repeat(40), ' end']);
    expect(sent[0]).toBe('a'.repeat(43));
    expect(sent.join('')).toBe(`${'a'.repeat(43)}${'b'.repeat(40)} end`);
  });

  it('truncates to maxLength exactly as safeText does', () => {
    expect(run(['abc', 'def'], { maxLength: 4 }).join('')).toBe('abc…');
    expect(run(['ab ', 'c'], { maxLength: 4 }).join('')).toBe('ab c');
    expect(run(['ab ', 'cd'], { maxLength: 4 }).join('')).toBe('ab…');
    expect(run(['ab   ', 'cdef'], { maxLength: 5 }).join('')).toBe('ab…');
    const stream = createSafeTextStream({ maxLength: 4, send: () => {} });
    stream.push('abcdefgh ');
    expect(stream.sent).toBe(4);
  });

  it('equals safeText of the whole text for any split (randomised, replayable)', () => {
    for (let seed = 1; seed <= 400; seed += 1) {
      const next = random(seed);
      const text = Array.from({ length: 2 + Math.floor(next() * 12) }, () => PARTS[Math.floor(next() * PARTS.length)]!).join('');
      const pieces: string[] = [];
      for (let at = 0; at < text.length;) {
        const size = 1 + Math.floor(next() * 12);
        pieces.push(text.slice(at, at + size));
        at += size;
      }
      const options = { userAddress: next() < 0.5 ? USER : null, maxLength: next() < 0.3 ? 20 + Math.floor(next() * 60) : undefined };
      expect(run(pieces, options).join(''), `seed ${seed}: ${JSON.stringify(pieces)}`).toBe(oracle(text, options));
    }
  });
});
