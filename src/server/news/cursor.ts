import { z } from 'zod';
import type { NewsCursor } from '../store/news-list-query';
import { decodeOpaqueToken, encodeOpaqueToken } from './opaque-token';

const cursorSchema = z.object({
  t: z.string().datetime({ offset: true }),
  i: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});

/** Opaque page cursor: base64url of the last article's date and id. */
export function encodeCursor(cursor: NewsCursor): string {
  return encodeOpaqueToken({ t: cursor.publishedAt, i: cursor.id });
}

/** Returns null for anything that is not a cursor this server issued. */
export function decodeCursor(text: string): NewsCursor | null {
  const payload = decodeOpaqueToken(text, cursorSchema);
  return payload ? { publishedAt: payload.t, id: payload.i } : null;
}
