import { z } from 'zod';

/** Where LI.FI's token and tool lists keep their logos; only https. */
export const DEFAULT_IMAGE_HOSTS = [
  'raw.githubusercontent.com', 'assets.coingecko.com', 'coin-images.coingecko.com', 'static.debank.com',
  's2.coinmarketcap.com', 'ethereum-optimism.github.io',
];

export const MAX_IMAGE_URL_CHARS = 2048;

/**
 * The origin an allow-list entry stands for: a bare host means https on the default port; a full
 * origin (`http://127.0.0.1:4010`, as tests use for loopback fakes) is taken as written. Null when invalid.
 */
export function originOfHostEntry(entry: string): string | null {
  const text = entry.trim();
  if (text === '') return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** The default hosts plus the configured extra entries (already validated by the config). */
export function allowedImageOrigins(extraEntries: readonly string[] = []): Set<string> {
  const origins = new Set<string>();
  for (const entry of [...DEFAULT_IMAGE_HOSTS, ...extraEntries]) {
    const origin = originOfHostEntry(entry);
    if (origin) origins.add(origin);
  }
  return origins;
}

function urlProblem(value: string): string | null {
  if (!URL.canParse(value)) return 'must be an absolute URL';
  const url = new URL(value);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be an http(s) URL';
  if (url.username || url.password) return 'must not carry credentials';
  return null;
}

/** `?url=` of the image proxy: an absolute http(s) URL without credentials. */
export const imageQuerySchema = z.object({
  url: z
    .string()
    .max(MAX_IMAGE_URL_CHARS)
    .superRefine((value, ctx) => {
      const problem = urlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
});

/** Whether the proxy may fetch `url`: its exact origin (scheme, host and port) is on the list. */
export function isAllowedImageUrl(url: string, origins: ReadonlySet<string>): boolean {
  if (!URL.canParse(url)) return false;
  return origins.has(new URL(url).origin);
}

const IPV4_LITERAL = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * The origin a stored article's picture may be fetched from, or null. Feed text is third-party, so
 * only https on the default port and a public-looking name: no IP literal, no localhost, no
 * single-label or `.local`/`.internal` name (those reach the server's own network, not a CDN).
 */
export function articleImageOrigin(prefix: string): string | null {
  if (!URL.canParse(prefix)) return null;
  const url = new URL(prefix);
  const host = url.hostname.toLowerCase();
  if (url.protocol !== 'https:' || url.port !== '' || url.username || url.password) return null;
  if (host.startsWith('[') || IPV4_LITERAL.test(host) || !host.includes('.')) return null;
  if (host === 'localhost' || /\.(localhost|local|internal|lan|home\.arpa)$/.test(host)) return null;
  return url.origin;
}
