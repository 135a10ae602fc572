import { gzipSync } from 'node:zlib';

/** A JSON response body kept encoded, with its gzip form made on first demand and then reused. */
export class EncodedBody {
  private gzipped?: Uint8Array<ArrayBuffer>;

  constructor(readonly raw: Uint8Array<ArrayBuffer>) {}

  static fromJson(json: string): EncodedBody {
    return new EncodedBody(new TextEncoder().encode(json));
  }

  get empty(): boolean {
    return this.raw.byteLength === 0;
  }

  /** The gzip form; small bodies are not worth it and stay as they are. */
  gzip(): Uint8Array<ArrayBuffer> | undefined {
    if (this.raw.byteLength < 1024) return undefined;
    this.gzipped ??= new Uint8Array(gzipSync(this.raw, { level: 6 }));
    return this.gzipped;
  }
}

/** True when the Accept-Encoding header allows gzip (q=0 excluded). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (name !== 'gzip' && name !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}
