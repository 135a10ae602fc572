import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { analysisSchema } from '@/domain/article';
import type { ArticleInput } from '../analyser';
import { analyseOffline, createOfflineAnalyser, MAX_TEXT_CHARS } from './offline-analyser';
import { articleInput } from './test-support';

const HACK = articleInput(
  'Hackers drain $120 million from Harborline lending protocol on Arbitrum',
  [
    'Attackers drained about $120M worth of ETH and USDC from Harborline, a lending protocol on Arbitrum, on Tuesday.',
    'The team paused its contracts and said it was working with Chainalysis.',
    'ARB fell 6% after the news.',
    'The exploit used a flaw in the price oracle.',
    'Uniswap Labs said it was not affected.',
  ].join(' '),
);

describe('createOfflineAnalyser', () => {
  it('is named offline and returns a schema-valid analysis', async () => {
    const analyser = createOfflineAnalyser();
    expect(analyser.name).toBe('offline');
    const analysis = await analyser.analyse(HACK);
    expect(v.safeParse(analysisSchema, analysis).success).toBe(true);
    expect(analysis.sentiment).toBe('bearish');
    expect(analysis.category).toBe('security');
    expect(analysis.importance).toBeGreaterThanOrEqual(7);
    expect(analysis.entities.tokens.map((t) => t.symbol)).toEqual(expect.arrayContaining(['ETH', 'USDC', 'ARB']));
    expect(analysis.entities.companies).toEqual(expect.arrayContaining(['Chainalysis', 'Uniswap Labs']));
  });

  it('is deterministic', () => {
    expect(analyseOffline(HACK).analysis).toEqual(analyseOffline(HACK).analysis);
  });

  it('writes an analysis of a few paragraphs that explains its scores from the article only', () => {
    const { analysis, importance } = analyseOffline(HACK);
    const paragraphs = analysis.analysis.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs[0]).toContain('Hackers drain $120 million');
    expect(analysis.analysis).toContain(`Importance ${analysis.importance}/10`);
    expect(analysis.analysis).toContain('security incident');
    expect(analysis.analysis).toContain('$120M');
    expect(analysis.analysis).toContain('ARB (Arbitrum)');
    expect(analysis.analysis).toMatch(/tone reads bearish/);
    expect(importance.signals.map((s) => s.kind)).toEqual(expect.arrayContaining(['security', 'amount']));
  });

  it('keeps the summary short and the takeaways distinct', () => {
    const { analysis } = analyseOffline(HACK);
    expect(analysis.summary.length).toBeLessThanOrEqual(300);
    expect(new Set(analysis.takeaways).size).toBe(analysis.takeaways.length);
  });
});

describe('degenerate input still yields a valid analysis', () => {
  const cases: Array<[string, ArticleInput]> = [
    ['empty title and text', articleInput('', '')],
    ['empty text', articleInput('Bitcoin ETF approved', '')],
    ['one word', articleInput('Bitcoin', 'Bitcoin')],
    ['only punctuation', articleInput('?!', '... --- !!! ??? ;;; ,,,')],
    ['another language (German)', articleInput('Bitcoin steigt', 'Der Bitcoin-Kurs stieg am Montag deutlich. Anleger waren zufrieden.')],
    ['another script (Chinese)', articleInput('比特币上涨', '比特币价格周一上涨。投资者情绪改善。以太坊也上涨了。')],
    ['200 KB of text', articleInput('Long read', 'The ETH price rose and the market rallied. '.repeat(5000))],
    ['control characters', articleInput('A\u0000B', 'Text\u0007 with \u001b control characters.')],
    ['hostile shapes', { title: 42, text: null, source: undefined } as unknown as ArticleInput],
  ];

  it.each(cases)('%s', async (_name, input) => {
    const analysis = await createOfflineAnalyser().analyse(input);
    const parsed = v.safeParse(analysisSchema, analysis);
    expect(parsed.success, JSON.stringify(parsed.issues)).toBe(true);
    expect(analysis.takeaways.length).toBeGreaterThanOrEqual(3);
  });

  it('says so when there was nothing to read', async () => {
    const analysis = await createOfflineAnalyser().analyse(articleInput('', ''));
    expect(analysis.summary).toMatch(/no readable text/i);
    expect(analysis.sentiment).toBe('neutral');
    expect(analysis.category).toBe('other');
  });

  it('reads at most MAX_TEXT_CHARS of a huge body', () => {
    const huge = articleInput('Huge', `${'Calm words only. '.repeat(4000)}Hackers drained $5 billion.`);
    expect(huge.text.length).toBeGreaterThan(MAX_TEXT_CHARS);
    expect(analyseOffline(huge).importance.signals.map((s) => s.kind)).not.toContain('security');
  });
});
