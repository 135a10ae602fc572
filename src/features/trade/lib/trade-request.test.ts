import { describe, expect, it } from 'vitest';
import type { TradeRequest } from '@/domain/policy/policy-types';
import { selectionForRequest } from './trade-request';

const USDC = { chainId: 8453, address: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', symbol: 'USDC', decimals: 6 };
const WETH = { chainId: 8453, address: '0x4200000000000000000000000000000000000006', symbol: 'WETH', decimals: 18 };
const request: TradeRequest = { fromChainId: 8453, fromTokenAddress: USDC.address.toLowerCase(), toChainId: 8453, toTokenAddress: WETH.address, fromAmount: 100_500_000n };

describe('selectionForRequest', () => {
  it('fills the listed tokens and the exact amount with the list\'s decimals', () => {
    expect(selectionForRequest(request, [USDC, WETH])).toEqual({
      ok: true,
      selection: { fromChainId: 8453, fromToken: USDC.address, toChainId: 8453, toToken: WETH.address },
      amount: { kind: 'exact', text: '100.5' },
    });
  });

  it('fills nothing for a token that is not listed on that chain', () => {
    expect(selectionForRequest({ ...request, toChainId: 10 }, [USDC, WETH])).toMatchObject({ ok: false, message: expect.stringMatching(/verified token list/) });
  });

  it('fills nothing for a zero or negative amount', () => {
    expect(selectionForRequest({ ...request, fromAmount: 0n }, [USDC, WETH]).ok).toBe(false);
    expect(selectionForRequest({ ...request, fromAmount: -1n }, [USDC, WETH]).ok).toBe(false);
  });
});
