import { describe, expect, it } from 'vitest';
import { labelSentiment, scoreSentiment, sentimentHits } from './sentiment';
import { tokenize } from './tokenizer';

const hits = (text: string) => sentimentHits(tokenize(text).words);
const label = (body: string, title = '') => scoreSentiment(tokenize(title).words, tokenize(body).words).label;
const net = (text: string) => hits(text).reduce((sum, h) => sum + h.weight, 0);

describe('lexicon polarity', () => {
  it.each([
    ['The protocol was hacked and $40M was drained.', 'bearish'],
    ['A stablecoin depeg triggered outflows and liquidations.', 'bearish'],
    ['The exchange faces a lawsuit and a delisting of its token.', 'bearish'],
    ['Prices plunged in a broad sell-off.', 'bearish'],
    ['Regulators announced a ban on the product.', 'bearish'],
    ['The ETF won approval and saw record inflows.', 'bullish'],
    ['Bitcoin hit a record high as the rally continued.', 'bullish'],
    ['The partnership drives adoption after the upgrade launch.', 'bullish'],
    ['Tokens surged after the listing.', 'bullish'],
    ['The committee met on Tuesday and published minutes.', 'neutral'],
    ['', 'neutral'],
  ] as const)('%s -> %s', (text, expected) => {
    expect(label(text)).toBe(expected);
  });
});

describe('negation', () => {
  it.each([
    ['The fund was not approved.', 'approved', -1],
    ['There was no exploit.', 'exploit', 1],
    ['The exchange denied reports of a hack.', 'hack', 1],
    ['Bitcoin failed to rally.', 'rally', -1],
    ["The SEC didn't approve the listing.", 'approve', -1],
    ['It never recovered.', 'recovered', -1],
  ] as const)('%s flips "%s"', (text, term, sign) => {
    const hit = hits(text).find((h) => h.term === term);
    expect(hit?.negated).toBe(true);
    expect(Math.sign(hit?.weight ?? 0)).toBe(sign);
  });

  it('"no exploit" is only mildly reassuring, "not approved" clearly bad', () => {
    expect(net('There was no exploit.')).toBeLessThan(1);
    expect(net('The fund was not approved.')).toBeLessThanOrEqual(-1.5);
  });

  it('does not cross a clause boundary', () => {
    const h = hits('No surprises, the token rallied.').find((x) => x.term === 'rallied');
    expect(h?.negated).toBe(false);
    expect(h?.weight).toBeGreaterThan(0);
  });

  it('a negator that negates nothing keeps its own tone', () => {
    expect(hits('The SEC denied the application.')).toEqual([{ term: 'denied', weight: -1, negated: false }]);
  });
});

describe('intensifiers and context', () => {
  it.each([
    ['massive outflows', 'outflows', -3.75],
    ['slightly lower outflows', 'outflows', -1.25],
    ['record inflows', 'inflows', 3.75],
  ] as const)('%s', (text, term, weight) => {
    expect(hits(text).find((h) => h.term === term)?.weight).toBeCloseTo(weight);
  });

  it.each([
    ['Consumer prices rose faster than expected.', -1],
    ['Inflation fell for a third month.', 1],
    ['Token prices rose on the news.', 1],
    ['Treasury yields jumped.', -1],
  ] as const)('%s', (text, sign) => {
    expect(Math.sign(net(text))).toBe(sign);
  });

  it('weighs the headline 1.5x', () => {
    const title = scoreSentiment(tokenize('Exchange hacked').words, []);
    expect(title.hits[0]?.weight).toBe(-4.5);
  });
});

describe('labelSentiment', () => {
  it('is neutral when the score is near zero or evenly mixed', () => {
    expect(labelSentiment([{ term: 'a', weight: 1, negated: false }]).label).toBe('neutral');
    const mixed = [5, -4.5].map((weight) => ({ term: 'x', weight, negated: false }));
    expect(labelSentiment(mixed).label).toBe('neutral');
    expect(labelSentiment([{ term: 'x', weight: -3, negated: false }]).label).toBe('bearish');
  });

  it('squashes the score into -1..1', () => {
    const r = labelSentiment(Array.from({ length: 50 }, () => ({ term: 'x', weight: 3, negated: false })));
    expect(r.score).toBeGreaterThan(0.9);
    expect(r.score).toBeLessThanOrEqual(1);
  });
});
