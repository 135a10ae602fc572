import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { readCapped } from '../http/read-capped';

const FEED_TIMEOUT_MS = 10_000;
/** Large enough for a feed carrying one 5 MB item (which is then truncated), small enough to bound memory. */
export const MAX_FEED_BYTES = 8 * 1024 * 1024;

interface FeedBytes {
  bytes: Uint8Array;
  contentType?: string;
  /** Base for relative item links. */
  baseUrl?: string;
  /** Fallback source name when the feed has no title. */
  fallbackName: string;
}

export interface LoadOptions {
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
}

class FeedLoadError extends Error {}

function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

async function fetchUrl(url: string, options: Required<Omit<LoadOptions, 'signal'>> & { signal?: AbortSignal }): Promise<FeedBytes> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  try {
    const response = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: {
        accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
        'user-agent': 'MarketCompanion/0.1 (news reader)',
      },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new FeedLoadError(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > options.maxBytes) {
      await response.body?.cancel().catch(() => {});
      throw new FeedLoadError(`feed is larger than ${options.maxBytes} bytes (${declared} declared)`);
    }
    const bytes = response.body ? await readCapped(response.body, options.maxBytes, () => new FeedLoadError(`feed is larger than ${options.maxBytes} bytes`)) : new Uint8Array();
    return { bytes, contentType: response.headers.get('content-type') ?? undefined, baseUrl: response.url || url, fallbackName: new URL(url).hostname };
  } catch (error) {
    if (error instanceof FeedLoadError) throw error;
    if (timeout.aborted) throw new FeedLoadError(`timed out after ${options.timeoutMs} ms`);
    if (options.signal?.aborted) throw new FeedLoadError('cancelled');
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    throw new FeedLoadError(`${error instanceof Error ? error.message : String(error)}${cause}`);
  }
}

async function readFileCapped(path: string, maxBytes: number): Promise<FeedBytes> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new FeedLoadError(`cannot read file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) throw new FeedLoadError(`feed is larger than ${maxBytes} bytes (${size})`);
    const bytes = await handle.readFile();
    return { bytes, fallbackName: basename(path) };
  } finally {
    await handle.close();
  }
}

// A keep-alive socket the server has just closed fails with a reset before any byte arrives;
// one fresh attempt tells that race apart from a feed that is really down.
async function fetchWithOneRetry(url: string, options: Required<Omit<LoadOptions, 'signal'>> & { signal?: AbortSignal }): Promise<FeedBytes> {
  try {
    return await fetchUrl(url, options);
  } catch (error) {
    const reset = error instanceof FeedLoadError && /ECONNRESET|socket hang up|other side closed|UND_ERR_SOCKET/i.test(error.message);
    if (!reset || options.signal?.aborted) throw error;
    return fetchUrl(url, options);
  }
}

/** Reads a feed from an http(s) URL (timeout, size cap) or a local file (size cap). */
export async function loadFeedBytes(source: string, options: LoadOptions = {}): Promise<FeedBytes> {
  const timeoutMs = options.timeoutMs ?? FEED_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_FEED_BYTES;
  if (isUrl(source)) return fetchWithOneRetry(source, { timeoutMs, maxBytes, signal: options.signal });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) throw new FeedLoadError('only http(s) URLs and local files can be ingested');
  return readFileCapped(source, maxBytes);
}
