import { replyChunks } from './http/reply-chunks';

/**
 * Builds the reply as it is streamed: every piece of text goes to `onDelta` once, in order, and the
 * final reply is exactly their concatenation. Paragraphs are a blank line apart; the separator is
 * only written when the next paragraph actually has text.
 */
export class ReplyWriter {
  private text = '';
  private breakPending = false;

  constructor(private readonly onDelta: (text: string) => void = () => {}) {}

  /** Streams text into the current paragraph (the first piece of a paragraph must not start with whitespace). */
  readonly write = (piece: string): void => {
    if (!piece) return;
    const out = this.breakPending ? `\n\n${piece}` : piece;
    this.breakPending = false;
    this.text += out;
    this.onDelta(out);
  };

  /** Ends the current paragraph. */
  endParagraph(): void {
    if (this.text) this.breakPending = true;
  }

  /** A whole paragraph, trimmed and sent in sentence-sized pieces. */
  paragraph(text: string): void {
    this.endParagraph();
    for (const piece of replyChunks(text.trim())) this.write(piece);
    this.endParagraph();
  }

  get reply(): string {
    return this.text;
  }
}
