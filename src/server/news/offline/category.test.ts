import { describe, expect, it } from 'vitest';
import { categorise } from './category';
import { prepare } from './test-support';

const category = (title: string, body: string) => {
  const p = prepare(title, body);
  return categorise(p.words, p.titleSentences, p.entities).category;
};

describe('categorise', () => {
  it.each([
    ['security', 'Bridge exploited for $50M', 'An attacker drained the bridge using compromised private keys. The DeFi pools were paused.'],
    ['regulation', 'EU finalises stablecoin rules', 'Regulators published the MiCA rulebook; licensing starts next year.'],
    ['ai', 'Lab releases a video model', 'The AI model tops a leaderboard for generative video on GPU benchmarks.'],
    ['macro', 'Fed holds rates', 'The Federal Reserve kept interest rates steady as inflation cooled.'],
    ['layer2', 'Rollup cuts fees', 'The layer-2 rollup changed its sequencer and posts blobs to Ethereum.'],
    ['defi', 'Lending protocol grows', 'Deposits in the lending protocol rose; TVL and liquidity pools expanded.'],
    ['markets', 'Bitcoin price rallies', 'Traders bought futures as ETF inflows lifted the price.'],
    ['companies', 'Exchange hires a new CEO', 'The company named a chief executive and reported revenue growth before its IPO.'],
    ['other', 'Community picnic', 'Members met in the park and shared sandwiches.'],
  ] as const)('%s', (expected, title, body) => {
    expect(category(title, body)).toBe(expected);
  });

  it('lets a security incident win over the DeFi vocabulary around it', () => {
    expect(category('Lending protocol hacked', 'The DeFi lending protocol lost liquidity from its pools after a hack.')).toBe('security');
  });

  it('uses entities as hints (ARB and OP point to layer 2)', () => {
    expect(category('ARB and OP', 'ARB and OP tokens moved.')).toBe('layer2');
  });
});
