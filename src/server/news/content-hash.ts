import { createHash } from 'node:crypto';

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

/** sha256 (hex) of the normalised title and text: the same story under two URLs hashes the same. */
export function contentHash(title: string, text: string): string {
  return createHash('sha256').update(`${normalise(title)}\n${normalise(text)}`).digest('hex');
}

/** Short stable article id derived from the canonical URL. */
export function articleId(canonical: string): string {
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}
