import { describe, expect, it } from 'vitest';
import { pickAuthor } from './feed-item-author';

describe('pickAuthor', () => {
  it('takes the first source that names someone', () => {
    expect(pickAuthor(undefined, [], [{ name: 'Omkar Godbole' }], [{ name: 'Feed Desk' }])).toBe('Omkar Godbole');
    expect(pickAuthor(['Jamie Crawley'], [{ name: 'Other' }])).toBe('Jamie Crawley');
  });

  it('joins several writers once each and trims them', () => {
    expect(pickAuthor([' Ana Berman ', 'Helen Partz', 'Ana Berman'])).toBe('Ana Berman, Helen Partz');
  });

  it('ignores bare e-mail addresses and empty names, falling through to the next source', () => {
    expect(pickAuthor([{ email: 'editor@example.com' }, { name: 'editor@example.com' }, { name: '  ' }], ['Desk'])).toBe('Desk');
    expect(pickAuthor([{ name: 'a@b.c' }])).toBeUndefined();
  });

  it('accepts a single value as well as a list, and nothing else', () => {
    expect(pickAuthor({ name: 'Solo' })).toBe('Solo');
    expect(pickAuthor('Plain')).toBe('Plain');
    expect(pickAuthor(42, null, [{ name: 7 }])).toBeUndefined();
  });
});
