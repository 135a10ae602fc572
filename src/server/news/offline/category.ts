import type { Category } from '@/domain/article';
import type { EntityResult } from './entities';
import { buildPhraseTable, findPhrases } from './phrase-matcher';
import type { Word } from './tokenizer';

type Scored = Exclude<Category, 'other'>;

// Weight per hit; a family wins by total (headline hits count double).
const FAMILIES: ReadonlyArray<readonly [Scored, number, string]> = [
  ['security', 5, 'hack|hacked|hacker|hackers|exploit|exploited|exploiter|drained|stolen|theft|heist|breach|attacker|attackers|phishing|rug pull|post-mortem|private key|private keys|compromised|security incident'],
  ['security', 1, 'vulnerability|bug bounty|audit|auditor|white hat|whitehat|bounty|laundering|mixer|security'],
  ['regulation', 2, 'regulation|regulations|regulator|regulators|regulatory|legislation|lawmakers|mica|lawsuit|lawsuits|court|judge|ruling|enforcement|licence|license|licensing|rulebook|compliance'],
  ['regulation', 1.5, 'rule changes|rules|rule|rulemaking|approves|authorised|authorized|authorisation|authorization'],
  ['regulation', 1, 'bill|law|laws|ban|banned|congress|senate|parliament|sanctions|framework|consultation|registration|charges|settlement|tax|taxation'],
  ['ai', 2.5, 'ai|artificial intelligence|llm|llms|large language model|chatbot|generative|text-to-video|video model|ai model|ai models|gpu|gpus|inference|leaderboard'],
  ['ai', 1, 'model|models|training|benchmark|benchmarks|agents|machine learning|data centre|data center|compute|chips'],
  ['macro', 2.5, 'inflation|cpi|interest rate|interest rates|rate cut|rate cuts|rate hike|rate hikes|monetary policy|central bank|jobs report|payrolls|unemployment|gdp|recession|treasury yields|bond yields'],
  ['macro', 1, 'dollar|yields|tariffs|tariff|economy|economic|currency|currencies|remittances|devaluation|bonds'],
  ['layer2', 3, 'layer 2|layer-2|layer two|l2|l2s|rollup|rollups|optimistic rollup|zk-rollup|zk rollup|sequencer|sequencers|superchain|fraud proofs|fault proofs|blobs|blob'],
  ['layer2', 1, 'bridge|bridged|bridging|scaling|throughput|fees|mainnet'],
  ['defi', 2.5, 'defi|decentralised finance|decentralized finance|lending|borrowing|liquidity pool|liquidity pools|tvl|total value locked|dex|dexs|amm|yield|yield farming|liquid staking|restaking|governance vote|governance proposal'],
  ['defi', 1, 'protocol|protocols|liquidity|collateral|stablecoin|stablecoins|staking|vault|vaults|swap|swaps|pool|pools|borrow|lenders|dao'],
  ['markets', 2, 'price|prices|rally|rallied|sell-off|selloff|inflows|outflows|etf|etfs|futures|options|open interest|liquidations|market cap|all-time high|record high|traders|trading volume'],
  ['markets', 1, 'trading|volume|volumes|investors|market|markets|rose|fell|gained|dropped|surged|plunged|support|resistance|bulls|bears'],
  ['companies', 2, 'earnings|revenue|quarterly|acquisition|acquires|acquired|ipo|shares|stock|ceo|chief executive|layoffs|headcount|hires|hiring|funding round|series a|series b|valuation'],
  ['companies', 1, 'company|companies|partnership|partners|launches|launched|expands|expansion|headquarters|customers|subsidiary|merchants|payments'],
];

const TABLE = buildPhraseTable(
  FAMILIES.flatMap(([category, weight, words]) => words.split('|').map((w) => [w, { category, weight }] as const)),
);
const PRIORITY: readonly Scored[] = ['security', 'regulation', 'ai', 'layer2', 'defi', 'macro', 'markets', 'companies'];
const TOKEN_HINTS: Record<string, Scored> = {
  ARB: 'layer2', OP: 'layer2', POL: 'layer2', STRK: 'layer2', ZK: 'layer2', MNT: 'layer2', IMX: 'layer2',
  UNI: 'defi', AAVE: 'defi', CRV: 'defi', LDO: 'defi', MKR: 'defi', PENDLE: 'defi', ENA: 'defi', SNX: 'defi', COMP: 'defi', GMX: 'defi', CAKE: 'defi',
  FET: 'ai', TAO: 'ai', RENDER: 'ai', WLD: 'ai',
};
const COMPANY_HINTS: Record<string, Scored> = {
  SEC: 'regulation', CFTC: 'regulation', ESMA: 'regulation', 'Financial Conduct Authority': 'regulation', 'Department of Justice': 'regulation',
  'Hong Kong SFC': 'regulation', 'Monetary Authority of Singapore': 'regulation', 'European Commission': 'regulation',
  OpenAI: 'ai', Anthropic: 'ai', Nvidia: 'ai',
  'Federal Reserve': 'macro', 'European Central Bank': 'macro', 'Bank of Japan': 'macro', "People's Bank of China": 'macro', IMF: 'macro',
  'Bank of England': 'macro', 'Banco Central do Brasil': 'macro', 'Central Bank of Nigeria': 'macro', 'Reserve Bank of India': 'macro',
  'Offchain Labs': 'layer2', 'Optimism Foundation': 'layer2', 'Polygon Labs': 'layer2', 'Uniswap Labs': 'defi',
};

export interface CategoryResult {
  category: Category;
  scores: Partial<Record<Scored, number>>;
}

/** The category whose keyword family (plus entity hints) scores highest; "other" when nothing is clear. */
export function categorise(words: readonly Word[], titleSentences: number, entities: EntityResult): CategoryResult {
  const scores: Partial<Record<Scored, number>> = {};
  const add = (c: Scored, w: number): void => {
    scores[c] = (scores[c] ?? 0) + w;
  };
  for (const hit of findPhrases(TABLE, words)) {
    add(hit.value.category, hit.value.weight * ((words[hit.start] as Word).sentence < titleSentences ? 2 : 1));
  }
  for (const t of entities.tokens) {
    const hint = TOKEN_HINTS[t.value.symbol];
    if (hint) add(hint, 2);
  }
  for (const c of entities.companies) {
    const hint = COMPANY_HINTS[c.value];
    if (hint) add(hint, 2);
  }
  let best: Category = 'other';
  let bestScore = 3;
  for (const c of PRIORITY) {
    const score = scores[c] ?? 0;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return { category: best, scores };
}
