import { readFileSync } from 'node:fs';
import type { LiFiStep, Token } from '@lifi/sdk';
import { describe, expect, it } from 'vitest';
import { checkRoute } from '@/domain/policy/check-route';
import { checkTransactionRequest } from '@/domain/policy/check-transaction-request';
import { ACCOUNT, approveRequest, makeRoute, makeStep } from '@/domain/policy/test-fixtures';
import type { Portfolio } from '@/domain/portfolio';
import { buildPolicyContext } from './policy-context';

/**
 * The policy's diamonds come from LI.FI's /chains per chain id, never from the usual 0x1231DEB6… address:
 * on Linea and Unichain LI.FI's LiFiDiamond is another contract (tests/fixtures/lifi-real/diamonds.json,
 * from lifinance/contracts deployments).
 */
const file = JSON.parse(readFileSync(new URL('../../../../tests/fixtures/lifi-real/diamonds.json', import.meta.url), 'utf8')) as { standardAddress: string; chains: Record<string, { address: string; differsFromStandard: boolean }> };
const diamonds = Object.fromEntries(Object.entries(file.chains).map(([id, c]) => [Number(id), c.address]));

const CHAINS = {
  59144: { usdc: '0x176211869cA2b568f2A7D4EE941E073a821EE1ff', weth: '0xe5D7C2a44FfDDf6b295A15c148167daaAf5Cf34f' },
  130: { usdc: '0x078D782b760474a361dDA0AF3839290b0EF57AD6', weth: '0x4200000000000000000000000000000000000006' },
} as const;

function world(chainId: 59144 | 130, approvalAddress: string) {
  const usdc: Token = { chainId, address: CHAINS[chainId].usdc, symbol: 'USDC', decimals: 6, name: 'USD Coin', priceUSD: '1' };
  const weth: Token = { chainId, address: CHAINS[chainId].weth, symbol: 'WETH', decimals: 18, name: 'Wrapped Ether', priceUSD: '2000' };
  const base = makeStep({ fromToken: usdc, toToken: weth });
  const step: LiFiStep = { ...base, estimate: { ...base.estimate, approvalAddress } };
  const holdings: Portfolio = { address: ACCOUNT, totalUSD: 100, updatedAt: new Date(0).toISOString(), chains: [{ chainId, name: 'chain', status: 'ok', tokens: [{ symbol: 'USDC', name: 'USD Coin', address: usdc.address, decimals: 6, balance: '100000000', priceUSD: 1, valueUSD: 100 }] }] } as Portfolio;
  const ctx = buildPolicyContext({ account: ACCOUNT, diamonds, tokens: [usdc, weth], holdings, slippage: 0.005 });
  return { step, ctx, usdc };
}

describe('the per-chain diamond from LI.FI on the chains where it differs', () => {
  it('diamonds.json has Linea and Unichain on their own diamonds, the other 13 on the usual one', () => {
    const differing = Object.entries(file.chains).filter(([, c]) => c.differsFromStandard).map(([id]) => Number(id));
    expect(differing.sort((a, b) => a - b)).toEqual([130, 59144]);
    expect(Object.keys(file.chains)).toHaveLength(15);
  });

  for (const chainId of [59144, 130] as const) {
    it(`chain ${chainId}: approving its own diamond passes, approving 0x1231DEB6… is refused`, () => {
      const own = world(chainId, diamonds[chainId]!);
      expect(checkRoute(makeRoute(own.step), own.ctx)).toMatchObject({ ok: true });
      const approval = approveRequest(diamonds[chainId]!, 100_000_000n, own.usdc.address);
      expect(checkTransactionRequest({ ...approval, chainId }, own.step, own.ctx, { simulation: { ok: true } })).toMatchObject({ ok: true });

      const usual = world(chainId, file.standardAddress);
      const result = checkRoute(makeRoute(usual.step), usual.ctx);
      expect(result.ok ? [] : result.violations.map((v) => v.rule)).toEqual(['approval-spender']);
      const wrongApproval = approveRequest(file.standardAddress, 100_000_000n, usual.usdc.address);
      const tx = checkTransactionRequest({ ...wrongApproval, chainId }, usual.step, usual.ctx, { simulation: { ok: true } });
      expect(tx.ok ? [] : tx.violations.map((v) => v.rule)).toContain('approval-spender');
    });
  }
});
