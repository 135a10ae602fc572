/** Splits a reply into sentence-sized stream deltas whose concatenation is exactly the reply. */
export function replyChunks(reply: string): string[] {
  return reply.split(/(?<=[.!?\n])/).filter((chunk) => chunk.length > 0);
}
