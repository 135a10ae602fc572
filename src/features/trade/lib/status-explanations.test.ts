import { describe, expect, it } from 'vitest';
import { actionLabel, actionStatusText, explainDone, explainFailed, explainPending } from './status-explanations';

describe('status explanations', () => {
  it('explains each way a transfer can finish', () => {
    expect(explainDone('COMPLETED')).toMatchObject({ title: 'Done', tone: 'success' });
    expect(explainDone(undefined).tone).toBe('success');
    expect(explainDone('PARTIAL')).toMatchObject({ title: 'Partly done', tone: 'warning' });
    expect(explainDone('PARTIAL').detail).toMatch(/another token/);
    expect(explainDone('REFUNDED')).toMatchObject({ title: 'Refunded', tone: 'warning' });
    expect(explainDone('REFUNDED').detail).toMatch(/sent back/);
    expect(explainFailed('bridge exploded')).toMatchObject({ title: 'Failed', tone: 'error' });
    expect(explainFailed('bridge exploded').detail).toMatch(/"bridge exploded".*nothing is re-signed/);
  });
  it('explains pending substatuses, with a fallback', () => {
    expect(explainPending('WAIT_DESTINATION_TRANSACTION')).toMatch(/destination chain/);
    expect(explainPending('SOMETHING_NEW')).toBe('Waiting for the bridge.');
    expect(explainPending(undefined)).toBe('Waiting for the bridge.');
  });
  it('labels actions and their states', () => {
    const names = { symbol: 'USDC', fromChain: 'Base', toChain: 'Arbitrum', amountText: '25' };
    expect(actionLabel('SET_ALLOWANCE', names)).toBe('Approve exactly 25 USDC');
    expect(actionLabel('CROSS_CHAIN', names)).toBe('Bridge from Base to Arbitrum');
    expect(actionLabel('RECEIVING_CHAIN', names)).toBe('Receive on Arbitrum');
    expect(actionLabel('NEW_THING', names)).toBe('new thing');
    expect(actionStatusText('ACTION_REQUIRED', 'SWAP')).toBe('Confirm in your wallet');
    expect(actionStatusText('PENDING', 'RECEIVING_CHAIN')).toMatch(/destination/);
  });
});
