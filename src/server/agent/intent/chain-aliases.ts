import { SUPPORTED_CHAINS } from '@/domain/chains';

/** How people write chains in chat beyond the registry's names: "matic" (also a coin), "avax c", "arb one". */
const CHAT_ALIASES: readonly (readonly [string, number])[] = [
  ['matic', 137], ['polygon mainnet', 137], ['avax c', 43114], ['avax c-chain', 43114], ['avax c chain', 43114],
  ['avalanche c', 43114], ['avalanche c chain', 43114], ['arb one', 42161], ['arbitrum 1', 42161], ['bnb smart', 56],
  ['optimism mainnet', 10], ['op main', 10],
];

/** Chain alias (lower-case, possibly several words) -> chain id, from the shared chain registry. */
export const CHAIN_ALIASES: ReadonlyMap<string, number> = new Map([
  ...SUPPORTED_CHAINS.flatMap((chain) => [
    [chain.name.toLowerCase(), chain.id] as const,
    ...chain.aliases.map((alias) => [alias, chain.id] as const),
  ]),
  ...CHAT_ALIASES,
]);

/** Words that may follow a chain name without changing it: "base mainnet", "bnb smart chain network". */
export const CHAIN_SUFFIXES: ReadonlySet<string> = new Set(['chain', 'network', 'mainnet', 'blockchain', 'l2']);

/** Chains people name that this app does not support: a destination, but never turned into a chain id. */
export const UNSUPPORTED_CHAIN_NAMES: ReadonlySet<string> = new Set([
  'solana', 'sol', 'zksync', 'era', 'tron', 'near', 'starknet', 'ton', 'sui', 'aptos', 'cosmos', 'bitcoin', 'btc',
  'zora', 'mode', 'fantom', 'cronos', 'kava', 'metis', 'moonbeam', 'aurora', 'harmony', 'taiko', 'berachain', 'hyperliquid',
  'lisk', 'zkevm', 'nova', 'manta', 'ronin', 'kaia', 'klaytn', 'moonriver', 'canto', 'pulsechain', 'hedera',
]);
