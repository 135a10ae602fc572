import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { mentionsResponseSchema, personalArticleSchema, personalNewsPageSchema, tokenQuotesSchema } from '@/domain/market/market-schemas';
import type { RunningServer } from '@/server/main';
import { startFakeLifi, type FakeLifi } from '../support/fake-lifi/fake-lifi';
import { startTestServer } from '../support/server';
import { storeStory } from './market-fixture';
import { getJson, seedPortfolioWorld, type PortfolioWorld } from './portfolio-fixture';

const E18 = 10n ** 18n;
let world: PortfolioWorld;
let lifi: FakeLifi;
let server: RunningServer;
const ids: Record<string, string> = {};

beforeAll(async () => {
  // $1000 priced in all: ARB $200 + USDC $500 on Arbitrum, OP $110 + USDC $190 on Optimism; MYST has no price.
  world = await seedPortfolioWorld([
    { chainId: 42161, nativeBalance: 0n, nativePriceUSD: '2000', tokens: [
      { name: 'Arbitrum', symbol: 'ARB', decimals: 18, balance: 400n * E18, priceUSD: '0.5' },
      { name: 'USD Coin', symbol: 'USDC', decimals: 6, balance: 500_000_000n, priceUSD: '1' },
    ] },
    { chainId: 10, nativeBalance: 0n, nativePriceUSD: '2000', tokens: [
      { name: 'Optimism', symbol: 'OP', decimals: 18, balance: 100n * E18, priceUSD: '1.1' },
      { name: 'USD Coin', symbol: 'USDC', decimals: 6, balance: 190_000_000n, priceUSD: '1' },
      { name: 'Mystery', symbol: 'MYST', decimals: 18, balance: 5n * E18 },
    ] },
  ]);
  lifi = await startFakeLifi({ tokens: world.lifiTokens });
  const rpcEnv = Object.fromEntries(world.chains.map(({ chain }) => [`RPC_URL_${chain.chainId}`, chain.rpcUrl]));
  server = await startTestServer({ jobs: false, env: { LIFI_API_URL: lifi.apiUrl, ...rpcEnv } });
  ids.l2 = await storeStory(server, { title: 'Layer-2 tokens slide after unlock', tokens: ['ARB', 'OP'], importance: 5, hoursAgo: 2 });
  ids.eth = await storeStory(server, { title: 'Ether options expiry looms', tokens: ['ETH'], importance: 9, hoursAgo: 2 });
  ids.myst = await storeStory(server, { title: 'Mystery token listed', tokens: ['MYST'], importance: 4, hoursAgo: 3 });
  ids.exploit = await storeStory(server, { title: 'FakeBridge exploited for $12M', sentiment: 'bearish', importance: 9, hoursAgo: 5 });
  ids.old = await storeStory(server, { title: 'Arbitrum outage last week', tokens: ['ARB'], sentiment: 'bearish', hoursAgo: 24 * 8 });
  ids.percent = await storeStory(server, { title: 'The 100%Swap pool paused', importance: 6, hoursAgo: 4 });
});

afterAll(async () => {
  await server?.close();
  await lifi?.close();
  await world?.stop();
});

