import { describe, expect, it } from 'vitest';
import { analyseOffline } from './offline-analyser';
import { evaluateSentiment, evaluateTokens } from './eval/evaluate';
import { readHeadlines, readSentences, splitOf } from './eval/real-fixtures';
import { articleInput } from './test-support';

// Dev split only: the held-out files under heldout/ are read by `npm run bench` alone.
const DEV_SENTENCES = 'tests/fixtures/sentiment-real/phrasebank-dev.tsv';
const DEV_HEADLINES = 'tests/fixtures/headlines-real/cryptopanic-dev.tsv';

describe('offline analyser on real labelled news (dev split)', () => {
  it('keeps Financial PhraseBank sentiment above the floor measured when tuning stopped (0.876 / 0.877)', () => {
    const { analyser, baseline } = evaluateSentiment(readSentences(DEV_SENTENCES));
    expect(analyser.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(analyser.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(analyser.accuracy).toBeGreaterThan(baseline.accuracy + 0.3);
  });

  it('finds the coins of real CryptoPanic headlines without inventing others (measured 1.000 / 0.000)', () => {
    const t = evaluateTokens(readHeadlines(DEV_HEADLINES));
    expect(t.recall).toBeGreaterThanOrEqual(0.97);
    expect(t.falsePerArticle).toBeLessThanOrEqual(0.05);
  });

  it('keeps every tune and dev row in the split its hash assigns', () => {
    for (const split of ['tune', 'dev'] as const) {
      for (const s of readSentences(`tests/fixtures/sentiment-real/phrasebank-${split}.tsv`)) expect(splitOf(s.text)).toBe(split);
      for (const h of readHeadlines(`tests/fixtures/headlines-real/cryptopanic-${split}.tsv`)) expect(splitOf(h.title)).toBe(split);
    }
  });
});

const sentiment = (title: string) => analyseOffline(articleInput(title, '')).analysis.sentiment;
const tokens = (title: string) => analyseOffline(articleInput(title, '')).analysis.entities.tokens.map((t) => t.symbol);

describe('mismatches the real data showed', () => {
  it.each([
    ['Operating profit fell to EUR 15.1 mn from EUR 24.6 mn .', 'bearish'],
    ['Net sales increased by 12 % to EUR 159.5 million .', 'bullish'],
    ["The company 's net loss narrowed to EUR 2 million from EUR 5 million .", 'bullish'],
    ['Its net loss widened to EUR 4.8 m from EUR 2.3 m .', 'bearish'],
    ['The company slipped to an operating loss of EUR 2.6 million .', 'bearish'],
    ['Profit before taxes was EUR 4.0 mn , down from EUR 4.9 mn .', 'bearish'],
    ['KONE is listed on the Nordic Exchange in Helsinki .', 'neutral'],
    ['Lower fees were announced for the new product .', 'neutral'],
  ] as const)('%s -> %s', (title, expected) => {
    expect(sentiment(title)).toBe(expected);
  });

  it.each([
    ['Trump Launches Official Watches—Pay with Bitcoin or $TRUMP', ['BTC', 'TRUMP']],
    ['Trump appoints pro-Bitcoin Mark Uyeda to replace Gary Gensler', ['BTC']],
    ['Cardano Founder Confirms Discussions with Ripple on RLUSD Integration', ['ADA', 'RLUSD']],
    ['Trump Considers US-based Crypto Reserve', []],
  ] as const)('%s -> %j', (title, expected) => {
    expect(tokens(title)).toEqual(expected);
  });
});
