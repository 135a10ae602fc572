import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { loadConfig } from '@/server/config';
import { startServer } from '@/server/main';
import { CHROMIUM_PATH } from '../support/browser';
import { closedRpcEnv } from '../support/server';

/**
 * Lighthouse's mobile performance run (its default config: Moto G Power class device, simulated slow 4G
 * and 4x CPU throttling) against the real server on loopback, serving a production build of the app with
 * the embedded store and the sample news. Lighthouse only loads our loopback pages; the flags keep
 * Chromium from reaching out on its own.
 */
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions', '--mute-audio',
];

interface Figures {
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  /** Lighthouse's opportunities with an estimated saving, biggest first. */
  opportunities: string[];
}

async function audit(chrome: LaunchedChrome, url: string): Promise<Figures> {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error(`lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    fcpMs: value('first-contentful-paint'),
    opportunities: Object.values(lhr.audits)
      .filter((a) => a.details?.type === 'opportunity' && (a.score ?? 1) < 0.9 && ((a.details as { overallSavingsMs?: number }).overallSavingsMs ?? 0) > 0)
      .map((a) => ({ title: a.title, ms: (a.details as { overallSavingsMs?: number }).overallSavingsMs ?? 0 }))
      .sort((a, b) => b.ms - a.ms)
      .map((a) => `${a.title} (~${Math.round(a.ms)} ms)`),
  };
}

const line = (name: string, f: Figures) =>
  `  ${name.padEnd(22)} score ${String(f.score).padStart(3)}   LCP ${(f.lcpMs / 1000).toFixed(2)} s   TBT ${Math.round(f.tbtMs)} ms   CLS ${f.cls.toFixed(3)}   (FCP ${(f.fcpMs / 1000).toFixed(2)} s)`;

export async function run(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'lighthouse-bench-'));
  process.env.NODE_ENV = 'production';
  await build({ mode: 'production', logLevel: 'error', build: { outDir: join(work, 'dist'), emptyOutDir: true } });
  const config = loadConfig({
    PORT: '0', HOST: '127.0.0.1', DATA_DIR: 'memory://', NEWS_FEEDS: '', NEWS_REFRESH_MINUTES: '0', LIFI_API_URL: 'http://127.0.0.1:9/v1', ...closedRpcEnv(),
  });
  const app = await startServer({ config, staticDir: join(work, 'dist'), log: () => {} });
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    // Articles open in a dialog addressed by ?article=<id> on the news page.
    const { articles } = (await (await fetch(`${app.url}/api/news?limit=1`)).json()) as { articles: { id: string }[] };
    const articleUrl = `${app.url}/?article=${encodeURIComponent(articles[0]!.id)}`;
    // One unmeasured run first, so both measured runs see the same warm server caches.
    await audit(chrome, `${app.url}/`);
    const news = await audit(chrome, `${app.url}/`);
    const article = await audit(chrome, articleUrl);
    console.log('Lighthouse 12 mobile, performance only, simulated throttling (aim: score >= 95, CLS < 0.05):');
    console.log(line('news page /', news));
    console.log(line('article /?article=<id>', article));
    for (const [name, f] of [['news page', news], ['article', article]] as const) {
      if (f.opportunities.length > 0) console.log(`  ${name}: lighthouse suggests ${f.opportunities.join('; ')}`);
    }
  } finally {
    chrome.kill();
    await app.close();
    await rm(work, { recursive: true, force: true });
  }
}
