import { describe, expect, it } from 'vitest';
import { formatAge, formatDateTime } from './format-age';

const now = Date.parse('2025-03-10T12:00:00Z');

describe('formatAge', () => {
  it('says "just now" under a minute and for timestamps slightly in the future', () => {
    expect(formatAge('2025-03-10T11:59:30Z', now)).toBe('just now');
    expect(formatAge('2025-03-10T12:02:00Z', now)).toBe('just now');
  });

  it('counts minutes, hours and days', () => {
    expect(formatAge('2025-03-10T11:55:00Z', now)).toBe('5 min ago');
    expect(formatAge('2025-03-10T09:00:00Z', now)).toBe('3 h ago');
    expect(formatAge('2025-03-10T11:00:00+01:00', now)).toBe('2 h ago');
    expect(formatAge('2025-03-08T11:00:00Z', now)).toBe('2 d ago');
  });

  it('switches to a date after a week', () => {
    expect(formatAge('2025-02-01T12:00:00Z', now)).toBe('1 Feb 2025');
  });

  it('does not throw on a bad date', () => {
    expect(formatAge('not a date', now)).toBe('unknown date');
    expect(formatDateTime('not a date')).toBe('unknown date');
  });

  it('formats a full date and time', () => {
    expect(formatDateTime('2025-02-01T12:00:00Z')).toMatch(/1 Feb 2025/);
  });
});
