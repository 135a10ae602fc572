import { describe, expect, it } from 'vitest';
import { scoreImportance } from './importance';
import { prepare } from './test-support';

const importance = (title: string, body: string, source = 'Test Desk') =>
  scoreImportance({ ...prepare(title, body), source });
const kinds = (title: string, body: string, source?: string) => importance(title, body, source).signals.map((s) => s.kind);

describe('importance signals', () => {
  it.each([
    ['security', 'Protocol exploited', 'An attacker drained the vault.'],
    ['enforcement', 'Regulator sues exchange', 'The lawsuit names two founders.'],
    ['regulation', 'New rules', 'Lawmakers passed legislation for stablecoins.'],
    ['etf', 'ETF news', 'Spot ETFs listed in Hong Kong.'],
    ['depeg', 'Stablecoin wobbles', 'The token lost its peg for an hour.'],
    ['macro', 'Rates', 'The central bank raised interest rates as inflation rose.'],
    ['amount', 'Funding', 'The firm raised $300M.'],
    ['move', 'Markets', 'Bitcoin fell 12% on Monday.'],
    ['major', 'Filing', 'The SEC published a notice.'],
    ['trivia', 'Mascot', 'The community picked a mascot.'],
  ] as const)('%s', (kind, title, body) => {
    expect(kinds(title, body)).toContain(kind);
  });

  it.each([
    ['$1.2 billion', 2.5],
    ['$300M', 2],
    ['$20 million', 1],
    ['$2 million', 0.5],
  ])('weighs the amount %s at %d', (amount, weight) => {
    const s = importance('Funds', `The protocol moved ${amount} on Monday.`).signals.find((x) => x.kind === 'amount');
    expect(s?.weight).toBe(weight);
  });

  it('ignores a percent move that is not about bitcoin, ether or the market', () => {
    expect(kinds('Shares', 'A retailer rose 12% on earnings.')).not.toContain('move');
  });

  it('does not count a denied or negated incident', () => {
    expect(kinds('Exchange denies reports of a hack', 'It said there was no exploit.')).not.toContain('security');
  });

  it('adds weight for a known source and subtracts for a press-release wire', () => {
    expect(importance('Exchange hacked', 'Funds were stolen.', 'Reuters').score).toBeGreaterThan(
      importance('Exchange hacked', 'Funds were stolen.', 'Sample').score,
    );
    expect(kinds('Launch', 'A product launched.', 'PR Newswire')).toContain('source');
  });
});

describe('importance score', () => {
  it('reaches 10 for a huge hack that moves the market', () => {
    const r = importance('Hackers drain $1.4 billion from a bridge', 'Bitcoin fell 11% and ETH dropped 14% after the hack.');
    expect(r.score).toBe(10);
  });

  it('holds trivia at the floor', () => {
    expect(importance('Conference mascot vote', 'Attendees vote on a mascot and stickers.').score).toBe(1);
    expect(importance('Mascot record', 'A record number voted for the mascot at the podcast birthday.').score).toBeLessThanOrEqual(3);
  });

  it('scores ordinary news in the middle and always 1..10', () => {
    const r = importance('Team ships release', 'The team published version two of its app.');
    expect(r.score).toBe(2);
    expect(r.signals).toEqual([]);
  });

  it('explains itself: every signal has a reason', () => {
    for (const s of importance('SEC sues exchange over $200M', 'ETH fell 6%.').signals) expect(s.reason.length).toBeGreaterThan(5);
  });
});
