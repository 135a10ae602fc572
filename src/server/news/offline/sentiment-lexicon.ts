import { buildPhraseTable } from './phrase-matcher';

/** Finance-aware polarity: positive is bullish for the assets named, negative bearish. "|" separates forms. */
const POLARITY: ReadonlyArray<readonly [string, number]> = [
  // bullish
  ['approval|approved|approves|approve|green light|greenlit|cleared for', 3],
  ['record high|record highs|record-high|all-time high|all-time highs|new high|new highs', 3],
  ['inflows|inflow|net inflows', 2.5],
  ['surge|surged|surges|surging|soared|soars|soar|skyrocketed', 2.5],
  ['rally|rallied|rallies|rallying|breakout|bullish', 2.5],
  ['jumped|jumps|climbed|climbs|rose|rises|gained|gains|rebound|rebounded|rebounds|recovered|recovery', 1.5],
  // Company results: a metric noun ("operating profit", "net sales") is not polar, its direction is.
  ['increased|increases|increase|increasing|grew|grows|grow|growing|rise|risen|doubled|tripled|rocketed', 1.5],
  // Bare "higher"/"lower" often modify a noun ("lower outflows"); only these forms report a move.
  ['up from|went up|gone up|was up|were up|closed higher|ended higher|traded higher|was higher|were higher|improved|improves|improvement|improve', 1.5],
  ['narrowed|narrows|narrowing|cost savings|savings|strengthen|strengthens|strengthened|favourable|favorable', 1.5],
  ['awarded|positive impact|positive results|exceeded expectations|above market expectations|win-win', 1.5],
  ['turned to a net profit|swung to a net profit|returned to a net profit|turned to a profit|swung to a profit|return to profitability', 2.5],
  ['compared to a net loss|compared to a loss|versus a net loss|versus a loss|versus loss|versus an operating loss|from a net loss', 2],
  ['satisfied|pleased|delighted|competitive|efficient|successfully', 1],
  ['reclaimed|reclaims|outperformed|outperforms|beat expectations|beats expectations|upbeat|optimistic', 2],
  ['adoption|partnership|partnerships|partnered|partners with|milestone|boost|boosts|boosted', 1.5],
  ['upgrade|upgraded|upgrades|profitable|wins|won|strong demand|robust', 1.5],
  // A launch or a listing alone is a plain event; it tips a headline only beside another signal.
  ['launch|launched|launches|launching|listing|listed', 0.75],
  ['integration|integrates|integrated|expands|expanded|expansion', 1],
  ['growth|raised|raises|secured|secures|resumed|restored|refunded', 1],
  ['rate cut|rate cuts|eased|easing|cooled|cooling inflation|stronger|strong', 1],
  ['accumulation|accumulating|accumulate|demand', 0.5],
  ['white-hat hacker|white hat hacker|white-hat|whitehat|returned the funds|returns the funds|funds were returned', 1],
  // bearish
  ['hack|hacked|hacks|hacker|hackers|hacking|exploit|exploited|exploits|exploiter', -3],
  ['drained|drain|drains|stolen|stole|theft|heist', -3],
  ['depeg|depegged|depegs|de-peg|de-pegged|lost its peg', -3],
  ['plunge|plunged|plunges|plummeted|plummets|crash|crashed|crashes|tumbled|tumbles|slumped|slump', -3],
  ['bankruptcy|bankrupt|insolvency|insolvent|fraud|fraudulent', -3],
  ['sell-off|selloff|sell off|sold off|sell-offs|bearish|capitulation', -2.5],
  ['outflows|outflow|net outflows|lawsuit|lawsuits|sued|sues|delisting|delist|delisted|delists', -2.5],
  ['ban|bans|banned|banning|charged|charges|indicted|indictment|phishing|scam|scams|rug pull', -2.5],
  ['breach|breached|crackdown', -2.5],
  ['liquidation|liquidations|liquidated|attack|attacker|attackers|rejected|rejects|rejection|recession', -2],
  ['fined|penalty|penalties|missed expectations|misses expectations', -2],
  ['fell|falls|dropped|drops|declined|declines|decline|slid|slides|slipped|slips|losses|lost', -1.5],
  ['decreased|decreases|decrease|decreasing|drop|diminished|widened|widens|halved|weakened|lowered', -1.5],
  ['down from|down to|went down|gone down|was down|were down|closed lower|ended lower|traded lower|was lower|were lower|came down|slowed|slowing', -1.5],
  ['struggling|suffering|difficult|burdened|disappointing|disappointment|lay off|job cuts', -1.5],
  ['slipped to a net loss|slipped to a loss|slipped to an operating loss|slipped to a pretax loss|swung to a loss|turned to a loss', -2.5],
  ['smaller than expected|lower than expected|below the analyst estimate|below expectations|falling short|fell short', -2],
  ['halted|halts|paused|suspended|suspends|outage|downtime|vulnerability|downgrade|downgraded', -1.5],
  ['investigation|probe|subpoena|sanctions|sanctioned|layoffs|laid off|slowdown|rate hike|rate hikes', -1.5],
  ['fears|fear|concerns|concern|worries|worried|uncertainty|warning|warns|warned|weak|weaker|weakness', -1],
  ['tariff|tariffs|enforcement|delay|delayed|delays', -1],
  ['hotter-than-expected|hotter than expected|above expectations|above estimates|above the forecast', -2],
  ['risk|risks|volatility|volatile', -0.5],
];

