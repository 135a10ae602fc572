import { describe, expect, it } from 'vitest';
import { closingBlocks, composeReply, openingBlocks, type ReplyParts } from './compose-reply';
import { ReplyWriter } from './reply-writer';

/** What the service does: opening paragraphs, streamed brain words, the brain's closing text, closing paragraphs. */
function written(parts: ReplyParts, streamed: string[] = []): { deltas: string[]; reply: string } {
  const deltas: string[] = [];
  const writer = new ReplyWriter((text) => deltas.push(text));
  for (const block of openingBlocks(parts)) writer.paragraph(block);
  writer.endParagraph();
  for (const piece of streamed) writer.write(piece);
  writer.paragraph(parts.brainReply);
  for (const block of closingBlocks(parts)) writer.paragraph(block);
  return { deltas, reply: writer.reply };
}

describe('ReplyWriter', () => {
  const cases: ReplyParts[] = [
    { brainReply: 'Hi. How are you?', articleMissing: false, proposalCount: 0, droppedReasons: ['a', 'b', 'a'] },
    { brainReply: 'Ok', articleMissing: true, proposalCount: 2, droppedReasons: ['no wallet'] },
    { brainReply: '  Just text. ', articleMissing: false, proposalCount: 0, droppedReasons: [] },
    { brainReply: '', articleMissing: true, proposalCount: 1, droppedReasons: [] },
    { brainReply: '', articleMissing: false, proposalCount: 0, droppedReasons: [] },
  ];

  it.each(cases)('writes what composeReply composes, in deltas that add up to it (%#)', (parts) => {
    const { deltas, reply } = written(parts);
    expect(reply).toBe(composeReply(parts));
    expect(deltas.join('')).toBe(reply);
  });

  it('puts streamed words in their own paragraph, before the brain closing text', () => {
    const parts = { brainReply: 'The model stopped.', articleMissing: true, proposalCount: 0, droppedReasons: ['withdrawn'] };
    const { deltas, reply } = written(parts, ['You hold', ' 1 ETH.']);
    expect(reply).toBe('I could not find that article; it may have been removed.\n\nYou hold 1 ETH.\n\nThe model stopped.\n\nI did not propose a trade: withdrawn.');
    expect(deltas).toContain('\n\nYou hold');
    expect(deltas.join('')).toBe(reply);
  });
});
