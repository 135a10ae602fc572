import { describe, expect, it } from 'vitest';
import { isOverdue, lifiExplorerUrl, watchdogDeadline } from './watchdog';

describe('watchdog', () => {
  it('fires at three times the estimate', () => {
    expect(watchdogDeadline(1_000, 90)).toBe(1_000 + 270_000);
    expect(isOverdue(270_999, 1_000, 90)).toBe(false);
    expect(isOverdue(271_000, 1_000, 90)).toBe(true);
  });
  it('never fires before a minute, even for tiny or unknown estimates', () => {
    expect(watchdogDeadline(0, 5)).toBe(60_000);
    expect(watchdogDeadline(0, Number.NaN)).toBe(60_000);
  });
  it('links to the LI.FI explorer', () => {
    expect(lifiExplorerUrl('0xabc')).toBe('https://scan.li.fi/tx/0xabc');
  });
});
