import { readFileSync } from 'node:fs';
import { isSubstatusDone, isSubstatusFailed, isSubstatusPending, type Substatus } from '@lifi/sdk';
import { describe, expect, it } from 'vitest';
import { explainDone, explainFailed, explainPending } from './status-explanations';

/** LI.FI's own status values (tests/fixtures/lifi-real/status-values.json) and real DONE answers. */
const values = JSON.parse(readFileSync(new URL('../../../../tests/fixtures/lifi-real/status-values.json', import.meta.url), 'utf8')) as {
  substatusPending: string[];
  substatusDone: string[];
  substatusFailed: string[];
};
const transfers = JSON.parse(readFileSync(new URL('../../../../tests/fixtures/lifi-real/analytics-transfers-done.answer.json', import.meta.url), 'utf8')) as {
  data: { status: string; substatus: string; substatusMessage: string }[];
};
const GENERIC_PENDING = explainPending(undefined);

describe('status explanations for every substatus LI.FI publishes', () => {
  it('the fixture lists exactly what the installed @lifi/types classifies', () => {
    for (const s of values.substatusPending) expect(isSubstatusPending(s as Substatus), s).toBe(true);
    for (const s of values.substatusDone) expect(isSubstatusDone(s as Substatus), s).toBe(true);
    for (const s of values.substatusFailed) expect(isSubstatusFailed(s as Substatus), s).toBe(true);
  });

  it('gives each PENDING substatus its own plain words', () => {
    const texts = values.substatusPending.map((s) => explainPending(s));
    for (const [i, text] of texts.entries()) expect(text, values.substatusPending[i]).not.toBe(GENERIC_PENDING);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('explains each DONE substatus; COMPLETED alone says the tokens arrived', () => {
    const outcomes = values.substatusDone.map((s) => explainDone(s));
    expect(outcomes.map((o) => o.title)).toEqual(['Done', 'Partly done', 'Refunded']);
    expect(outcomes.filter((o) => /arrived in your wallet/.test(o.detail))).toHaveLength(1);
  });

  it('names the reason of each FAILED substatus, beside LI.FI\'s own message', () => {
    const details = values.substatusFailed.map((s) => explainFailed(undefined, s).detail);
    const bare = explainFailed(undefined).detail;
    for (const [i, detail] of details.entries()) expect(detail, values.substatusFailed[i]).not.toBe(bare);
    expect(new Set(details).size).toBe(details.length);
    expect(explainFailed('Slippage too high', 'SLIPPAGE_EXCEEDED').detail).toMatch(/price moved.*"Slippage too high"/);
  });

  it('answers a substatus LI.FI adds later with safe generic words, never "arrived"', () => {
    expect(explainPending('SOMETHING_NEW')).toBe(GENERIC_PENDING);
    expect(explainDone('SOMETHING_NEW')).toMatchObject({ title: 'Finished', tone: 'warning' });
    expect(explainDone('SOMETHING_NEW').detail).not.toMatch(/arrived/);
    expect(explainFailed(undefined, 'SOMETHING_NEW').detail).toBe(explainFailed(undefined).detail);
  });

  it('reads the real DONE answers as done', () => {
    for (const t of transfers.data) {
      expect(t.status).toBe('DONE');
      expect(explainDone(t.substatus)).toMatchObject({ title: 'Done', tone: 'success' });
    }
  });
});
