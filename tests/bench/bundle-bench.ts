import react from '@vitejs/plugin-react';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { loadConfig } from '@/server/config';
import { startServer } from '@/server/main';
import { launchBrowser } from '../support/browser';
import { closedRpcEnv } from '../support/server';

const FIXTURE = resolve('tests/bench/fixtures/minimal-rainbowkit');

interface JsFetch {
  url: string;
  gzipBytes: number;
}

/** Builds with the same vite + react plugin as the app; NODE_ENV is forced so React's production build is used. */
async function buildSpa(outDir: string, fixture?: string): Promise<void> {
  process.env.NODE_ENV = 'production';
  await build({
    mode: 'production',
    logLevel: 'warn',
    ...(fixture ? { root: fixture, configFile: false, plugins: [react()] } : { configFile: resolve('vite.config.ts') }),
    build: { outDir, emptyOutDir: true },
  });
}

/** A static file server on loopback for a built page. */
async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const types: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    readFile(file)
      .then((body) => res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body))
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((done) => server.close(() => done())) };
}

/** Records every JavaScript response from now on, with its gzip size (level 9, as a static host would serve it). */
function recordJs(page: Page): JsFetch[] {
  const fetched: JsFetch[] = [];
  page.on('response', (response) => {
    const isJs = /javascript/.test(response.headers()['content-type'] ?? '') || /\.m?js(\?|$)/.test(response.url());
    if (!isJs) return;
    const entry: JsFetch = { url: response.url(), gzipBytes: 0 };
    fetched.push(entry);
    void response.body().then((body) => void (entry.gzipBytes = gzipSync(body, { level: 9 }).length)).catch(() => undefined);
  });
  return fetched;
}

/** JS fetched from navigation until the network is idle (no request for 500 ms). */
async function initialJs(browser: Browser, url: string): Promise<{ page: Page; initial: JsFetch[]; all: JsFetch[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const all = recordJs(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(100); // let the last response bodies be read
  return { page, initial: [...all], all };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const sum = (list: JsFetch[]) => list.reduce((total, entry) => total + entry.gzipBytes, 0);

export async function run(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'bundle-bench-'));
  const oursDir = join(work, 'ours');
  const minimalDir = join(work, 'minimal');
  const browser = await launchBrowser();
  const app = await (async () => {
    await buildSpa(oursDir);
    await buildSpa(minimalDir, FIXTURE);
    const config = loadConfig({
      PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', NEWS_FEEDS: '', NEWS_REFRESH_MINUTES: '0', LIFI_API_URL: 'http://127.0.0.1:9/v1', ...closedRpcEnv(),
    });
    return startServer({ config, staticDir: oursDir, log: () => {} });
  })();
  const minimal = await serveStatic(minimalDir);
  try {
    const ours = await initialJs(browser, app.url);
    const yardstick = await initialJs(browser, minimal.url);
    const oursBytes = sum(ours.initial);
    const minimalBytes = sum(yardstick.initial);

    // For the record: what the side column costs at the user's first move, and the wallet stack once they reach for it.
    const connect = ours.page.locator('#header-wallet-slot button').first();
    await connect.waitFor({ timeout: 30_000 });
    const fetchedAfter = async (act: () => Promise<void>) => {
      const before = ours.all.length;
      await act();
      await ours.page.waitForLoadState('networkidle');
      await ours.page.waitForTimeout(600);
      return ours.all.slice(before);
    };
    const onFirstMove = await fetchedAfter(() => ours.page.mouse.move(300, 400));
    const onDemand = await fetchedAfter(() => connect.hover());

    console.log(`initial JS, gzip, fetched before network idle:`);
    console.log(`  news page (ours):          ${kb(oursBytes)} in ${ours.initial.length} files`);
    console.log(`  minimal RainbowKit page:   ${kb(minimalBytes)} in ${yardstick.initial.length} files`);
    console.log(`  ratio ours / minimal:      ${(oursBytes / minimalBytes).toFixed(3)} (budget: at most 0.35)`);
    console.log(`  side column at the first pointer move (stand-in replaced): ${kb(sum(onFirstMove))} in ${onFirstMove.length} files`);
    console.log(`  wallet stack on demand (hover on Connect): ${kb(sum(onDemand))} in ${onDemand.length} files`);
    for (const entry of ours.initial) console.log(`    ours    ${kb(entry.gzipBytes).padStart(10)}  ${new URL(entry.url).pathname}`);
    for (const entry of yardstick.initial) console.log(`    minimal ${kb(entry.gzipBytes).padStart(10)}  ${new URL(entry.url).pathname}`);
  } finally {
    await browser.close();
    await app.close();
    await minimal.close();
    await rm(work, { recursive: true, force: true });
  }
}
