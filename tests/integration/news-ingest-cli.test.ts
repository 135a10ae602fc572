import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { newsPageSchema } from '@/domain/article';
import { loadConfig } from '@/server/config';
import { startServer } from '@/server/main';
import { closedRpcEnv } from '../support/server';

const FEEDS = 'tests/support/feeds';
// Each case spawns tsx; on a busy machine that alone can take many seconds.
const CLI_TIMEOUT = 180_000;
let dataDir: string;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function runIngest(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      'npx', ['tsx', 'src/server/cli/ingest.ts', ...args],
      { env: { ...process.env, DATA_DIR: dataDir, NEWS_FEEDS: '', OPENAI_API_KEY: '', DATABASE_URL: '' }, timeout: 120_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'news-cli-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm run ingest', () => {
  it('ingests good feeds, reports per feed, and exits non-zero naming the feeds that failed', async () => {
    const run = await runIngest([
      `${FEEDS}/duplicates-rss.xml`, `${FEEDS}/broken.xml`, `${FEEDS}/hostile-rss.xml`, `${FEEDS}/windows-1252-rss.xml`,
      `${FEEDS}/does-not-exist.xml`, 'ftp://example.com/feed.xml',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${FEEDS}/duplicates-rss.xml (Duplicate Desk): 1 new, 2 duplicate, 0 skipped`);
    expect(run.stdout).toContain(`${FEEDS}/hostile-rss.xml (Hostile Wire): 1 new, 0 duplicate, 4 skipped`);
    expect(run.stdout).toContain('skipped: "An item with no link": item has no link');
    expect(run.stdout).toContain(`${FEEDS}/windows-1252-rss.xml (Café Finance – Europe): 1 new, 0 duplicate, 0 skipped`);
    expect(run.stdout).toMatch(new RegExp(`${FEEDS}/broken.xml: FAILED: not a readable`));
    expect(run.stdout).toMatch(new RegExp(`${FEEDS}/does-not-exist.xml: FAILED: cannot read file \\(ENOENT\\)`));
    expect(run.stdout).toContain('ftp://example.com/feed.xml: FAILED: only http(s) URLs and local files');
    expect(run.stdout).toContain('3 article(s) added from 3 feed(s); 3 feed(s) failed.');
  }, CLI_TIMEOUT);

  it('exits 0 when every feed ingests, and a second run finds only duplicates', async () => {
    const run = await runIngest([`${FEEDS}/markets-atom.xml`, `${FEEDS}/defi-feed.json`, `${FEEDS}/duplicates-rss.xml`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${FEEDS}/markets-atom.xml (Atom Markets Desk): 1 new, 0 duplicate, 0 skipped`);
    expect(run.stdout).toContain(`${FEEDS}/duplicates-rss.xml (Duplicate Desk): 0 new, 3 duplicate, 0 skipped`);
    expect(run.stdout).toContain('2 article(s) added from 3 feed(s).');
  }, CLI_TIMEOUT);

  it('prints usage and exits 2 without arguments', async () => {
    const run = await runIngest([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run ingest --');
  }, CLI_TIMEOUT);

  it('writes to the store the server reads', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, NEWS_FEEDS: '', LIFI_API_URL: 'http://127.0.0.1:9/v1', ...closedRpcEnv() });
    const server = await startServer({ config, jobs: false, log: () => {} });
    try {
      const response = await fetch(`${server.url}/api/news?limit=100`);
      const { articles } = v.parse(newsPageSchema, await response.json());
      expect(articles.map((a) => a.source).sort()).toEqual(
        ['Atom Markets Desk', 'Café Finance – Europe', 'Duplicate Desk', 'Hostile Wire', 'JSON DeFi Desk'],
      );
      expect(articles.every((a) => !a.sample)).toBe(true);
    } finally {
      await server.close();
    }
  });
});
