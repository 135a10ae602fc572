import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';

const texts = (text: string) => normalise(text).words.map((word) => word.text);

describe('normalise', () => {
  it('turns arrows into "to" and drops punctuation and emoji', () => {
    expect(texts('ETH -> USDC, on Base!!! 🚀')).toEqual(['eth', 'to', 'usdc', 'on', 'base']);
    expect(texts('eth=>usdc → dai')).toEqual(['eth', 'to', 'usdc', 'to', 'dai']);
  });

  it('reads thousands separators, decimal commas and glued units', () => {
    expect(texts('1,000,000 usdc')).toEqual(['1000000', 'usdc']);
    expect(texts('1,5 eth')).toEqual(['1.5', 'eth']);
    expect(texts('0.5eth 100usdc. 3.5k')).toEqual(['0.5', 'eth', '100', 'usdc', '3.5k']);
  });

  it('marks minus signs, dollar and percent signs as their own words', () => {
    expect(texts('-5 eth, −2 dai, -$50')).toEqual(['minus', '5', 'eth', 'minus', '2', 'dai', 'minus', '$', '50']);
    expect(texts('$100 25%')).toEqual(['$', '100', '25', '%']);
  });

  it('keeps dotted symbols and hyphenated chain names, drops apostrophes', () => {
    expect(texts("what's usdc.e on c-chain.")).toEqual(['whats', 'usdc.e', 'on', 'c-chain']);
  });

  it('reads simple fractions and refuses other ones', () => {
    expect(texts('1/2 1/4 3/4')).toEqual(['half', 'quarter', 'three', 'quarters']);
    expect(texts('3/2 eth')).toEqual(['unreadable-fraction', 'eth']);
  });

  it('keeps the user case in raw for the lone "S"', () => {
    expect(normalise('swap 10 S').words.at(-1)).toEqual({ raw: 'S', text: 's' });
  });

  it('flags addresses and ENS names, not dotted tokens', () => {
    expect(normalise('send to 0xabc…').mentionsAddress).toBe(true);
    expect(normalise('send to vitalik.eth').mentionsAddress).toBe(true);
    expect(normalise('swap usdc.e to 0.5eth').mentionsAddress).toBe(false);
  });
});
