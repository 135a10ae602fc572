import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { newsPageSchema, type Analysis } from '@/domain/article';
import { buildServer } from '@/server/cli/build-server.mjs';
import { startFakeLifi, type FakeLifi } from '../support/fake-lifi/fake-lifi';
import { FAKE_OPENAI_MODEL, startFakeOpenAi, type FakeOpenAi } from '../support/fake-openai';
import { startLoopbackServer, type LoopbackServer } from '../support/loopback-http';
import { closedRpcEnv } from '../support/server';
import { writeTinySpa } from '../support/tiny-spa';

// What `npm start` runs: the esbuild bundle of the server (packages bundled in), in its own Node process, with
// every package it uses reached at least once: OpenAI client, feed parser, HTML sanitiser, viem, PGlite, pg-boss.

const MODEL_ANALYSIS: Analysis = {
  summary: 'The model read the compiled server’s feed.',
  analysis: 'One paragraph from the fake model.',
  takeaways: ['First.', 'Second.', 'Third.'],
  sentiment: 'bullish',
  importance: 6,
  category: 'markets',
  entities: { companies: [], tokens: [{ symbol: 'ETH', name: 'Ether' }] },
};
const AGENT_REPLY = 'Hello from the fake model, through the compiled server.';
const ACCOUNT = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

// Inside the repository, where Node finds node_modules for PGlite (left external: it reads files beside itself).
const OUT_DIR = resolve('tests/.tmp/compiled-server');

let openai: FakeOpenAi;
let lifi: FakeLifi;
let feeds: LoopbackServer;
let workDir: string;
let child: ChildProcess;
let url: string;
let output = '';

function waitForUrl(process: ChildProcess): Promise<string> {
  return new Promise((done, fail) => {
    process.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Market Companion on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) done(match[1]);
    });
    process.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    process.once('exit', (code) => fail(new Error(`compiled server exited (${code}) before listening:\n${output}`)));
  });
}

beforeAll(async () => {
  openai = await startFakeOpenAi((body) => (body.response_format ? { json: MODEL_ANALYSIS } : { content: AGENT_REPLY }));
  lifi = await startFakeLifi();
  const atom = readFileSync('tests/support/feeds/markets-atom.xml', 'utf8');
  feeds = await startLoopbackServer(() => ({ body: atom, headers: { 'content-type': 'application/atom+xml' } }));
  await buildServer(resolve('.'), OUT_DIR);

  workDir = await mkdtemp(join(tmpdir(), 'mc-compiled-'));
  await symlink(await writeTinySpa(), join(workDir, 'dist'));
  child = spawn(process.execPath, [join(OUT_DIR, 'serve.js')], {
    cwd: workDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env, ...closedRpcEnv(), PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(workDir, 'data'), DATABASE_URL: '',
      NEWS_FEEDS: `${feeds.url}/atom.xml`, NEWS_REFRESH_MINUTES: '60',
      OPENAI_API_KEY: 'sk-test-not-real', OPENAI_BASE_URL: openai.baseURL, OPENAI_MODEL: FAKE_OPENAI_MODEL,
      LIFI_API_URL: lifi.apiUrl,
    },
  });
  url = await waitForUrl(child);
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await Promise.all([openai?.close(), lifi?.close(), feeds?.close()]);
  if (workDir) await rm(workDir, { recursive: true, force: true });
  await rm(OUT_DIR, { recursive: true, force: true });
});

describe('the compiled server (dist-server, as npm start runs it)', () => {
  it('serves the SPA and is ready', async () => {
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it('ingests the feed and analyses it with the OpenAI client', async () => {
    let found: v.InferOutput<typeof newsPageSchema>['articles'] = [];
    for (let attempt = 0; attempt < 300 && found.length === 0; attempt += 1) {
      const page = v.parse(newsPageSchema, await (await fetch(`${url}/api/news?limit=100`)).json());
      found = page.articles.filter((article) => article.analyzer === 'openai');
      if (found.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]?.summary).toBe(MODEL_ANALYSIS.summary);
    expect(found.every((article) => !/<script/i.test(article.title))).toBe(true);
  });

  it('answers the agent through the OpenAI client', async () => {
    const response = await fetch(`${url}/api/agent/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'What is new today?', address: ACCOUNT }),
    });
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain(AGENT_REPLY);
  });

  it('reads a portfolio with viem (every RPC closed: every chain named unavailable) and proxies LI.FI', async () => {
    const portfolio = await fetch(`${url}/api/portfolio/${ACCOUNT}`);
    expect(portfolio.status).toBe(200);
    const body = (await portfolio.json()) as { chains: Array<{ status: string }> };
    expect(body.chains).toHaveLength(15);
    expect(body.chains.every((chain) => chain.status !== 'ok')).toBe(true);
    const chains = await fetch(`${url}/api/lifi/v1/chains`);
    expect(chains.status).toBe(200);
    expect(lifi.requestsTo('GET /v1/chains').length).toBeGreaterThan(0);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
