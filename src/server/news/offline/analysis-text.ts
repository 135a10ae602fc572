import type { Category } from '@/domain/article';
import { clip } from './clip';
import type { EntityResult } from './entities';
import type { ImportanceResult } from './importance';
import type { SentimentResult } from './sentiment';

interface AnalysisFacts {
  title: string;
  source: string;
  sentiment: SentimentResult;
  importance: ImportanceResult;
  category: Category;
  entities: EntityResult;
}

const WATCH: Record<Category, string> = {
  security: 'a post-mortem from the team, whether funds are frozen or recovered, and how holders of the affected assets are made whole',
  regulation: 'the final text and its deadlines, any comment period, and how exchanges and issuers adjust',
  markets: 'whether the move holds, fund flows, and derivatives positioning such as funding rates and open interest',
  defi: 'liquidity and total value locked, governance votes, and changes to risk parameters',
  layer2: 'fees and activity on the network, bridge flows, and the timeline of the upgrade or decentralisation steps',
  ai: 'independent benchmark results, pricing and availability, and which products adopt the model',
  macro: 'the next data releases and central bank meetings, bond yields and the dollar, which usually set the tone for risk assets',
  companies: 'execution on the announced plans, any approvals still needed, and the next financial update',
  other: 'follow-up reports; on its own this item is unlikely to move markets',
};

const quote = (terms: string[]): string => terms.map((t) => `"${t}"`).join(', ');

/** "a, b and c" */
export function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function topTerms(sentiment: SentimentResult, sign: 1 | -1): string[] {
  const byTerm = new Map<string, number>();
  for (const h of sentiment.hits) {
    if (Math.sign(h.weight) === sign) byTerm.set(h.term, (byTerm.get(h.term) ?? 0) + Math.abs(h.weight));
  }
  return [...byTerm.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3).map(([t]) => t);
}

/** One sentence on tone, naming the words that set it. */
export function describeTone(sentiment: SentimentResult): string {
  const pos = topTerms(sentiment, 1);
  const neg = topTerms(sentiment, -1);
  const negated = sentiment.hits.filter((h) => h.negated).slice(0, 2).map((h) => h.term);
  const parts = [`The tone reads ${sentiment.label}`];
  if (pos.length > 0 || neg.length > 0) {
    const sides = [pos.length > 0 ? `positive cues ${quote(pos)}` : '', neg.length > 0 ? `negative cues ${quote(neg)}` : ''];
    parts.push(`: ${sides.filter(Boolean).join(' against ')}`);
  } else {
    parts.push(': the article uses little market-moving language');
  }
  const negation = negated.length > 0 ? ` Negated wording was reversed and discounted (${quote(negated)}).` : '';
  return `${parts.join('')}.${negation}`;
}

/** One sentence explaining the importance score from its signals. */
export function describeImportance(importance: ImportanceResult): string {
  const reasons = importance.signals.filter((s) => s.weight > 0).map((s) => s.reason);
  const damp = importance.signals.filter((s) => s.weight < 0).map((s) => s.reason);
  const why = reasons.length > 0
    ? `driven by ${listOf(reasons.slice(0, 4))}`
    : 'as it shows none of the usual market-moving signals (security incidents, regulation, ETFs, large amounts or market-wide moves)';
  const held = damp.length > 0 ? `; held down by ${damp.join(' and ')}` : '';
  return `Importance ${importance.score}/10, ${why}${held}.`;
}

/** Tokens and companies, or a plain statement that none were found. */
export function describeEntities(entities: EntityResult): string {
  const tokens = entities.tokens.slice(0, 8).map((t) => `${t.value.symbol} (${t.value.name})`);
  const companies = entities.companies.slice(0, 8).map((c) => c.value);
  if (tokens.length === 0 && companies.length === 0) return 'No tokens or companies from the dictionary are named.';
  const parts = [
    tokens.length > 0 ? `tokens ${tokens.join(', ')}` : '',
    companies.length > 0 ? `companies and institutions ${companies.join(', ')}` : '',
  ].filter(Boolean);
  return `Mentioned: ${parts.join('; ')}.`;
}

/** A few short paragraphs built only from what was found in the article. */
export function composeAnalysis(facts: AnalysisFacts, lead: string): string {
  const from = facts.source ? ` (${clip(facts.source, 80)})` : '';
  const paragraphs = [
    `What happened${from}: ${clip(lead, 600)}`,
    `Why it matters: ${describeImportance(facts.importance)} ${describeTone(facts.sentiment)}`,
    `Who is affected: ${describeEntities(facts.entities)} Filed under ${facts.category}.`,
    `What to watch: ${WATCH[facts.category]}. This analysis was produced offline from the article's own wording and adds no facts beyond it.`,
  ];
  return paragraphs.join('\n\n');
}
