import { describe, expect, it } from 'vitest';
import { extractEntities, toEntities } from './entities';
import { TOKENS } from './token-dictionary';
import { COMPANIES } from './company-dictionary';
import { tokenize } from './tokenizer';

const extract = (text: string) => {
  const { words, sentences } = tokenize(text);
  return toEntities(extractEntities(words, sentences));
};
const symbols = (text: string) => extract(text).tokens.map((t) => t.symbol);
const companies = (text: string) => extract(text).companies;

describe('dictionaries', () => {
  it('know at least 60 tokens and 60 companies', () => {
    expect(new Set(TOKENS.map((t) => t.symbol)).size).toBeGreaterThanOrEqual(60);
    expect(COMPANIES.length).toBeGreaterThanOrEqual(60);
  });
});

describe('tokens: true positives', () => {
  it.each([
    ['BTC and ETH rose while USDC and USDT supply grew.', ['BTC', 'ETH', 'USDC', 'USDT']],
    ['Bitcoin fell and ether slipped.', ['BTC', 'ETH']],
    ['Arbitrum and Chainlink announced a partnership.', ['ARB', 'LINK']],
    ['$op and $arb rallied on the crypto news.', ['OP', 'ARB']],
    ['ARB and OP tokens rose 5% after the upgrade.', ['ARB', 'OP']],
    ['The OP Mainnet upgrade went live.', ['OP']],
    ['MATIC holders migrated to POL on Polygon.', ['POL']],
    ['AVAX and LINK traded flat while UNI gained.', ['AVAX', 'LINK', 'UNI']],
    ['Holders of NEAR tokens voted, and NEAR rose 8%.', ['NEAR']],
    ['Neo holders claimed GAS tokens from the blockchain.', ['GAS']],
    ['The $S token of Sonic rallied.', ['S']],
    ['Uniswap volumes rose as DAI and AAVE gained.', ['UNI', 'DAI', 'AAVE']],
    ['Bitcoin Cash rose while stETH deposits grew.', ['BCH', 'stETH']],
    ['ETH-denominated loans grew on the blockchain.', ['ETH']],
    ['Validators on the crypto network said Optimism and Avalanche rose.', ['OP', 'AVAX']],
  ])('%s', (text, expected) => {
    expect(symbols(text)).toEqual(expected);
  });

  it('names the token and counts it once', () => {
    expect(extract('ETH, ETH and Ethereum.').tokens).toEqual([{ symbol: 'ETH', name: 'Ethereum' }]);
  });
});

describe('tokens: ordinary words do not fire', () => {
  it.each([
    ['ONE as a word', 'One analyst said it was the ONE thing to watch at the Fed.'],
    ['ONE shouted in a crypto headline', 'ONE MORE BITCOIN RECORD AS TRADERS CHEER'],
    ['gas fees', 'Gas fees on the network were low, and gas prices in Europe rose.'],
    ['GAS in a non-crypto sentence', 'Natural GAS futures rose in Europe.'],
    ['OP in op-ed', 'She wrote an op-ed and an Op-Ed about markets.'],
    ['S alone', 'The S&P 500 rose and U.S. stocks gained; Plan S was approved.'],
    ['SUN and Sun', 'Justin Sun said the sun was shining, and the SUN newspaper agreed.'],
    ['near as a preposition', 'Bitcoin traded near $60,000, near its record. Near the close, it slipped.'],
    ['link as a verb', 'Please link your wallet and follow the link to the token sale.'],
    ['uni', 'He studied at uni before joining a crypto fund; Uni friends helped.'],
    ['Optimism as a mood', 'Optimism returned to markets as bitcoin rose.'],
    ['avalanche as a word', 'An avalanche of orders hit the crypto exchange.'],
    ['DOT without context', 'The DOT issued new road rules.'],
    ['ETC as et cetera', 'Stocks, bonds, ETC. all fell.'],
  ])('%s', (_name, text) => {
    const found = symbols(text);
    for (const bad of ['ONE', 'GAS', 'OP', 'S', 'SUN', 'NEAR', 'LINK', 'UNI', 'AVAX', 'DOT', 'ETC']) {
      expect(found).not.toContain(bad);
    }
  });
});

describe('companies', () => {
  it.each([
    ['Coinbase and BlackRock expanded; Binance did not.', ['Coinbase', 'BlackRock', 'Binance']],
    ['The SEC and the Fed spoke, and the Federal Reserve held rates.', ['SEC', 'Federal Reserve']],
    ['Alibaba, Tencent and ByteDance compete with OpenAI on Nvidia chips.', ['Alibaba', 'Tencent', 'ByteDance', 'OpenAI', 'Nvidia']],
    ["The People's Bank of China and the PBOC met.", ["People's Bank of China"]],
    ['Uniswap Labs shipped an update to its crypto app.', ['Uniswap Labs']],
    ['Circle said its stablecoin grew.', ['Circle']],
    ['Crypto.com and J.P. Morgan signed a deal.', ['Crypto.com', 'JPMorgan']],
  ])('%s', (text, expected) => {
    expect(companies(text)).toEqual(expected);
  });

  it.each([
    ['circle as a word', 'They sat in a circle and fed the birds.'],
    ['Circle at the start of a non-crypto sentence', 'Circle the date in your calendar.'],
    ['sec and fed in lower case', 'Wait a sec, the cat was fed.'],
    ['meta in lower case', 'A meta discussion about apple pie.'],
  ])('%s', (_name, text) => {
    expect(companies(text)).toEqual([]);
  });
});

describe('limits', () => {
  it('caps each list at 30', () => {
    const many = TOKENS.map((t) => `$${t.symbol}`).join(' ');
    expect(extract(many).tokens.length).toBeLessThanOrEqual(30);
  });
});
