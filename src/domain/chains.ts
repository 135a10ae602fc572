/**
 * The 15 supported chains, declared once. Deliberately free of viem so that browser code showing a
 * chain name does not pull every viem chain definition into the first screen; viem-chains.ts maps
 * these ids to viem's full definitions (and a test keeps the two in agreement).
 */
interface SupportedChain {
  id: number;
  /** Short stable key. */
  key: string;
  name: string;
  nativeCurrency: { name: string; symbol: string; decimals: number };
  nativeSymbol: string;
  explorerUrl: string;
  /** Public RPCs, used when RPC_URL_<chainId> is not set. */
  publicRpcUrls: readonly string[];
  /** Names a person may use for this chain, lower-case. */
  aliases: readonly string[];
}

type ChainRow = [id: number, key: string, name: string, coin: [name: string, symbol: string], explorer: string, rpc: string, aliases: string[]];

const ETHER: [string, string] = ['Ether', 'ETH'];

const ROWS: ChainRow[] = [
  [1, 'eth', 'Ethereum', ETHER, 'https://etherscan.io', 'https://ethereum.reth.rs/rpc', ['ethereum', 'mainnet', 'eth', 'ethereum mainnet', 'l1']],
  [10, 'opt', 'Optimism', ETHER, 'https://optimistic.etherscan.io', 'https://mainnet.optimism.io', ['optimism', 'op', 'op mainnet', 'oeth']],
  [56, 'bsc', 'BNB Chain', ['BNB', 'BNB'], 'https://bscscan.com', 'https://56.rpc.thirdweb.com', ['bnb chain', 'bnb', 'bsc', 'binance smart chain', 'bnb smart chain']],
  [100, 'dai', 'Gnosis', ['xDAI', 'XDAI'], 'https://gnosisscan.io', 'https://rpc.gnosischain.com', ['gnosis', 'gnosis chain', 'xdai chain']],
  [130, 'uni', 'Unichain', ETHER, 'https://uniscan.xyz', 'https://mainnet.unichain.org/', ['unichain']],
  [137, 'pol', 'Polygon', ['POL', 'POL'], 'https://polygonscan.com', 'https://polygon.drpc.org', ['polygon', 'polygon pos', 'matic chain']],
  [146, 'son', 'Sonic', ['Sonic', 'S'], 'https://sonicscan.org', 'https://rpc.soniclabs.com', ['sonic']],
  [5000, 'mnt', 'Mantle', ['MNT', 'MNT'], 'https://mantlescan.xyz', 'https://rpc.mantle.xyz', ['mantle']],
  [8453, 'bas', 'Base', ETHER, 'https://basescan.org', 'https://mainnet.base.org', ['base']],
  [42161, 'arb', 'Arbitrum', ETHER, 'https://arbiscan.io', 'https://arb1.arbitrum.io/rpc', ['arbitrum', 'arb', 'arbitrum one', 'arb1']],
  [42220, 'cel', 'Celo', ['CELO', 'CELO'], 'https://celoscan.io', 'https://forno.celo.org', ['celo']],
  [43114, 'ava', 'Avalanche', ['Avalanche', 'AVAX'], 'https://snowtrace.io', 'https://api.avax.network/ext/bc/C/rpc', ['avalanche', 'avax', 'c-chain', 'avalanche c-chain']],
  [59144, 'lna', 'Linea', ['Linea Ether', 'ETH'], 'https://lineascan.build', 'https://rpc.linea.build', ['linea']],
  [81457, 'bls', 'Blast', ETHER, 'https://blastscan.io', 'https://rpc.blast.io', ['blast']],
  [534352, 'scl', 'Scroll', ETHER, 'https://scrollscan.com', 'https://rpc.scroll.io', ['scroll']],
];

export const SUPPORTED_CHAINS: readonly SupportedChain[] = ROWS.map(([id, key, name, [coinName, symbol], explorerUrl, rpc, aliases]) => ({
  id,
  key,
  name,
  nativeCurrency: { name: coinName, symbol, decimals: 18 },
  nativeSymbol: symbol,
  explorerUrl,
  publicRpcUrls: [rpc],
  aliases,
}));

export const SUPPORTED_CHAIN_IDS: readonly number[] = SUPPORTED_CHAINS.map((chain) => chain.id);

export const MULTICALL3_ADDRESS = '0xcA11bde05977b3631167028862bE2a173976CA11' as const;

/** The address LI.FI (and this app) use for a chain's native coin. */
export const NATIVE_TOKEN_ADDRESS = '0x0000000000000000000000000000000000000000' as const;

export function findChain(chainId: number): SupportedChain | undefined {
  return SUPPORTED_CHAINS.find((chain) => chain.id === chainId);
}

export function isSupportedChainId(chainId: number): boolean {
  return SUPPORTED_CHAIN_IDS.includes(chainId);
}

export function chainName(chainId: number): string {
  return findChain(chainId)?.name ?? `chain ${chainId}`;
}

export function explorerTxUrl(chainId: number, txHash: string): string | undefined {
  const chain = findChain(chainId);
  return chain?.explorerUrl ? `${chain.explorerUrl}/tx/${txHash}` : undefined;
}

/** Default public RPC URLs for a chain, used when RPC_URL_<chainId> is not set. */
export function defaultRpcUrls(chainId: number): string[] {
  return [...(findChain(chainId)?.publicRpcUrls ?? [])];
}
