import { CHAIN_SUFFIXES, UNSUPPORTED_CHAIN_NAMES } from './chain-aliases';
import { FILLERS, FROM_WORDS, LOCATION_WORDS, TO_WORDS } from './lexicon';
import type { Word } from './normalise';
import { TOKEN_ALIASES } from './token-aliases';

/** A network the user named that is not one of our mainnets, at words[start, end). */
export interface OtherNetwork {
  start: number;
  end: number;
  /** How the reply names it: "Sepolia", "Solana", "a test network". */
  name: string;
  testnet: boolean;
}

const TESTNETS = new Set([
  'testnet', 'testnets', 'devnet', 'sepolia', 'goerli', 'gorli', 'holesky', 'hoodi', 'rinkeby', 'ropsten', 'kovan',
  'fuji', 'amoy', 'mumbai', 'chiado', 'alfajores',
]);
const GENERIC_TESTNETS = new Set(['testnet', 'testnets', 'devnet']);
/** English words or coin names that are a network only where a chain stands ("on near", "ton network"). */
const NEEDS_CHAIN_POSITION = new Set(['sol', 'era', 'near', 'ton', 'mode', 'sui', 'cosmos', 'harmony', 'aurora', 'kava']);
const SPELLING: Record<string, string> = {
  sol: 'Solana', btc: 'Bitcoin', zksync: 'zkSync', era: 'zkSync Era', near: 'NEAR', ton: 'TON', bnb: 'BNB',
};

const titled = (text: string) => SPELLING[text] ?? `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function wordBefore(words: readonly Word[], i: number): string {
  let at = i - 1;
  while (FILLERS.has(words[at]?.text ?? '')) at -= 1;
  return words[at]?.text ?? '';
}

function testnetAt(words: readonly Word[], i: number): OtherNetwork | null {
  const text = words[i]?.text ?? '';
  const next = words[i + 1]?.text ?? '';
  // "test net", "test network", "test chain".
  if (text === 'test' && ['net', 'network', 'chain'].includes(next)) return { start: i, end: i + 2, name: 'a test network', testnet: true };
  if (!TESTNETS.has(text)) return null;
  const end = CHAIN_SUFFIXES.has(next) || GENERIC_TESTNETS.has(next) ? i + 2 : i + 1;
  return { start: i, end, name: GENERIC_TESTNETS.has(text) ? 'a test network' : titled(text), testnet: true };
}

function unsupportedAt(words: readonly Word[], i: number): OtherNetwork | null {
  const text = words[i]?.text ?? '';
  const suffixed = CHAIN_SUFFIXES.has(words[i + 1]?.text ?? '');
  const before = wordBefore(words, i);
  const isToken = TOKEN_ALIASES.has(text);
  if (!UNSUPPORTED_CHAIN_NAMES.has(text)) return null;
  // "swap eth to bitcoin" buys the coin; "on bitcoin" and "bitcoin mainnet" name the network.
  const located = LOCATION_WORDS.has(before) && before !== 'in';
  const placed = located || (!isToken && (FROM_WORDS.has(before) || TO_WORDS.has(before)));
  if (!suffixed && !placed && (isToken || NEEDS_CHAIN_POSITION.has(text))) return null;
  return { start: i, end: suffixed ? i + 2 : i + 1, name: titled(text), testnet: false };
}

/**
 * Test networks ("sepolia", "testnet") and chains we do not support ("solana mainnet", "on tron"),
 * in reading order. None of them may ever become one of our mainnets.
 */
export function findOtherNetworks(words: readonly Word[]): OtherNetwork[] {
  const found: OtherNetwork[] = [];
  for (let i = 0; i < words.length; ) {
    const network = testnetAt(words, i) ?? unsupportedAt(words, i);
    if (network) found.push(network);
    i = network ? network.end : i + 1;
  }
  return found;
}
