import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_NEWS_FEEDS, loadConfig } from './config';

describe('loadConfig', () => {
  it('works with an empty environment (the embedded default)', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8787);
    expect(config.openai).toBeUndefined();
    expect(config.newsFeeds).toEqual(DEFAULT_NEWS_FEEDS);
    expect(config.rpcUrls[8453]?.[0]).toMatch(/^https:\/\//);
  });

  it('reads comma-separated RPC lists per chain', () => {
    const config = loadConfig({ RPC_URL_8453: 'http://a.test, http://b.test' });
    expect(config.rpcUrls[8453]).toEqual(['http://a.test', 'http://b.test']);
  });

  it('names the bad setting', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ RPC_URL_1: 'not a url' })).toThrow(/RPC_URL_1/);
    expect(() => loadConfig({ OPENAI_API_KEY: 'k', OPENAI_BASE_URL: 'nope' })).toThrow(/OPENAI_BASE_URL/);
  });

  it('reads the rate limits and how many proxies to trust', () => {
    expect(loadConfig({})).toMatchObject({ lifiProxyRateLimitPerMinute: 120, portfolioRateLimitPerMinute: 30, trustedProxies: 0 });
    const set = loadConfig({ LIFI_PROXY_RATE_LIMIT_PER_MINUTE: '5', PORTFOLIO_RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: '2' });
    expect(set).toMatchObject({ lifiProxyRateLimitPerMinute: 5, portfolioRateLimitPerMinute: 2, trustedProxies: 2 });
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustedProxies).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustedProxies).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ PORTFOLIO_RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/PORTFOLIO_RATE_LIMIT_PER_MINUTE/);
  });

  it('reads the image proxy\'s extra hosts and names a bad one', () => {
    expect(loadConfig({}).imageProxyHosts).toEqual([]);
    expect(loadConfig({ IMAGE_PROXY_HOSTS: 'images.example.org, http://127.0.0.1:4010' }).imageProxyHosts).toEqual(['images.example.org', 'http://127.0.0.1:4010']);
    expect(() => loadConfig({ IMAGE_PROXY_HOSTS: 'https://images.example.org/logos' })).toThrow(/IMAGE_PROXY_HOSTS: "https:\/\/images.example.org\/logos"/);
  });

  it('reads the server role and the job settings; api and worker need PostgreSQL', () => {
    expect(loadConfig({})).toMatchObject({ role: 'both', jobs: { leaseSeconds: 300, retryLimit: 3, retryDelaySeconds: 30 } });
    const worker = loadConfig({ SERVER_ROLE: 'worker', DATABASE_URL: 'postgres://db/x', JOB_LEASE_SECONDS: '4', JOB_RETRY_LIMIT: '0', JOB_RETRY_DELAY_SECONDS: '1' });
    expect(worker).toMatchObject({ role: 'worker', jobs: { leaseSeconds: 4, retryLimit: 0, retryDelaySeconds: 1 } });
    expect(() => loadConfig({ SERVER_ROLE: 'api' })).toThrow(/SERVER_ROLE: "api" needs DATABASE_URL/);
    expect(() => loadConfig({ SERVER_ROLE: 'web', DATABASE_URL: 'postgres://db/x' })).toThrow(/SERVER_ROLE/);
    expect(() => loadConfig({ JOB_LEASE_SECONDS: '1' })).toThrow(/JOB_LEASE_SECONDS/);
  });

  it('uses OpenAI only when a key is set', () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' });
    expect(config.openai).toEqual({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:1/v1', model: 'gpt-4o-mini' });
  });
});
