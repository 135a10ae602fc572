import { describe, expect, it } from 'vitest';
import { GUARD_CASES } from './guard.cases';
import { MORE_CASES } from './more.cases';
import { readRequest } from './parse-intent';
import { TRADE_CASES } from './trade.cases';

describe('readRequest refusals', () => {
  it.each(GUARD_CASES)('"%s"', (text, expected, refusal) => {
    const reading = readRequest(text);
    expect(reading.intent).toEqual(expected);
    expect(reading.refusal?.type ?? null).toBe(refusal);
  });

  it('refuses no trade whose chains are all known, nor any message it cannot read', () => {
    for (const [text, intent] of [...TRADE_CASES, ...MORE_CASES]) {
      const known = intent.kind === 'unknown' || ((intent.kind === 'swap' || intent.kind === 'bridge') && intent.fromChainId !== null && intent.toChainId !== null);
      if (known && intent.kind !== 'unknown') expect(readRequest(text).refusal, text).toBeNull();
    }
  });

  it('names the network the user wrote, and whether it is a testnet', () => {
    expect(readRequest('swap 1 eth to usdc on Ethereum Sepolia').refusal).toEqual({ type: 'other-network', network: 'Sepolia', testnet: true });
    expect(readRequest('swap 1 eth to usdc on testnet').refusal).toEqual({ type: 'other-network', network: 'a test network', testnet: true });
    expect(readRequest('swap 1 eth to usdc on Solana mainnet').refusal).toEqual({ type: 'other-network', network: 'Solana', testnet: false });
    expect(readRequest('bridge 10 usdc from zksync to base').refusal).toEqual({ type: 'other-network', network: 'zkSync', testnet: false });
  });

  it('a refused request never carries a chain, token or amount', () => {
    for (const [text, , refusal] of GUARD_CASES) {
      if (refusal !== null && refusal !== 'other-network') expect(readRequest(text).intent.kind, text).toBe('unknown');
    }
  });
});