const NEGATORS: ReadonlyArray<readonly [string, number]> = [
  ['not|no|never|without|nor|neither|none|no longer|lack of|absence of|ruled out|rules out', 0],
  ['did not|does not|has not|have not|had not|is not|was not|were not|will not|would not', 0],
  ['failed to|fails to|fail to|unable to|pushed back|pushing back|pushes back', -1],
  ['denied|denies|deny|refuted|refutes|dismissed|dismisses', -1],
];

const INTENSIFIERS: ReadonlyArray<readonly [string, number]> = [
  ['massive|sharply|sharp|significantly|significant|huge|heavy|heavily|major|steep|steeply|deep|deeply', 1.5],
  ['biggest|largest|record|very|extremely|historic|unprecedented|dramatic|dramatically', 1.5],
  ['slightly|slight|modest|modestly|marginally|somewhat|minor|small|limited|brief|briefly', 0.5],
];

function expand<V>(rows: ReadonlyArray<readonly [string, V]>): Array<[string, V]> {
  return rows.flatMap(([forms, value]) => forms.split('|').map((form): [string, V] => [form, value]));
}

export const POLARITY_TABLE = buildPhraseTable(expand(POLARITY));
export const NEGATOR_TABLE = buildPhraseTable(expand(NEGATORS).map(([k, own]) => [k, { own }] as const));
export const INTENSIFIER_TABLE = buildPhraseTable(expand(INTENSIFIERS));

/** Words a negation reaches across without using up its scope ("denied reports of a hack"). */
export const NEGATION_FILLERS = new Set([
  'a', 'an', 'the', 'of', 'any', 'reports', 'report', 'claims', 'rumours', 'rumors', 'that', 'its', 'their', 'to', 'be', 'been', 'being', 'second', 'new', 'further', 'for', 'expectations', 'hopes',
]);

/** Moves whose meaning flips when inflation, yields or the dollar is the subject ("consumer prices rose"). */
export const MOVES = new Set([
  'increased', 'decreased', 'grew', 'rose', 'rises', 'jumped', 'jumps', 'climbed', 'climbs', 'surged', 'surges', 'soared', 'gained', 'gains',
  'fell', 'falls', 'dropped', 'drops', 'declined', 'declines', 'slid', 'slipped', 'tumbled', 'plunged',
]);
export const INVERSE_SUBJECTS = new Set(['inflation', 'cpi', 'dollar', 'yields', 'unemployment', 'prices', 'loss', 'losses', 'costs', 'expenses', 'debt']);
/** "prices" only flips with one of these before it; "token prices rose" is bullish. */
export const INVERSE_PRICE_QUALIFIERS = new Set(['consumer', 'producer', 'energy', 'oil', 'food']);

/** Contracted negations ("didn't", "isn't", "won’t") are one token each. */
export function isContractedNegation(lower: string): boolean {
  return lower.endsWith("n't") || lower.endsWith('n’t') || lower === 'cannot';
}
