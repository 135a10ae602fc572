import { buildPhraseTable } from './phrase-matcher';

/** Families of words that make a story matter, with their weight and the reason given to readers. */
export type SignalKind =
  | 'security' | 'enforcement' | 'regulation' | 'etf' | 'depeg' | 'macro' | 'market' | 'milestone' | 'trivia';

interface SignalFamily {
  kind: SignalKind;
  weight: number;
  reason: string;
}

export const SIGNAL_FAMILIES: Record<SignalKind, SignalFamily> = {
  security: { kind: 'security', weight: 3, reason: 'a security incident (hack, exploit or theft)' },
  depeg: { kind: 'depeg', weight: 3, reason: 'a stablecoin losing its peg' },
  enforcement: { kind: 'enforcement', weight: 2.5, reason: 'enforcement action (charges, lawsuits, fines)' },
  etf: { kind: 'etf', weight: 2, reason: 'exchange-traded fund news' },
  regulation: { kind: 'regulation', weight: 1.5, reason: 'regulation or policy' },
  macro: { kind: 'macro', weight: 1.5, reason: 'central bank or macroeconomic news' },
  market: { kind: 'market', weight: 1, reason: 'a market-wide move' },
  milestone: { kind: 'milestone', weight: 1, reason: 'a first, a record or a ranking change' },
  trivia: { kind: 'trivia', weight: -2, reason: 'light or community news' },
};

const WORDS: Record<SignalKind, string> = {
  security:
    'hack|hacked|hacker|hackers|exploit|exploited|exploiter|drained|stolen|theft|heist|breach|breached|attacker|attackers|private key|private keys|compromised|phishing|rug pull|flash loan attack',
  depeg: 'depeg|depegged|de-peg|de-pegged|lost its peg|below its peg|broke its peg',
  enforcement:
    'lawsuit|lawsuits|sued|sues|charged|charges|indicted|indictment|enforcement action|agreed to settle|settled charges|fined|penalty|arrested|subpoena|wells notice|cease-and-desist|guilty',
  etf: 'etf|etfs|exchange-traded fund|exchange-traded funds|spot etf|spot etfs|etp|etps',
  regulation:
    'regulation|regulations|regulator|regulators|regulatory|legislation|bill|law|lawmakers|congress|senate|parliament|mica|licence|license|licensing|ban|banned|framework|rulebook|compliance|sanctions',
  macro:
    'interest rate|interest rates|rate cut|rate cuts|rate hike|rate hikes|inflation|cpi|jobs report|payrolls|unemployment|gdp|recession|treasury yields|bond yields|central bank|monetary policy|tariffs|tariff',
  market:
    'crypto market|crypto markets|market-wide|total market cap|total market capitalisation|total market capitalization|liquidations|sell-off|selloff|all-time high|record high',
  milestone: 'highest-ranked|overtook|overtakes|first-ever|for the first time|largest|record|records|milestone',
  trivia:
    'mascot|merch|merchandise|meme contest|giveaway|podcast|birthday|costume|sticker|stickers|hackathon|meetup|fan art|trivia|emoji|anniversary party',
};

export const SIGNAL_TABLE = buildPhraseTable(
  (Object.keys(WORDS) as SignalKind[]).flatMap((kind) => WORDS[kind].split('|').map((w) => [w, kind] as const)),
);
