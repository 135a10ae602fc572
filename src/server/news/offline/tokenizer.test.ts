import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from './tokenizer';

describe('splitSentences', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['It raised $1.2 billion. Then it paused.', ['It raised $1.2 billion.', 'Then it paused.']],
    ['U.S. regulators met. The SEC spoke.', ['U.S. regulators met.', 'The SEC spoke.']],
    ['The model climbed to No. 2 in the ranking. It was new.', ['The model climbed to No. 2 in the ranking.', 'It was new.']],
    ['Crypto.com listed it. Users cheered.', ['Crypto.com listed it.', 'Users cheered.']],
    ['He said "it is done." Then left.', ['He said "it is done."', 'Then left.']],
    ['First paragraph without a stop\n\nSecond paragraph', ['First paragraph without a stop', 'Second paragraph']],
    ['比特币上涨。以太坊下跌。', ['比特币上涨。', '以太坊下跌。']],
    ['... !!! ???', []],
    ['', []],
  ])('%j', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });
});

describe('tokenize', () => {
  it('keeps hyphenated words, dotted abbreviations and $tickers as one word', () => {
    const { words } = tokenize("An op-ed on U.S. policy: $eth and BTC's sell-off.");
    expect(words.map((w) => w.raw)).toEqual(['An', 'op-ed', 'on', 'U.S', 'policy', 'eth', 'and', 'BTC', 'sell-off']);
    expect(words.find((w) => w.raw === 'eth')?.dollar).toBe(true);
    expect(words[0]?.first).toBe(true);
    expect(words[1]?.first).toBe(false);
  });

  it('opens a new clause at commas and at "but" so negation does not leak', () => {
    const { words } = tokenize('Not today, prices rose but volumes fell');
    const clause = (raw: string): number => words.find((w) => w.raw === raw)?.clause ?? -1;
    expect(clause('Not')).toBeLessThan(clause('prices'));
    expect(clause('rose')).toBeLessThan(clause('volumes'));
  });

  it('numbers sentences', () => {
    const { words, sentences } = tokenize('Bitcoin rose. Ether fell.');
    expect(sentences).toHaveLength(2);
    expect(words.map((w) => w.sentence)).toEqual([0, 0, 1, 1]);
  });
});
