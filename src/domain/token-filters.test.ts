import { describe, expect, it } from 'vitest';
import { isDust, isSpamToken, spamReason } from './token-filters';

describe('isSpamToken', () => {
  it('keeps ordinary tokens', () => {
    for (const [symbol, name] of [
      ['USDC', 'USD Coin'], ['WETH', 'Wrapped Ether'], ['USDC.e', 'Bridged USDC'], ['USD₮0', 'USD₮0'],
      ['cbBTC', 'Coinbase Wrapped BTC'], ['wstETH', 'Wrapped liquid staked Ether 2.0'], ['1INCH', '1inch'],
      ['POL', 'Polygon Ecosystem Token'], ['S', 'Sonic'], ['xDAI', 'xDAI'], ['BTC.b', 'Bitcoin'], ['YFI', 'yearn.finance'], ['ETHFI', 'ether.fi governance token'],
    ]) {
      expect(spamReason({ symbol: symbol!, name: name! }), symbol).toBeNull();
    }
  });

  it('drops links, calls to action and look-alike characters', () => {
    const spam: [string, string][] = [
      ['USDC', 'Visit usdc-bonus.com to claim'],
      ['ClaimETH', 'Claim ETH'],
      ['$ETH', 'eth-rewards.xyz'],
      ['AIRDROP', 'Airdrop at t.me/foo'],
      ['USDС', 'USD Coin'], // Cyrillic С
      ['USDT', 'Tеther USD'], // Cyrillic е
      ['WETH', 'Wrapped\u200b Ether'],
      ['GET 1000 USDT', 'prize'],
      ['Ｕ', 'fullwidth'],
      ['X', 'Your reward is waiting'],
      ['UNI', 'www.uniswap-lp.org'],
    ];
    for (const [symbol, name] of spam) expect(isSpamToken({ symbol, name }), `${symbol} / ${name}`).toBe(true);
  });

  it('names the reason', () => {
    expect(spamReason({ symbol: 'ABC', name: 'go to abc.com' })).toBe('name contains a link');
  });
});

describe('isDust', () => {
  it('is true only for known values under one cent', () => {
    expect(isDust(0.009)).toBe(true);
    expect(isDust(0)).toBe(true);
    expect(isDust(0.01)).toBe(false);
    expect(isDust(null)).toBe(false);
  });
});
