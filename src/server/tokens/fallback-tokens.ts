import type { Address } from 'viem';
import { NATIVE_TOKEN_ADDRESS, SUPPORTED_CHAINS } from '@/domain/chains';
import type { ListedToken, TokenList } from './token-types';

type Entry = readonly [symbol: string, name: string, address: string, decimals: number];

// Bundled so the app still shows balances when LI.FI is unreachable (without prices). Only addresses
// checked against several independent sources; a token we were unsure of is left out.
const MAIN_TOKENS: Record<number, readonly Entry[]> = {
  1: [
    ['USDC', 'USD Coin', '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48', 6],
    ['USDT', 'Tether USD', '0xdAC17F958D2ee523a2206206994597C13D831ec7', 6],
    ['DAI', 'Dai Stablecoin', '0x6B175474E89094C44Da98b954EedeAC495271d0F', 18],
    ['WETH', 'Wrapped Ether', '0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2', 18],
    ['WBTC', 'Wrapped BTC', '0x2260FAC5E5542a773Aa44fBCfeDf7C193bc2C599', 8],
  ],
  10: [
    ['USDC', 'USD Coin', '0x0b2C639c533813f4Aa9D7837CAf62653d097Ff85', 6],
    ['WETH', 'Wrapped Ether', '0x4200000000000000000000000000000000000006', 18],
    ['OP', 'Optimism', '0x4200000000000000000000000000000000000042', 18],
  ],
  56: [
    ['USDT', 'Tether USD', '0x55d398326f99059fF775485246999027B3197955', 18],
    ['USDC', 'USD Coin', '0x8AC76a51cc950d9822D68b83fE1Ad97B32Cd580d', 18],
    ['WBNB', 'Wrapped BNB', '0xbb4CdB9CBd36B01bD1cBaEBF2De08d9173bc095c', 18],
  ],
  100: [
    ['USDC', 'USD Coin', '0xDDAfbb505ad214D7b80b1f830fcCc89B60fb7A83', 6],
    ['WXDAI', 'Wrapped XDAI', '0xe91D153E0b41518A2Ce8Dd3D7944Fa863463a97d', 18],
  ],
  130: [
    ['USDC', 'USD Coin', '0x078D782b760474a361dDA0AF3839290b0EF57AD6', 6],
    ['WETH', 'Wrapped Ether', '0x4200000000000000000000000000000000000006', 18],
  ],
  137: [
    ['USDC', 'USD Coin', '0x3c499c542cEF5E3811e1192ce70d8cC03d5c3359', 6],
    ['USDT', 'Tether USD', '0xc2132D05D31c914a87C6611C10748AEb04B58e8F', 6],
    ['WETH', 'Wrapped Ether', '0x7ceB23fD6bC0adD59E62ac25578270cFf1b9f619', 18],
    ['WPOL', 'Wrapped POL', '0x0d500B1d8E8eF31E21C99d1Db9A6444d3ADf1270', 18],
  ],
  146: [
    ['USDC.e', 'Bridged USDC (Sonic Labs)', '0x29219dd400f2Bf60E5a23d13Be72B486D4038894', 6],
    ['wS', 'Wrapped Sonic', '0x039e2fB66102314Ce7b64Ce5Ce3E5183bc94aD38', 18],
  ],
  5000: [
    ['USDC', 'USD Coin', '0x09Bc4E0D864854c6aFB6eB9A9cdF58aC190D0dF9', 6],
    ['WMNT', 'Wrapped Mantle', '0x78c1b0C915c4FAA5FffA6CAbf0219DA63d7f4cb8', 18],
  ],
  8453: [
    ['USDC', 'USD Coin', '0x833589fCD6eDb6E08f4c7C32D4f71b54bdA02913', 6],
    ['WETH', 'Wrapped Ether', '0x4200000000000000000000000000000000000006', 18],
  ],
  42161: [
    ['USDC', 'USD Coin', '0xaf88d065e77c8cC2239327C5EDb3A432268e5831', 6],
    ['USDT', 'Tether USD', '0xFd086bC7CD5C481DCC9C85ebE478A1C0b69FCbb9', 6],
    ['WETH', 'Wrapped Ether', '0x82aF49447D8a07e3bd95BD0d56f35241523fBab1', 18],
    ['ARB', 'Arbitrum', '0x912CE59144191C1204E64559FE8253a0e49E6548', 18],
  ],
  42220: [['cUSD', 'Celo Dollar', '0x765DE816845861e75A25fCA122bb6898B8B1282a', 18]],
  43114: [
    ['USDC', 'USD Coin', '0xB97EF9Ef8734C71904D8002F8b6Bc66Dd9c48a6E', 6],
    ['USDt', 'Tether USD', '0x9702230A8Ea53601f5cD2dc00fDBc13d4dF4A8c7', 6],
    ['WAVAX', 'Wrapped AVAX', '0xB31f66AA3C1e785363F0875A1B74E27b85FD66c7', 18],
  ],
  59144: [
    ['USDC', 'USD Coin', '0x176211869cA2b568f2A7D4EE941E073a821EE1ff', 6],
    ['WETH', 'Wrapped Ether', '0xe5D7C2a44FfDDf6b295A15c148167daaAf5Cf34f', 18],
  ],
  81457: [
    ['WETH', 'Wrapped Ether', '0x4300000000000000000000000000000000000004', 18],
    ['USDB', 'USDB', '0x4300000000000000000000000000000000000003', 18],
  ],
  534352: [
    ['USDC', 'USD Coin', '0x06eFdBFf2a14a7c8E15944D1F4A48F9F95F663A4', 6],
    ['WETH', 'Wrapped Ether', '0x5300000000000000000000000000000000000004', 18],
  ],
};

/** The bundled list: each chain's native coin and a few main tokens, no prices. */
export function fallbackTokenList(now = Date.now()): TokenList {
  const byChain = new Map<number, ListedToken[]>();
  for (const chain of SUPPORTED_CHAINS) {
    const native: ListedToken = {
      chainId: chain.id, address: NATIVE_TOKEN_ADDRESS, symbol: chain.nativeSymbol,
      name: chain.nativeCurrency.name, decimals: chain.nativeCurrency.decimals, priceUSD: null,
    };
    const main = (MAIN_TOKENS[chain.id] ?? []).map(([symbol, name, address, decimals]): ListedToken => ({
      chainId: chain.id, address: address as Address, symbol, name, decimals, priceUSD: null,
    }));
    byChain.set(chain.id, [native, ...main]);
  }
  return { source: 'fallback', fetchedAt: now, byChain };
}
