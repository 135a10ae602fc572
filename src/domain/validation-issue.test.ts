import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeIssues, parseOrThrow } from './validation-issue';

const schema = v.object({ items: v.array(v.object({ name: v.pipe(v.string(), v.minLength(1, 'empty')) })) });

describe('valibot issues in words', () => {
  it('names each field by its dot path, the value itself by the root word, and counts what it leaves out', () => {
    const issues = v.safeParse(schema, { items: [{ name: '' }, { name: 'ok' }, { name: '' }, { name: '' }, { name: '' }] }).issues!;
    expect(describeIssues(issues, 'body')).toBe('items.0.name: empty; items.2.name: empty; items.3.name: empty; and 1 more');
    expect(describeIssues(v.safeParse(schema, 42).issues!, 'body')).toMatch(/^body: Invalid type: Expected Object/);
  });

  it('parseOrThrow returns the output or throws naming what and where', () => {
    expect(parseOrThrow(schema, { items: [], extra: 1 }, 'doc')).toEqual({ items: [] });
    expect(() => parseOrThrow(schema, { items: [{ name: '' }] }, 'stored article')).toThrow(
      'stored article does not match its schema (items.0.name: empty)',
    );
  });
});
