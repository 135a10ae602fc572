import type { AgentChatResponse, Proposal } from '@/domain/proposal';

/** Sample proposals for this feature's unit tests (shaped exactly as the server sends them). */
export function sampleSwap(overrides: Partial<Proposal> = {}): Proposal {
  return {
    id: 'p-swap-1',
    kind: 'swap',
    fromChainId: 8453,
    toChainId: 8453,
    fromToken: {
      chainId: 8453, address: '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', symbol: 'USDC', name: 'USD Coin',
      decimals: 6, priceUSD: 1, logoURI: 'https://example.test/usdc.png',
    },
    toToken: {
      chainId: 8453, address: '0x4200000000000000000000000000000000000006', symbol: 'WETH', name: 'Wrapped Ether',
      decimals: 18, priceUSD: 2500,
    },
    requestedAmount: { type: 'exact', value: '100' },
    fromAmount: '100000000',
    route: {
      toAmount: '39900000000000000', toAmountMin: '39700500000000000', toAmountUSD: 99.75, fromAmountUSD: 100,
      gasCostUSD: 0.02, feeCostUSD: 0.25, durationSeconds: 30, tools: ['Uniswap'],
    },
    reason: 'You asked to swap 100 USDC to WETH on Base; you hold 250 USDC there.',
    article: null,
    ...overrides,
  };
}

export function sampleBridge(overrides: Partial<Proposal> = {}): Proposal {
  return sampleSwap({
    id: 'p-bridge-1',
    kind: 'bridge',
    toChainId: 10,
    fromToken: { chainId: 8453, address: '0x0000000000000000000000000000000000000000', symbol: 'ETH', name: 'Ether', decimals: 18, priceUSD: 2500 },
    toToken: { chainId: 10, address: '0x0000000000000000000000000000000000000000', symbol: 'ETH', name: 'Ether', decimals: 18, priceUSD: 2500 },
    requestedAmount: { type: 'exact', value: '0.2' },
    fromAmount: '200000000000000000',
    route: {
      toAmount: '199000000000000000', toAmountMin: '198000000000000000', toAmountUSD: 497.5, fromAmountUSD: 500,
      gasCostUSD: 0.4, feeCostUSD: 1.1, durationSeconds: 190, tools: ['Uniswap', 'Stargate'],
    },
    reason: 'Bridge 0.2 ETH from Base to Optimism as asked.',
    ...overrides,
  });
}

export function sampleResponse(overrides: Partial<AgentChatResponse> = {}): AgentChatResponse {
  return { conversationId: 'c-1', reply: 'Here is a swap.', proposals: [sampleSwap()], dropped: [], brain: 'offline', ...overrides };
}
