export interface ReplyParts {
  brainReply: string;
  articleMissing: boolean;
  proposalCount: number;
  droppedReasons: readonly string[];
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The reply the user reads: the brain's words, then why anything was not proposed (each reason once),
 * then a reminder that nothing happens until they sign. Pure.
 */
export function composeReply(parts: ReplyParts): string {
  const blocks: string[] = [];
  if (parts.articleMissing) blocks.push('I could not find that article; it may have been removed.');
  if (parts.brainReply.trim()) blocks.push(parts.brainReply.trim());
  const reasons = [...new Set(parts.droppedReasons)];
  if (reasons.length === 1) blocks.push(`I did not propose a trade: ${reasons[0]}.`);
  else if (reasons.length > 1) blocks.push(`I did not propose some trades:\n${reasons.map((r) => `- ${sentence(r)}.`).join('\n')}`);
  if (parts.proposalCount > 0) {
    const cards = parts.proposalCount === 1 ? 'the proposal' : `the ${parts.proposalCount} proposals`;
    blocks.push(`Review ${cards} below; nothing is sent until you sign in your wallet.`);
  }
  return blocks.join('\n\n');
}
