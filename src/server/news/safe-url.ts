const MAX_URL_CHARS = 2048;

/**
 * Returns the absolute http(s) URL for a feed link, or null for anything else
 * (javascript:, data:, file:, credentials in the URL, control characters, absurd length).
 */
export function safeHttpUrl(raw: string | undefined | null, base?: string): string | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > MAX_URL_CHARS || /[\u0000-\u001f\u007f\s]/.test(trimmed)) return null;
  let url: URL;
  try {
    url = base && /^https?:/i.test(base) ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.hostname === '') return null;
  return url.href;
}
