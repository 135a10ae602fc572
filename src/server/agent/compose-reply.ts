export interface ReplyParts {
  brainReply: string;
  articleMissing: boolean;
  proposalCount: number;
  droppedReasons: readonly string[];
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Paragraphs before the brain's words. Pure. */
export function openingBlocks(parts: Pick<ReplyParts, 'articleMissing'>): string[] {
  return parts.articleMissing ? ['I could not find that article; it may have been removed.'] : [];
}

/** Paragraphs after the brain's words: why anything was not proposed (each reason once), then the signing reminder. Pure. */
export function closingBlocks(parts: Pick<ReplyParts, 'proposalCount' | 'droppedReasons'>): string[] {
  const blocks: string[] = [];
  const reasons = [...new Set(parts.droppedReasons)];
  if (reasons.length === 1) blocks.push(`I did not propose a trade: ${reasons[0]}.`);
  else if (reasons.length > 1) blocks.push(`I did not propose some trades:\n${reasons.map((r) => `- ${sentence(r)}.`).join('\n')}`);
  if (parts.proposalCount > 0) {
    const cards = parts.proposalCount === 1 ? 'the proposal' : `the ${parts.proposalCount} proposals`;
    blocks.push(`Review ${cards} below; nothing is sent until you sign in your wallet.`);
  }
  return blocks;
}

/**
 * The whole reply the user reads, as one string: opening, the brain's words, closing, a blank line
 * apart. The service streams the same paragraphs through a ReplyWriter instead. Pure.
 */
export function composeReply(parts: ReplyParts): string {
  const brain = parts.brainReply.trim();
  return [...openingBlocks(parts), ...(brain ? [brain] : []), ...closingBlocks(parts)].join('\n\n');
}
