import { z } from 'zod';

/** Where a ranked page (importance, For you) continues: the offset, and the time the ranking was made at. */
export interface OffsetCursor {
  offset: number;
  /** Epoch ms; "For you" ranks every page as of this moment, so pages do not shift while you scroll. */
  asOf: number;
}

const schema = z.object({ o: z.number().int().min(0).max(100_000), a: z.number().int().min(0) });

export function encodeOffsetCursor(cursor: OffsetCursor): string {
  return Buffer.from(JSON.stringify({ o: cursor.offset, a: cursor.asOf }), 'utf8').toString('base64url');
}

/** Null for anything that is not an offset cursor this server issued. */
export function decodeOffsetCursor(text: string): OffsetCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? { offset: parsed.data.o, asOf: parsed.data.a } : null;
  } catch {
    return null;
  }
}
