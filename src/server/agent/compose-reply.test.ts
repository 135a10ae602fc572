import { describe, expect, it } from 'vitest';
import { composeReply } from './compose-reply';

describe('composeReply', () => {
  it('adds each dropped reason once, capitalised in a list when there are several', () => {
    const text = composeReply({ brainReply: 'Hi.', articleMissing: false, proposalCount: 0, droppedReasons: ['you hold only 1 ETH on Base', 'x is not listed', 'x is not listed'] });
    expect(text).toBe('Hi.\n\nI did not propose some trades:\n- You hold only 1 ETH on Base.\n- X is not listed.');
  });

  it('one reason is one sentence; proposals get the signing reminder; a missing article is said first', () => {
    expect(composeReply({ brainReply: 'Ok', articleMissing: true, proposalCount: 2, droppedReasons: ['no wallet'] })).toBe(
      'I could not find that article; it may have been removed.\n\nOk\n\nI did not propose a trade: no wallet.\n\nReview the 2 proposals below; nothing is sent until you sign in your wallet.',
    );
  });

  it('keeps a plain answer plain', () => {
    expect(composeReply({ brainReply: '  Just text. ', articleMissing: false, proposalCount: 0, droppedReasons: [] })).toBe('Just text.');
  });
});
