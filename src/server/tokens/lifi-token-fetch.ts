import { SUPPORTED_CHAIN_IDS } from '@/domain/chains';
import type { ServerConfig } from '../config';
import { parseLifiTokenList, type ParsedTokenList } from './token-list-schema';

const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface LifiFetchOptions {
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** GET {LIFI_API_URL}/tokens for the supported chains, validated. Throws a plain error on any failure. */
export async function fetchLifiTokenList(lifi: ServerConfig['lifi'], options: LifiFetchOptions): Promise<ParsedTokenList> {
  const doFetch = options.fetch ?? fetch;
  const url = `${lifi.apiUrl}/tokens?chains=${SUPPORTED_CHAIN_IDS.join(',')}`;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (lifi.apiKey) headers['x-lifi-api-key'] = lifi.apiKey;
  let response: Response;
  try {
    response = await doFetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new Error(timedOut ? `LI.FI /tokens did not answer within ${options.timeoutMs} ms` : `LI.FI /tokens is unreachable: ${String(error)}`);
  }
  if (!response.ok) throw new Error(`LI.FI /tokens answered HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) throw new Error(`LI.FI /tokens response is too large (${length} bytes)`);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('LI.FI /tokens answered with something that is not JSON');
  }
  const parsed = parseLifiTokenList(json);
  if (parsed.byChain.size === 0) throw new Error('LI.FI /tokens listed no valid token for the supported chains');
  return parsed;
}
