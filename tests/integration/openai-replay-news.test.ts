import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { articleWithRelatedSchema, type Analysis } from '@/domain/article';
import type { RunningServer } from '@/server/main';
import { canonicalUrl } from '@/server/news/canonical-url';
import { articleId } from '@/server/news/content-hash';
import { ingestRawItems } from '@/server/news/ingest-feed';
import { newsServicesFor } from '@/server/news/news-services';
import { recordedBody, startOpenAiReplay, substituteContent, type OpenAiReplay } from '../support/openai-replay';
import { startTestServer } from '../support/server';

// Our schema's answer, put in place of the recorded `{"city":"San Francisco",...}` content.
const ANALYSIS: Analysis = {
  summary: 'A cross-chain bridge lost about 40 million dollars of ETH to an exploit on Tuesday.',
  analysis: 'Attackers drained the bridge contract. Withdrawals are paused while the team investigates.',
  takeaways: ['The bridge was exploited.', 'About 40 million dollars of ETH is gone.', 'Withdrawals are paused.'],
  sentiment: 'bearish',
  importance: 8,
  category: 'security',
  entities: { companies: ['Example Bridge'], tokens: [{ symbol: 'ETH', name: 'Ether' }] },
};
const structured = () => ({ json: substituteContent(recordedBody('completion-structured-output.json'), JSON.stringify(ANALYSIS)) });
const refusal = () => ({ json: recordedBody('completion-refusal.json') });
const cutOff = () => ({ json: recordedBody('completion-length-max-tokens.json') });

let replay: OpenAiReplay;
let server: RunningServer;
let counter = 0;
const logs: string[] = [];

async function ingestOne() {
  counter += 1;
  const link = `https://news.example.com/replay-${counter}`;
  const deps = { ...newsServicesFor(server.ctx), log: (message: string) => logs.push(message) };
  const html = `<p>Attackers drained 40 million dollars of ETH from a cross-chain bridge, story ${counter}.</p>`;
  const report = await ingestRawItems([{ title: `Bridge exploited ${counter}`, link, html, date: '2025-06-10T08:00:00Z' }], { feed: 'replay', source: 'Replay Desk' }, deps);
  expect(report).toMatchObject({ new: 1, skipped: 0 });
  const response = await fetch(`${server.url}/api/news/${articleId(canonicalUrl(link))}`);
  return v.parse(articleWithRelatedSchema, await response.json());
}

beforeAll(async () => {
  replay = await startOpenAiReplay();
  server = await startTestServer({ jobs: false, env: { OPENAI_API_KEY: 'sk-test-not-real', OPENAI_BASE_URL: replay.baseURL, OPENAI_MODEL: 'gpt-4o-2024-08-06' } });
});

afterAll(async () => {
  await server?.close();
  await replay?.close();
});

beforeEach(() => {
  logs.length = 0;
});

describe('the OpenAI analyser on recorded OpenAI answers (real openai client)', () => {
  it('stores the analysis from a recorded structured-output completion', async () => {
    replay.setAnswers([structured()]);
    const article = await ingestOne();
    expect(replay.chatRequests).toHaveLength(1);
    expect(replay.chatRequests[0]).toMatchObject({ response_format: { type: 'json_schema', json_schema: { name: 'article_analysis', strict: true } } });
    expect(article).toMatchObject({ ...ANALYSIS, analyzer: 'openai' });
    expect(logs).toEqual([]);
  });

  it('a recorded refusal (content null, message.refusal) twice: the offline analysis, with the refusal as the reason', async () => {
    replay.setAnswers([refusal(), refusal()]);
    const article = await ingestOne();
    expect(replay.chatRequests).toHaveLength(2);
    expect(article.analyzer).toBe('offline');
    expect(article.summary).not.toBe(ANALYSIS.summary);
    expect(logs).toEqual([expect.stringMatching(/using the offline analyser: model refused: I'm very sorry, but I can't assist with that\.$/)]);
  });

  it('a recorded finish_reason "length" twice: the offline analysis, saying the answer was cut off', async () => {
    replay.setAnswers([cutOff(), cutOff()]);
    const article = await ingestOne();
    expect(replay.chatRequests).toHaveLength(2);
    expect(article.analyzer).toBe('offline');
    expect(logs).toEqual([expect.stringMatching(/using the offline analyser: the model's answer was cut off at its length limit \(finish_reason "length"\)$/)]);
  });

  it('a cut-off answer first, then a whole one: the retry is used', async () => {
    replay.setAnswers([cutOff(), structured()]);
    const article = await ingestOne();
    expect(replay.chatRequests).toHaveLength(2);
    expect(article).toMatchObject({ analyzer: 'openai', summary: ANALYSIS.summary });
  });

  it('a cut-off answer whose partial text parses is still refused', async () => {
    // The recorded length envelope around a complete-looking analysis: finish_reason decides, not the parser.
    const parsable = { json: substituteContent(recordedBody('completion-length-max-tokens.json'), JSON.stringify(ANALYSIS)) };
    replay.setAnswers([parsable, parsable]);
    const article = await ingestOne();
    expect(article.analyzer).toBe('offline');
    expect(logs).toEqual([expect.stringMatching(/cut off at its length limit/)]);
  });
});
