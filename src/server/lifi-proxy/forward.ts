import type { CachedResponse } from './ttl-cache';

export interface UpstreamSettings {
  apiUrl: string;
  apiKey?: string;
  integrator: string;
  timeoutMs: number;
}

export interface UpstreamResult extends CachedResponse {
  /** Retry headers worth passing back (429 and 503). */
  retryHeaders: Record<string, string>;
}

export class UpstreamTimeoutError extends Error {}
export class UpstreamUnreachableError extends Error {}

const RETRY_HEADER = /^(retry-after|ratelimit-.*|x-ratelimit-.*)$/i;
/** Request headers the SDK sends that LI.FI may use; everything else (cookies, a client-sent key) is dropped. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'content-type', 'x-lifi-sdk', 'x-lifi-widget', 'x-lifi-userid'];

/** One request to the LI.FI API with the server's key and integrator; never throws on HTTP errors. */
export async function forwardToLifi(settings: UpstreamSettings, init: { method: string; path: string; query: string; headers: Headers; body?: string }): Promise<UpstreamResult> {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = init.headers.get(name);
    if (value) headers.set(name, value);
  }
  headers.set('x-lifi-integrator', settings.integrator);
  if (settings.apiKey) headers.set('x-lifi-api-key', settings.apiKey);

  const url = `${settings.apiUrl}/${init.path}${init.query ? `?${init.query}` : ''}`;
  let response: Response;
  try {
    response = await fetch(url, { method: init.method, headers, body: init.body, signal: AbortSignal.timeout(settings.timeoutMs), redirect: 'error' });
  } catch (error) {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      throw new UpstreamTimeoutError(`LI.FI did not answer within ${Math.round(settings.timeoutMs / 1000)} s`);
    }
    throw new UpstreamUnreachableError('LI.FI could not be reached');
  }
  let body: string;
  try {
    body = await response.text();
  } catch {
    throw new UpstreamTimeoutError(`LI.FI did not finish its answer within ${Math.round(settings.timeoutMs / 1000)} s`);
  }
  const retryHeaders: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (RETRY_HEADER.test(name)) retryHeaders[name] = value;
  });
  const contentType = response.headers.get('content-type') ?? 'application/json';
  if (!contentType.includes('json')) {
    // Never relay upstream HTML or text as-is; the SDK reads `message` from JSON error bodies.
    const status = response.ok ? 502 : response.status;
    const message = `LI.FI answered ${response.status} without JSON`;
    return { status, body: JSON.stringify({ message, error: message }), contentType: 'application/json', retryHeaders };
  }
  return { status: response.status, body, contentType: 'application/json', retryHeaders };
}
