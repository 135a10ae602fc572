/** The URL if it is an absolute http(s) URL, else null: feed links like javascript: never become hrefs. */
export function safeExternalUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** The host name without "www.", for "Read on example.com". */
export function displayHost(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}
