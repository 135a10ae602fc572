import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';
import { readFractionWords, readNumberWords } from './number-words';

const words = (text: string) => normalise(text).words;

describe('readNumberWords', () => {
  it.each([
    ['one', '1', 1],
    ['twelve', '12', 1],
    ['twenty five', '25', 2],
    ['forty-two', '42', 1],
    ['three hundred', '300', 2],
    ['three hundred and twenty', '320', 4],
    ['two and a half', '2.5', 4],
    ['half a', '0.5', 2],
    ['half an', '0.5', 2],
  ])('reads "%s" as %s over %i words', (text, value, end) => {
    expect(readNumberWords(words(`${text} eth`), 0)).toEqual({ value, end });
  });

  it.each(['half my', 'a', 'hundred', 'forty-eleven', 'eth'])('reads no number in "%s"', (text) => {
    expect(readNumberWords(words(text), 0)).toBeNull();
  });
});

describe('readFractionWords', () => {
  it.each([
    ['a third', '33.33'],
    ['one third', '33.33'],
    ['two thirds', '66.66'],
    ['a fifth', '20'],
    ['a tenth', '10'],
  ])('reads "%s" as %s percent', (text, percent) => {
    expect(readFractionWords(words(text), 0)).toEqual({ percent, end: 2 });
  });

  it.each(['third', 'the third', 'two third', 'a thirds'])('reads no fraction in "%s"', (text) => {
    expect(readFractionWords(words(text), 0)).toBeNull();
  });
});
