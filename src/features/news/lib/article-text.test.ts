import { describe, expect, it } from 'vitest';
import { analyzerLabel, importanceBand, sentimentIcon, sentimentLabel, splitParagraphs } from './article-text';

describe('splitParagraphs', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(splitParagraphs('First line\nstill first.\n\n  Second.\n \n\nThird.')).toEqual([
      'First line still first.', 'Second.', 'Third.',
    ]);
  });

  it('returns nothing for blank text and one paragraph for plain text', () => {
    expect(splitParagraphs(' \n\n ')).toEqual([]);
    expect(splitParagraphs('Only one.')).toEqual(['Only one.']);
  });

  it('keeps markup as literal text', () => {
    expect(splitParagraphs('<img src=x onerror=alert(1)>')).toEqual(['<img src=x onerror=alert(1)>']);
  });
});

describe('importanceBand', () => {
  it('maps the 1-10 scale onto four bands at the edges', () => {
    expect([1, 3, 4, 6, 7, 8, 9, 10].map(importanceBand)).toEqual([
      'low', 'low', 'medium', 'medium', 'high', 'high', 'critical', 'critical',
    ]);
  });
});

describe('labels', () => {
  it('names sentiments and analysers in words', () => {
    expect(sentimentLabel('bearish')).toBe('Bearish');
    expect(sentimentIcon('bullish')).toBe('▲');
    expect(analyzerLabel('openai')).toBe('Analysed by AI');
    expect(analyzerLabel('offline')).toBe('Analysed offline');
  });
});
