import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '@/server/app';
import { loadConfig } from '@/server/config';
import { startServer, type RunningServer } from '@/server/main';
import { PERMISSIONS_POLICY, STRICT_TRANSPORT_SECURITY } from '@/server/security-headers';
import { closedRpcEnv } from '../support/server';
import { writeTinySpa } from '../support/tiny-spa';

let spaDir: string;
let direct: RunningServer;
let proxied: RunningServer;

async function start(env: Record<string, string>): Promise<RunningServer> {
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', NEWS_FEEDS: '', NEWS_REFRESH_MINUTES: '0',
    LIFI_API_URL: 'http://127.0.0.1:9/v1', ...closedRpcEnv(), ...env,
  });
  return startServer({ config, jobs: false, staticDir: spaDir, log: () => {} });
}

beforeAll(async () => {
  spaDir = await writeTinySpa();
  direct = await start({});
  proxied = await start({ TRUST_PROXY: '1' });
});

afterAll(async () => {
  await direct?.close();
  await proxied?.close();
  if (spaDir) await rm(spaDir, { recursive: true, force: true });
});

/** One of each kind of answer: the page, an asset, a deep link, JSON 200/400/404/405/413, an unknown API path. */
const REQUESTS: { what: string; path: string; init?: RequestInit; status: number }[] = [
  { what: 'the page', path: '/', status: 200 },
  { what: 'a deep link (index.html)', path: '/article/abc', status: 200 },
  { what: 'a hashed asset', path: '/assets/index-abc123.js', status: 200 },
  { what: 'the health check', path: '/healthz', status: 200 },
  { what: 'the news API', path: '/api/news?limit=1', status: 200 },
  { what: 'a bad query', path: '/api/news?limit=0', status: 400 },
  { what: 'an unknown article', path: '/api/news/nope', status: 404 },
  { what: 'an unknown API path', path: '/api/nothing', status: 404 },
  { what: 'a wrong method', path: '/api/agent/chat', status: 405 },
  { what: 'bad JSON', path: '/api/agent/chat', init: { method: 'POST', body: '{', headers: { 'content-type': 'application/json' } }, status: 400 },
  { what: 'an oversized body', path: '/api/agent/chat', init: { method: 'POST', body: 'x'.repeat(70 * 1024), headers: { 'content-type': 'application/json' } }, status: 413 },
];

async function eachResponse(server: RunningServer, headers: Record<string, string> = {}): Promise<{ what: string; response: Response }[]> {
  const out: { what: string; response: Response }[] = [];
  for (const request of REQUESTS) {
    const response = await fetch(`${server.url}${request.path}`, { ...request.init, headers: { ...(request.init?.headers as Record<string, string>), ...headers } });
    await response.arrayBuffer();
    expect(response.status, request.what).toBe(request.status);
    out.push({ what: request.what, response });
  }
  return out;
}

describe('security headers on the real server', () => {
  it("serves the page with the CSP's frame-ancestors 'none', and X-Frame-Options: DENY on every response for old browsers", async () => {
    const page = await fetch(`${direct.url}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    for (const { what, response } of await eachResponse(direct)) expect(response.headers.get('x-frame-options'), what).toBe('DENY');
  });

  it('sends X-Content-Type-Options: nosniff on every response, API and errors included', async () => {
    for (const { what, response } of await eachResponse(direct)) expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  });

  it('sends Referrer-Policy: no-referrer on every response', async () => {
    for (const { what, response } of await eachResponse(direct)) expect(response.headers.get('referrer-policy'), what).toBe('no-referrer');
  });

  it('sends a Permissions-Policy that switches off camera, microphone, geolocation, payment and usb', async () => {
    for (const { what, response } of await eachResponse(direct)) {
      const policy = response.headers.get('permissions-policy');
      expect(policy, what).toBe(PERMISSIONS_POLICY);
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(policy, what).toContain(`${feature}=()`);
    }
  });

  it('sends no HSTS over plain http, whatever a client writes in X-Forwarded-Proto when no proxy is trusted', async () => {
    for (const { what, response } of await eachResponse(direct)) expect(response.headers.get('strict-transport-security'), what).toBeNull();
    for (const { what, response } of await eachResponse(direct, { 'x-forwarded-proto': 'https' })) expect(response.headers.get('strict-transport-security'), what).toBeNull();
  });

  it('sends HSTS behind a trusted proxy that says https, and not when it says http', async () => {
    for (const { what, response } of await eachResponse(proxied, { 'x-forwarded-proto': 'https' })) {
      expect(response.headers.get('strict-transport-security'), what).toBe(STRICT_TRANSPORT_SECURITY);
    }
    for (const proto of ['http', 'https, http']) {
      const response = await fetch(`${proxied.url}/`, { headers: { 'x-forwarded-proto': proto } });
      expect(response.headers.get('strict-transport-security'), proto).toBeNull();
    }
    expect((await fetch(`${proxied.url}/healthz`)).headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS when the request itself came over TLS', async () => {
    const app = createApp(direct.ctx, { staticDir: spaDir });
    const tls = await app.request('https://app.example/healthz');
    expect(tls.status).toBe(200);
    expect(tls.headers.get('strict-transport-security')).toBe(STRICT_TRANSPORT_SECURITY);
    expect((await app.request('http://app.example/healthz')).headers.get('strict-transport-security')).toBeNull();
  });
});
