import { describe, expect, it } from 'vitest';
import { composeAnalysis, describeEntities, describeImportance, describeTone, listOf } from './analysis-text';
import { labelSentiment } from './sentiment';

describe('analysis text', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('listOf %j', (items, text) => {
    expect(listOf(items)).toBe(text);
  });

  it('explains importance from its signals, or says none were found', () => {
    const text = describeImportance({
      score: 8,
      signals: [
        { kind: 'security', reason: 'a security incident', weight: 3 },
        { kind: 'amount', reason: 'a large amount ($38M)', weight: 1 },
        { kind: 'source', reason: 'the source (PR Newswire)', weight: -1 },
      ],
    });
    expect(text).toBe('Importance 8/10, driven by a security incident and a large amount ($38M); held down by the source (PR Newswire).');
    expect(describeImportance({ score: 2, signals: [] })).toMatch(/none of the usual market-moving signals/);
  });

  it('names the words behind the tone, including negated ones', () => {
    const tone = describeTone(labelSentiment([
      { term: 'hack', weight: 0.75, negated: true },
      { term: 'outflows', weight: -2.5, negated: false },
      { term: 'plunged', weight: -3, negated: false },
    ]));
    expect(tone).toContain('The tone reads bearish');
    expect(tone).toContain('"plunged", "outflows"');
    expect(tone).toContain('Negated wording was reversed and discounted ("hack")');
  });

  it('lists entities or says there are none', () => {
    expect(describeEntities({ tokens: [{ value: { symbol: 'ETH', name: 'Ethereum' }, count: 2 }], companies: [{ value: 'SEC', count: 1 }] }))
      .toBe('Mentioned: tokens ETH (Ethereum); companies and institutions SEC.');
    expect(describeEntities({ tokens: [], companies: [] })).toMatch(/No tokens or companies/);
  });

  it('composes four paragraphs: what happened, why it matters, who is affected, what to watch', () => {
    const text = composeAnalysis(
      {
        title: 'T',
        source: 'Desk',
        sentiment: labelSentiment([]),
        importance: { score: 2, signals: [] },
        category: 'layer2',
        entities: { tokens: [], companies: [] },
      },
      'T. Lede sentence.',
    );
    const paragraphs = text.split('\n\n');
    expect(paragraphs.map((p) => p.split(':')[0])).toEqual(['What happened (Desk)', 'Why it matters', 'Who is affected', 'What to watch']);
    expect(paragraphs[3]).toContain('fees and activity on the network');
  });
});
