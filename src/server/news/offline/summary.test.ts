import { describe, expect, it } from 'vitest';
import { clip } from './clip';
import { pickSummary, pickTakeaways, rankSentences, SUMMARY_MAX, TAKEAWAY_MAX } from './summary';
import { prepare } from './test-support';

const ARTICLE = [
  'Attackers drained $40 million from a lending protocol on Tuesday.',
  'The team paused its contracts within an hour.',
  'Researchers said the exploit used a faulty price oracle.',
  'The protocol token plunged 30% after the news.',
  'Read more about our coverage.',
  'The team promised a full post-mortem this week.',
  'Users were told not to deposit funds until further notice.',
].join(' ');

const rank = (title: string, body: string) => {
  const p = prepare(title, body);
  return rankSentences(p.words, p.sentences, p.titleSentences);
};

describe('summary', () => {
  it('picks the lead and a signal-rich sentence, in order, within the limit', () => {
    const { text, used } = pickSummary(rank('Protocol drained', ARTICLE), 'fallback');
    expect(text.startsWith('Attackers drained $40 million')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(used.length).toBeGreaterThanOrEqual(1);
    expect(used).toEqual([...used].sort((a, b) => a - b));
  });

  it('falls back to the given text when there is no body', () => {
    expect(pickSummary(rank('Only a title', ''), 'Only a title').text).toBe('Only a title');
  });

  it('clips one very long sentence at a word boundary', () => {
    const long = `${'The token moved '.repeat(60)}today.`;
    const { text } = pickSummary(rank('Long', long), 'x');
    expect(text.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(text.endsWith('…')).toBe(true);
  });

  it('skips a body sentence that repeats the title', () => {
    const ranked = rank('Bitcoin rises', 'Bitcoin rises. ETF inflows reached a record this week as buyers returned.');
    expect(ranked.map((r) => r.text)).not.toContain('Bitcoin rises.');
  });
});

describe('takeaways', () => {
  it('gives 3-5 distinct sentences, none from the summary, without boilerplate', () => {
    const ranked = rank('Protocol drained', ARTICLE);
    const summary = pickSummary(ranked, 'x');
    const takeaways = pickTakeaways(ranked, summary.used, ['extra one', 'extra two', 'extra three']);
    expect(takeaways.length).toBeGreaterThanOrEqual(3);
    expect(takeaways.length).toBeLessThanOrEqual(5);
    expect(new Set(takeaways).size).toBe(takeaways.length);
    expect(takeaways.some((t) => t.startsWith('Read more'))).toBe(false);
    for (const t of takeaways) expect(summary.text.includes(t)).toBe(false);
  });

  it('fills up with the extras when the article is short', () => {
    const ranked = rank('Short', 'Only one sentence here about bitcoin.');
    const takeaways = pickTakeaways(ranked, [], ['Importance 2/10.', 'The tone reads neutral.', 'Mentioned: BTC.']);
    expect(takeaways).toEqual(['Only one sentence here about bitcoin.', 'Importance 2/10.', 'The tone reads neutral.']);
  });

  it('drops near-duplicate sentences and trims long ones', () => {
    const body = [
      'Bitcoin ETF inflows hit a record on Monday as buyers returned.',
      'Bitcoin ETF inflows hit a record on Monday as buyers returned again.',
      `${'Analysts said the flows were strong and steady '.repeat(8)}.`,
      'Ether rallied 5% on the same day.',
      'Solana gained 3% as well.',
    ].join(' ');
    const takeaways = pickTakeaways(rank('Flows', body), [], ['a', 'b', 'c']);
    expect(takeaways.filter((t) => t.startsWith('Bitcoin ETF inflows'))).toHaveLength(1);
    for (const t of takeaways) expect(t.length).toBeLessThanOrEqual(TAKEAWAY_MAX);
  });
});

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['one two three four five', 16, 'one two three…'],
    ['abcdefghijklmnop', 8, 'abcdefg…'],
    ['  spaced\n\n text  ', 20, 'spaced text'],
  ])('%j at %d', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });
});
