/** Small closed word lists the parser reasons with (all lower-case). */
export type VerbType = 'swap' | 'bridge' | 'buy' | 'sell' | 'send' | 'pay';

const VERB_WORDS: Record<VerbType, readonly string[]> = {
  swap: ['swap', 'swp', 'swpa', 'sawp', 'convert', 'exchange', 'trade', 'swapping', 'converting', 'quote'],
  bridge: ['bridge', 'brige', 'bridg', 'brdige', 'brigde', 'move', 'port', 'teleport', 'migrate', 'bridging'],
  buy: ['buy', 'purchase', 'get', 'acquire', 'grab', 'ape', 'want', 'need'],
  sell: ['sell', 'dump', 'cash', 'liquidate', 'offload', 'unload'],
  send: ['send', 'transfer', 'xfer'],
  pay: ['pay', 'tip', 'donate', 'withdraw', 'drain'],
};

export const VERBS: ReadonlyMap<string, VerbType> = new Map(
  Object.entries(VERB_WORDS).flatMap(([type, words]) => words.map((word) => [word, type as VerbType] as const)),
);

/** Verbs too common to decide a request alone: a stronger verb wins, and they need a token to mean a trade. */
export const WEAK_VERBS: ReadonlySet<string> = new Set(['get', 'grab', 'ape', 'cash', 'want', 'need']);

/** Verbs that move funds between chains: with them an ambiguous "eth"/"arb" after from/to is a chain. */
export const CROSS_CHAIN_VERBS: ReadonlySet<VerbType> = new Set(['bridge', 'send']);

/** Words skipped when looking for what introduces a token or a chain ("half OF MY usdc"). */
export const FILLERS: ReadonlySet<string> = new Set([
  'my', 'the', 'some', 'me', 'a', 'an', 'your', 'our', 'of', 'worth', 'this', 'that', 'those', 'these', 'us', 'just',
]);

export const FROM_WORDS: ReadonlySet<string> = new Set(['from', 'off']);
export const TO_WORDS: ReadonlySet<string> = new Set(['to', 'into', 'onto', 'towards', 'toward', 'unto']);
export const PAY_WITH_WORDS: ReadonlySet<string> = new Set(['with', 'using']);
export const LOCATION_WORDS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'via', 'over', 'across', 'through', 'inside']);
