import type { RawFeedItem } from './parse-feed';
import { htmlToLine, htmlToText } from './sanitise';
import { safeHttpUrl } from './safe-url';
import { canonicalUrl } from './canonical-url';
import { articleId, contentHash } from './content-hash';

/** An item ready to analyse and store: plain text only, a safe link, ids and hashes computed. */
export interface ArticleCandidate {
  id: string;
  title: string;
  url: string;
  canonicalUrl: string;
  source: string;
  /** ISO 8601 */
  publishedAt: string;
  text: string;
  contentHash: string;
  /** Plain-text byline, or null when the feed names none. */
  author: string | null;
  /** Absolute http(s) picture URL, or null. */
  imageUrl: string | null;
}

type NormaliseResult = { ok: true; candidate: ArticleCandidate } | { ok: false; reason: string };

const MAX_TITLE_CHARS = 300;
const MAX_AUTHOR_CHARS = 200;
export const MAX_TEXT_CHARS = 20_000;
const FUTURE_TOLERANCE_MS = 24 * 3600_000;

interface NormaliseContext {
  source: string;
  /** Base for relative links (the feed's URL or site link). */
  baseUrl?: string;
  now: Date;
}

function publishedAt(raw: string | undefined, now: Date): string {
  const parsed = raw ? new Date(raw.trim()) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return now.toISOString();
  }
  return parsed.toISOString();
}

/** Checks and cleans one raw feed item; items without a usable title or http(s) link are skipped with a reason. */
export function normaliseItem(item: RawFeedItem, context: NormaliseContext): NormaliseResult {
  const title = htmlToLine(item.title ?? '', MAX_TITLE_CHARS);
  if (title === '') return { ok: false, reason: 'item has no title' };
  const label = title.length > 60 ? `${title.slice(0, 57)}...` : title;
  if (!item.link || item.link.trim() === '') return { ok: false, reason: `"${label}": item has no link` };
  const url = safeHttpUrl(item.link, context.baseUrl);
  if (!url) return { ok: false, reason: `"${label}": link is not an http(s) URL` };
  const text = htmlToText(item.html ?? '', MAX_TEXT_CHARS) || title;
  const canonical = canonicalUrl(url);
  const source = (item.source && htmlToLine(item.source, 120)) || context.source;
  const author = (item.author && htmlToLine(item.author, MAX_AUTHOR_CHARS)) || null;
  return {
    ok: true,
    candidate: {
      id: articleId(canonical),
      title,
      url,
      canonicalUrl: canonical,
      source,
      publishedAt: publishedAt(item.date, context.now),
      text,
      contentHash: contentHash(title, text),
      author,
      imageUrl: safeHttpUrl(item.imageUrl, context.baseUrl),
    },
  };
}
