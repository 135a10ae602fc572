/**
 * Names a person may use for a token (lower-case, single or multi-word) -> the symbol as the token
 * list spells it. The list is per chain; "btc"/"bitcoin" map to WBTC, the wrapped coin listed on
 * EVM chains. The lone "s" (Sonic's coin) is not here: it is a token only in an explicit position.
 */
const SYMBOL_ALIASES: Record<string, readonly string[]> = {
  ETH: ['eth', 'ether', 'ethers', 'ethereum'],
  WETH: ['weth', 'wrapped eth', 'wrapped ether', 'wrapped ethereum'],
  USDC: ['usdc', 'usd coin', 'usdc coin'],
  'USDC.E': ['usdc.e', 'usdce', 'usdc e', 'bridged usdc'],
  USDT: ['usdt', 'tether', 'usdt0', 'tether usd'],
  DAI: ['dai'],
  XDAI: ['xdai'],
  POL: ['pol', 'matic', 'polygon ecosystem token'],
  ARB: ['arb'],
  OP: ['op'],
  AVAX: ['avax'],
  BNB: ['bnb', 'binance coin', 'bnb coin'],
  MNT: ['mnt'],
  CELO: ['celo'],
  S: ['sonic'],
  LINK: ['link', 'chainlink'],
  UNI: ['uni', 'uniswap'],
  WBTC: ['wbtc', 'btc', 'bitcoin', 'wrapped bitcoin', 'wrapped btc'],
  AAVE: ['aave'],
  CRV: ['crv'],
  LDO: ['ldo'],
  GMX: ['gmx'],
  PEPE: ['pepe'],
  WSTETH: ['wsteth'],
  CBBTC: ['cbbtc'],
  FRAX: ['frax'],
  GNO: ['gno'],
};

export const TOKEN_ALIASES: ReadonlyMap<string, string> = new Map(
  Object.entries(SYMBOL_ALIASES).flatMap(([symbol, aliases]) => aliases.map((alias) => [alias, symbol] as const)),
);

/** Token symbols a person might type in capitals that we do not list: accepted only in a clear token position. */
export const CAPITALISED_NON_TOKENS: ReadonlySet<string> = new Set([
  'TO', 'FOR', 'ON', 'IN', 'OF', 'MY', 'ME', 'I', 'IS', 'IT', 'AT', 'OR', 'AND', 'THE', 'ALL', 'MAX',
  'USD', 'OK', 'AI', 'ETF', 'SEC', 'ATH', 'TVL', 'APY', 'APR', 'DEX', 'CEX', 'NFT', 'DAO', 'L1', 'L2',
]);
