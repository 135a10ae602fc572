const MAX_URL_CHARS = 2048;

/**
 * The address a remote logo is shown from: our server's image proxy, since the page's CSP allows
 * images only from our origin. Null for anything that is not a plain absolute http(s) URL.
 */
export function proxiedImageUrl(raw: string | null | undefined): string | null {
  if (!raw || raw.length > MAX_URL_CHARS) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return null;
  return `/api/image?url=${encodeURIComponent(url.href)}`;
}
