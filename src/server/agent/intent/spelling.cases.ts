import type { Intent } from '@/domain/intent';
import { ARBITRUM, AVALANCHE, BASE, bridge, BSC, ETHEREUM, exact, holdings, OPTIMISM, pct, POLYGON, swap, UNKNOWN, usd } from './case-builders';

/** Number words, scientific notation, token names and chain names as people write them in chat. */
export const SPELLING_CASES: readonly [string, Intent][] = [
  // Numbers in words and scientific notation.
  ['swap one eth to usdc', swap('ETH', 'USDC', null, exact('1'))],
  ['sell twenty five usdc for eth', swap('USDC', 'ETH', null, exact('25'))],
  ['bridge two and a half eth from base to arb', bridge(['ETH', 'ETH'], BASE, ARBITRUM, exact('2.5'))],
  ['swap half a eth to usdc', swap('ETH', 'USDC', null, exact('0.5'))],
  ['swap a third of my usdc to eth', swap('USDC', 'ETH', null, pct('33.33'))],
  ['swap two thirds of my dai to eth on base', swap('DAI', 'ETH', BASE, pct('66.66'))],
  ['swap a quarter of my eth for usdc', swap('ETH', 'USDC', null, pct('25'))],
  ['swap ten percent of my eth to usdc', swap('ETH', 'USDC', null, pct('10'))],
  ['swap fifty dollars of eth to usdc', swap('ETH', 'USDC', null, usd('50'))],
  ['swap one hundred and twenty usdc to eth', swap('USDC', 'ETH', null, exact('120'))],
  ['swap two thousand usdc to eth', swap('USDC', 'ETH', null, exact('2000'))],
  ['swap 1e3 usdc to eth', swap('USDC', 'ETH', null, exact('1000'))],
  ['swap 2.5e-2 eth to usdc', swap('ETH', 'USDC', null, exact('0.025'))],
  ['swap this one to usdc', swap(null, 'USDC', null)],
  ['which one should i buy', UNKNOWN],
  // Token names.
  ['swap 1 ether for tether', swap('ETH', 'USDT', null, exact('1'))],
  ['swap 1 wrapped bitcoin to ether on optimism', swap('WBTC', 'ETH', OPTIMISM, exact('1'))],
  ['swap 10 usd coin to wrapped ether on base mainnet', swap('USDC', 'WETH', BASE, exact('10'))],
  ['swap 1 binance coin to usdt on bsc', swap('BNB', 'USDT', BSC, exact('1'))],
  ['swap 5 tether to dai on bnb chain', swap('USDT', 'DAI', BSC, exact('5'))],
  ['swap 2 wrapped ethereum to usdc', swap('WETH', 'USDC', null, exact('2'))],
  ['swap 10 matic to usdc on matic', swap('POL', 'USDC', POLYGON, exact('10'))],
  // Chain names as people write them.
  ['bridge 1 eth from arb to op mainnet', bridge(['ETH', 'ETH'], ARBITRUM, OPTIMISM, exact('1'))],
  ['bridge 1 eth from arb one to op', bridge(['ETH', 'ETH'], ARBITRUM, OPTIMISM, exact('1'))],
  ['bridge 10 usdc to bsc', bridge(['USDC', 'USDC'], null, BSC, exact('10'))],
  ['bridge 10 usdc from matic to base', bridge(['USDC', 'USDC'], POLYGON, BASE, exact('10'))],
  ['swap usdc to eth on matic', swap('USDC', 'ETH', POLYGON)],
  ['bridge usdc from polygon pos to arbitrum one', bridge(['USDC', 'USDC'], POLYGON, ARBITRUM)],
  ['swap 1 avax for usdc on avax c', swap('AVAX', 'USDC', AVALANCHE, exact('1'))],
  ['swap 1 avax to usdc on avalanche c-chain', swap('AVAX', 'USDC', AVALANCHE, exact('1'))],
  ['bridge 0.1 eth from ethereum to optimism mainnet', bridge(['ETH', 'ETH'], ETHEREUM, OPTIMISM, exact('0.1'))],
  ['what do i hold on arb one', holdings(ARBITRUM)],
  // Networks under one of our chains' names are not that chain.
  ['bridge 1 eth to polygon zkevm', UNKNOWN],
  ['bridge 1 eth to arbitrum nova', UNKNOWN],
  ['swap 1 eth to usdc on zksync', swap('ETH', 'USDC', null, exact('1'))],
  ['swap 0.00001 eth on lisk to usdc on base', bridge(['ETH', 'USDC'], null, BASE, exact('0.00001'))],
  // Orders over time and other DeFi actions are not a swap now.
  ['dca $100 into eth every week', UNKNOWN],
  ['swap eth to usdc every 2 hours', UNKNOWN],
  ['deposit 1 eth into aave', UNKNOWN],
  ['stake 10 eth on ethereum', UNKNOWN],
  ['transfer 100 eth', UNKNOWN],
];
