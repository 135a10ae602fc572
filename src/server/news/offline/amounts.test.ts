import { describe, expect, it } from 'vitest';
import { formatAmount, parseAmounts } from './amounts';

describe('parseAmounts', () => {
  it.each([
    ['Hackers took $1.2 billion.', 1.2e9],
    ['It raised $300M from funds.', 3e8],
    ['About 500 million tokens moved.', 5e8],
    ['A fine of $4,500,000 was paid.', 4.5e6],
    ['A €2bn fund launched.', 2e9],
    ['US$ 40m was bridged.', 4e7],
    ['USD 5 million was sent.', 5e6],
    ['Market value reached $4 trillion.', 4e12],
    ['The fee was $300.', 300],
  ])('%s', (text, value) => {
    expect(parseAmounts(text)[0]?.value).toBe(value);
  });

  it.each([
    ['years and plain numbers', 'In 2024, 40 validators joined 3 networks.'],
    ['a unit, not money', 'The 5 m tall sign fell.'],
    ['no digits', 'Billions were rumoured.'],
  ])('ignores %s', (_name, text) => {
    expect(parseAmounts(text)).toEqual([]);
  });

  it('orders amounts largest first', () => {
    expect(parseAmounts('$5M then $2 billion then $30M').map((a) => a.value)).toEqual([2e9, 3e7, 5e6]);
  });
});

describe('formatAmount', () => {
  it.each([
    [1.4e9, '$1.4B'],
    [38e6, '$38M'],
    [4e12, '$4T'],
    [2500, '$2.5K'],
    [300, '$300'],
  ])('%d -> %s', (value, text) => {
    expect(formatAmount(value)).toBe(text);
  });
});
