import { z } from 'zod';
import type { NewsCursor } from '../store/news-list-query';

const cursorSchema = z.object({
  t: z.string().datetime({ offset: true }),
  i: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});

/** Opaque page cursor: base64url of the last article's date and id. */
export function encodeCursor(cursor: NewsCursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.publishedAt, i: cursor.id }), 'utf8').toString('base64url');
}

/** Returns null for anything that is not a cursor this server issued. */
export function decodeCursor(text: string): NewsCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? { publishedAt: parsed.data.t, id: parsed.data.i } : null;
  } catch {
    return null;
  }
}
