import { describe, expect, it } from 'vitest';
import { buildPhraseTable, findPhrases } from './phrase-matcher';
import { tokenize } from './tokenizer';

const table = buildPhraseTable([
  ['record', 'r'],
  ['record high', 'rh'],
  ['all-time high', 'ath'],
  ['sell-off', 'so'],
  ['sell off', 'so2'],
] as const);

describe('findPhrases', () => {
  it.each([
    ['A record high today', ['rh']],
    ['A record day', ['r']],
    ['Bitcoin hit an all-time high', ['ath']],
    ['A sharp sell-off and traders sell off more', ['so', 'so2']],
    ['Record. High winds.', ['r']],
    ['Nothing here', []],
  ])('%s', (text, expected) => {
    expect(findPhrases(table, tokenize(text).words).map((h) => h.value)).toEqual(expected);
  });

  it('rejects an empty phrase', () => {
    expect(() => buildPhraseTable([['...', 1]])).toThrow(/empty phrase/);
  });
});
