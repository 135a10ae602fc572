import { isAllowedImageUrl } from './image-hosts';
import { sniffImageType, type ImageType } from './sniff-image';
import { readCapped } from '../http/read-capped';

export const IMAGE_TIMEOUT_MS = 5000;
/** Logos are a few KB; a cap keeps one request from filling the cache or the memory. */
export const MAX_IMAGE_BYTES = 1024 * 1024;
const MAX_REDIRECTS = 3;

export interface FetchedImage {
  type: ImageType;
  bytes: Uint8Array;
}

/** Why an image was not served; `status` is what the proxy answers. */
export class ImageFetchError extends Error {
  constructor(readonly status: 403 | 415 | 502 | 504, message: string) {
    super(message);
  }
}

export interface FetchImageOptions {
  origins: ReadonlySet<string>;
  timeoutMs?: number;
  maxBytes?: number;
}

/** Fetches an allowed image, following at most 3 redirects and only to allowed origins; never cookies or credentials. */
export async function fetchImage(url: string, options: FetchImageOptions): Promise<FetchedImage> {
  const { origins, timeoutMs = IMAGE_TIMEOUT_MS, maxBytes = MAX_IMAGE_BYTES } = options;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  try {
    for (let hop = 0; ; hop++) {
      if (!isAllowedImageUrl(current, origins)) throw new ImageFetchError(403, `host "${new URL(current).host}" is not an allowed image host`);
      const response = await fetch(current, { signal, redirect: 'manual', credentials: 'omit', headers: { accept: 'image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8' } });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => {});
        if (hop >= MAX_REDIRECTS) throw new ImageFetchError(502, `more than ${MAX_REDIRECTS} redirects`);
        current = new URL(location, current).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        throw new ImageFetchError(502, `image host answered ${response.status}`);
      }
      const declared = response.headers.get('content-type') ?? '';
      if (!/^image\//i.test(declared)) {
        await response.body?.cancel().catch(() => {});
        throw new ImageFetchError(415, `not an image (${declared || 'no content type'})`);
      }
      if (Number(response.headers.get('content-length') ?? '0') > maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw new ImageFetchError(502, `image is larger than ${maxBytes} bytes`);
      }
      const bytes = response.body ? await readCapped(response.body, maxBytes, () => new ImageFetchError(502, `image is larger than ${maxBytes} bytes`)) : new Uint8Array();
      const type = sniffImageType(bytes, declared);
      if (!type) throw new ImageFetchError(415, `not a supported image (declared ${declared})`);
      return { type, bytes };
    }
  } catch (error) {
    if (error instanceof ImageFetchError) throw error;
    if (signal.aborted) throw new ImageFetchError(504, `image host did not answer within ${timeoutMs} ms`);
    throw new ImageFetchError(502, 'image host unreachable');
  }
}
