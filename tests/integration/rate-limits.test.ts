import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@/server/main';
import { startFakeLifi, type FakeLifi } from '../support/fake-lifi/fake-lifi';
import { startTestServer } from '../support/server';

const HOLDER = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const OTHER = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC';
const CLIENT_A = '198.51.100.10';
const CLIENT_B = '198.51.100.20';

let lifi: FakeLifi;
let proxied: RunningServer; // behind one trusted reverse proxy: X-Forwarded-For names the client
let direct: RunningServer; // no proxy trusted: only the socket's peer counts

beforeAll(async () => {
  lifi = await startFakeLifi({ tokens: [] });
  const limits = { PORTFOLIO_RATE_LIMIT_PER_MINUTE: '2', LIFI_PROXY_RATE_LIMIT_PER_MINUTE: '3', AGENT_RATE_LIMIT_PER_MINUTE: '2', LIFI_API_URL: lifi.apiUrl };
  [proxied, direct] = await Promise.all([
    startTestServer({ jobs: false, env: { ...limits, TRUST_PROXY: '1' } }),
    startTestServer({ jobs: false, env: limits }),
  ]);
});

afterAll(async () => {
  await Promise.all([proxied?.close(), direct?.close()]);
  await lifi?.close();
});

const get = (server: RunningServer, path: string, client?: string) =>
  fetch(`${server.url}${path}`, { headers: client ? { 'x-forwarded-for': client } : {} });

const chat = (server: RunningServer, address: string, client: string) =>
  fetch(`${server.url}/api/agent/chat`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': client }, body: JSON.stringify({ message: 'hello', address }) });

async function expectLimited(response: Response, setting: string) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(60);
  const body = (await response.json()) as { error: string; limit: string; retryAfterSeconds: number };
  expect(body.limit).toBe(setting);
  expect(body.error).toMatch(new RegExp(`^rate limit ${setting} reached: .*; try again in ${retryAfter} s$`));
  expect(body.retryAfterSeconds).toBe(retryAfter);
}

describe('GET /api/portfolio/:address per client', () => {
  it('answers 429 with Retry-After past the limit; other clients and other paths are unaffected', async () => {
    for (let i = 0; i < 2; i += 1) expect((await get(proxied, `/api/portfolio/${HOLDER}`, CLIENT_A)).status).toBe(200);
    await expectLimited(await get(proxied, `/api/portfolio/${OTHER}`, CLIENT_A), 'PORTFOLIO_RATE_LIMIT_PER_MINUTE');
    expect((await get(proxied, `/api/portfolio/${HOLDER}`, CLIENT_B)).status).toBe(200);
    expect((await get(proxied, '/api/chains', CLIENT_A)).status).toBe(200);
    expect((await get(proxied, '/api/news', CLIENT_A)).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless a proxy is trusted: a forged header is no new client', async () => {
    expect((await get(direct, `/api/portfolio/${HOLDER}`, CLIENT_A)).status).toBe(200);
    expect((await get(direct, `/api/portfolio/${HOLDER}`, CLIENT_B)).status).toBe(200);
    await expectLimited(await get(direct, `/api/portfolio/${HOLDER}`, '203.0.113.99'), 'PORTFOLIO_RATE_LIMIT_PER_MINUTE');
  });
});

describe('/api/lifi/* per client', () => {
  it('answers 429 with Retry-After past the limit without reaching LI.FI; other clients are unaffected', async () => {
    const before = lifi.requestsTo('GET /v1/tokens').length;
    expect((await get(proxied, '/api/lifi/v1/chains', CLIENT_A)).status).toBe(200);
    expect((await get(proxied, '/api/lifi/v1/tokens?chains=8453', CLIENT_A)).status).toBe(200);
    expect((await get(proxied, '/api/lifi/v1/keys', CLIENT_A)).status).toBe(404); // counted too: every path is ours to answer
    const refused = await get(proxied, '/api/lifi/v1/tokens?chains=10', CLIENT_A);
    await expectLimited(refused, 'LIFI_PROXY_RATE_LIMIT_PER_MINUTE');
    expect(lifi.requestsTo('GET /v1/tokens').filter((r) => r.query.get('chains') === '10')).toHaveLength(0);
    expect(lifi.requestsTo('GET /v1/tokens').length).toBe(before + 1);
    expect((await get(proxied, '/api/lifi/v1/tokens?chains=10', CLIENT_B)).status).toBe(200);
  });
});

describe('POST /api/agent/chat per client and address', () => {
  it('client A hammering address X does not stop client B asking about X', async () => {
    expect((await chat(proxied, HOLDER, CLIENT_A)).status).toBe(200);
    expect((await chat(proxied, HOLDER, CLIENT_A)).status).toBe(200);
    await expectLimited(await chat(proxied, HOLDER, CLIENT_A), 'AGENT_RATE_LIMIT_PER_MINUTE');
    expect((await chat(proxied, HOLDER, CLIENT_B)).status).toBe(200);
    expect((await chat(proxied, HOLDER, CLIENT_B)).status).toBe(200);
    await expectLimited(await chat(proxied, HOLDER, CLIENT_B), 'AGENT_RATE_LIMIT_PER_MINUTE');
    // A's own cap is per client (3x), so A may still ask about another address.
    expect((await chat(proxied, OTHER, CLIENT_A)).status).toBe(200);
  });
});