const feed = async (query: string) => {
  const res = await getJson(server.url, `/api/news?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { ...res, body: v.parse(personalNewsPageSchema, res.body) };
};
const errorOf = async (path: string) => {
  const res = await getJson<{ error: string }>(server.url, path);
  expect(res.status).toBe(400);
  return res.body.error;
};

describe('GET /api/news?for=', () => {
  it('gives each article its exposure to the real anvil balances, naming the chains that could not be read', async () => {
    const { body, headers } = await feed(`for=${world.holder}&limit=50`);
    expect(headers.get('cache-control')).toBe('private, no-store');
    const byId = new Map(body.articles.map((a) => [a.id, a]));
    const l2 = byId.get(ids.l2!)!.exposure!;
    expect(l2.share).toBe(0.31);
    expect(l2.tokens).toEqual([
      { symbol: 'ARB', chainId: 42161, valueUSD: 200, balance: (400n * E18).toString(), decimals: 18 },
      { symbol: 'OP', chainId: 10, valueUSD: 110.00000000000001, balance: (100n * E18).toString(), decimals: 18 },
    ].map((t) => ({ ...t, valueUSD: expect.closeTo(t.valueUSD, 6) })));
    expect(l2.excludedChains).toHaveLength(13);
    expect(l2.excludedChains).toContainEqual({ chainId: 137, name: 'Polygon' });
    expect(byId.get(ids.eth!)!.exposure).toMatchObject({ share: 0, tokens: [] });
    expect(byId.get(ids.myst!)!.exposure).toMatchObject({ share: 0, unpriced: [{ symbol: 'MYST', chainId: 10 }] });
  });

  it('ranks For you by importance weighted by exposure, and pages through every article once', async () => {
    const { body } = await feed(`for=${world.holder}&order=for-you&limit=2`);
    expect(body.articles.map((a) => a.id)).toEqual([ids.l2, ids.eth]);
    const seen = [...body.articles.map((a) => a.id)];
    let cursor = body.nextCursor;
    while (cursor) {
      const next = await feed(`for=${world.holder}&order=for-you&limit=2&cursor=${cursor}`);
      seen.push(...next.body.articles.map((a) => a.id));
      cursor = next.body.nextCursor;
    }
    expect(seen.sort()).toEqual(Object.values(ids).sort());
    const plain = await feed('order=for-you&limit=2');
    expect(plain.body.articles.map((a) => a.id)).toEqual([ids.eth, ids.exploit]);
    expect(plain.body.articles[0]!.exposure).toBeUndefined();
  });

  it('orders by importance, then newest', async () => {
    const { body } = await feed('order=importance&limit=3');
    expect(body.articles.map((a) => [a.id, a.importance])).toEqual([[ids.eth, 9], [ids.exploit, 9], [ids.percent, 6]]);
    expect((await feed(`order=importance&limit=3&cursor=${body.nextCursor}`)).body.articles[0]!.importance).toBe(5);
  });

  it('works for an address with no holdings: share 0 with the reason', async () => {
    const { body } = await feed('for=0x000000000000000000000000000000000000dEaD&order=for-you');
    expect(body.articles.length).toBe(6);
    for (const article of body.articles) expect(article.exposure).toMatchObject({ share: 0, tokens: [], reason: 'this portfolio holds nothing with a known USD value' });
  });

  it('adds the exposure to one article with ?for=', async () => {
    const res = await getJson(server.url, `/api/news/${ids.l2}?for=${world.holder.toLowerCase()}`);
    expect(v.parse(personalArticleSchema, res.body).exposure?.share).toBe(0.31);
  });

  it('refuses bad parameters with a 400 naming them', async () => {
    const wrongChecksum = world.holder.replace(/[a-f]/, (ch) => ch.toUpperCase());
    expect(await errorOf(`/api/news?for=${wrongChecksum}`)).toMatch(/parameter "for": .*checksum/);
    expect(await errorOf('/api/news?for=vitalik.eth')).toMatch(/parameter "for"/);
    expect(await errorOf(`/api/news/${ids.l2}?for=0x123`)).toMatch(/parameter "for"/);
    expect(await errorOf('/api/news?order=hot')).toMatch(/parameter "order": expected one of latest, importance, for-you/);
    expect(await errorOf('/api/news?order=for-you&cursor=abc')).toMatch(/parameter "cursor"/);
  });
});

describe('GET /api/news/mentions', () => {
  const mentions = async (query: string) => {
    const res = await getJson(server.url, `/api/news/mentions?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return v.parse(mentionsResponseSchema, res.body).articles.map((a) => a.id);
  };

  it('finds the last days\' articles on the tokens or tools, newest first', async () => {
    expect(await mentions('tokens=arb,OP&tools=FakeBridge&days=7')).toEqual([ids.l2, ids.exploit]);
    expect(await mentions('tokens=ARB&days=30')).toEqual([ids.l2, ids.old]);
    expect(await mentions('tools=fakebridge')).toEqual([ids.exploit]);
  });

  it('answers only what the news check shows, with the match; flagged keeps the check\'s stories, incidents first; limit caps it', async () => {
    const res = await getJson<{ articles: Record<string, unknown>[] }>(server.url, '/api/news/mentions?tokens=ARB,OP&tools=FakeBridge&days=7');
    expect(res.body.articles.map((a) => Object.keys(a).sort())[0]).toEqual(['id', 'importance', 'incident', 'matched', 'publishedAt', 'sentiment', 'source', 'title', 'url']);
    expect(res.body.articles.map((a) => [a.id, a.matched, a.incident])).toEqual([[ids.l2, ['ARB', 'OP'], false], [ids.exploit, ['FakeBridge'], true]]);
    // ETH's 9/10 story is flagged, the calm layer-2 one is not; the older incident comes first.
    expect(await mentions('tokens=ETH,ARB&tools=FakeBridge&flagged=1')).toEqual([ids.exploit, ids.eth]);
    expect(await mentions('tokens=ARB&tools=FakeBridge&limit=1')).toEqual([ids.l2]);
    expect(await errorOf('/api/news/mentions?tokens=ETH&limit=51')).toMatch(/parameter "limit": at most 50/);
    expect(await errorOf('/api/news/mentions?tokens=ETH&flagged=yes')).toMatch(/parameter "flagged"/);
  });

  it('treats SQL and regex metacharacters in tool names literally', async () => {
    expect(await mentions(`tools=${encodeURIComponent("'; DROP TABLE news_articles;--")}`)).toEqual([]);
    expect(await mentions(`tools=${encodeURIComponent('%%%')},${encodeURIComponent('.*')},${encodeURIComponent('___')}`)).toEqual([]);
    expect(await mentions(`tools=${encodeURIComponent('100%Swap')}`)).toEqual([ids.percent]);
    expect((await feed('limit=50')).body.articles).toHaveLength(6);
  });

  it('refuses bad parameters with a 400 naming them', async () => {
    const many = Array.from({ length: 500 }, (_, i) => `T${i}`).join(',');
    expect(await errorOf(`/api/news/mentions?tokens=${many}`)).toMatch(/parameter "tokens": at most 50 symbols/);
    expect(await errorOf('/api/news/mentions?tokens=ETH&days=-1')).toMatch(/parameter "days": at least 1/);
    expect(await errorOf('/api/news/mentions?tokens=ETH&days=1.5')).toMatch(/parameter "days": expected a whole number/);
    expect(await errorOf('/api/news/mentions?tokens=ETH&days=31')).toMatch(/parameter "days": at most 30/);
    expect(await errorOf('/api/news/mentions?tokens=ET%20H')).toMatch(/parameter "tokens/);
    expect(await errorOf('/api/news/mentions')).toMatch(/parameter "tokens": give tokens or tools/);
    expect(await errorOf(`/api/news/mentions?tools=${'x'.repeat(61)}`)).toMatch(/parameter "tools/);
  });
});

describe('GET /api/tokens', () => {
  it('links symbols to the verified tokens per chain with a price, null when unknown', async () => {
    const res = await getJson(server.url, '/api/tokens?symbols=arb,USDC,MYST,NOPE');
    const quotes = v.parse(tokenQuotesSchema, res.body).tokens;
    // Chains the fake LI.FI does not list keep the bundled (unpriced) tokens, so USDC is on more chains than the two seeded.
    expect(quotes.map((q) => [q.symbol, q.priceUSD])).toEqual([['ARB', 0.5], ['USDC', 1], ['MYST', null], ['NOPE', null]]);
    expect(quotes[0]!.chains.map((c) => c.chainId)).toEqual([42161]);
    expect(quotes[1]!.chains.filter((c) => c.priceUSD !== null).map((c) => c.chainId)).toEqual([10, 42161]);
    expect(quotes[3]!.chains).toEqual([]);
    expect((await getJson(server.url, '/api/tokens')).status).toBe(400);
  });
});
