import { COMPANIES, type CompanyEntry } from './company-dictionary';
import { buildPhraseTable } from './phrase-matcher';
import { TOKENS, type TokenEntry } from './token-dictionary';
import { tokenize } from './tokenizer';

/** One spelling of a name: its words as written, to check capitalisation after a case-insensitive lookup. */
export interface Spelling<E> {
  entry: E;
  raws: string[];
}

function spellings<E>(rows: Array<readonly [string, E]>): Array<readonly [string, Array<Spelling<E>>]> {
  const byKey = new Map<string, Array<Spelling<E>>>();
  for (const [text, entry] of rows) {
    const raws = tokenize(text).words.map((w) => w.raw);
    const key = raws.join(' ').toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), { entry, raws }]);
  }
  return [...byKey.entries()].map(([key, list]) => [key, list] as const);
}

export const TOKEN_NAME_TABLE = buildPhraseTable(
  spellings(TOKENS.flatMap((t) => (t.names ?? []).map((n) => [n, t] as const))),
);

export const COMPANY_TABLE = buildPhraseTable(
  spellings(COMPANIES.flatMap((c) => [c.name, ...(c.aliases ?? [])].map((a) => [a, c] as const))),
);

/** Ticker forms as written ("ETH", "stETH", "MATIC") -> the token; the first entry of a symbol wins. */
export const TICKERS = new Map<string, TokenEntry>();
/** "$eth" style, case-insensitive. */
export const DOLLAR_TICKERS = new Map<string, TokenEntry>();
for (const token of TOKENS) {
  for (const ticker of [token.symbol, ...(token.tickers ?? [])]) {
    if (!TICKERS.has(ticker)) TICKERS.set(ticker, token);
    if (!DOLLAR_TICKERS.has(ticker.toUpperCase())) DOLLAR_TICKERS.set(ticker.toUpperCase(), token);
  }
}

/** Words that make a sentence or article unmistakably about crypto. */
export const CRYPTO_CUES = new Set([
  'crypto', 'cryptocurrency', 'cryptocurrencies', 'token', 'tokens', 'blockchain', 'blockchains', 'on-chain',
  'onchain', 'stablecoin', 'stablecoins', 'defi', 'wallet', 'wallets', 'staking', 'mainnet', 'layer-2', 'rollup',
  'rollups', 'airdrop', 'dex', 'nft', 'nfts', 'altcoin', 'altcoins', 'memecoin', 'memecoins', 'validators', 'tvl',
  'coin', 'coins', 'bitcoin', 'ethereum', 'ether', 'web3', 'dapp', 'dapps',
]);

export type { CompanyEntry, TokenEntry };
