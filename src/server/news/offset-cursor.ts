import { z } from 'zod';
import { decodeOpaqueToken, encodeOpaqueToken } from './opaque-token';

/** Where a ranked page (importance, For you) continues: the offset, and the time the ranking was made at. */
export interface OffsetCursor {
  offset: number;
  /** Epoch ms; "For you" ranks every page as of this moment, so pages do not shift while you scroll. */
  asOf: number;
}

const schema = z.object({ o: z.number().int().min(0).max(100_000), a: z.number().int().min(0) });

export function encodeOffsetCursor(cursor: OffsetCursor): string {
  return encodeOpaqueToken({ o: cursor.offset, a: cursor.asOf });
}

/** Null for anything that is not an offset cursor this server issued. */
export function decodeOffsetCursor(text: string): OffsetCursor | null {
  const payload = decodeOpaqueToken(text, schema);
  return payload ? { offset: payload.o, asOf: payload.a } : null;
}
