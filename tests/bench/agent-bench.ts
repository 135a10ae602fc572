import type { RunningServer } from '@/server/main';
import { startFakeOpenAi, FAKE_OPENAI_MODEL, type FakeChatReply } from '../support/fake-openai';
import { startAgentServer, startAgentWorld, type AgentWorld } from '../integration/agent-fixture';

const ROUTE_DELAY_MS = 100;
const RUNS = 9;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

interface StreamTimes {
  firstDeltaMs: number;
  firstProposalMs: number;
  totalMs: number;
  proposals: number;
}

/** Posts to the stream endpoint; ms until the first `delta` and `proposal` events and until the stream ends. */
async function timeStream(url: string, body: unknown): Promise<StreamTimes> {
  const start = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  const decoder = new TextDecoder();
  let text = '';
  let firstProposalMs = Number.NaN;
  let firstDeltaMs = Number.NaN;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    text += decoder.decode(chunk, { stream: true });
    if (Number.isNaN(firstDeltaMs) && text.includes('event: delta')) firstDeltaMs = performance.now() - start;
    if (Number.isNaN(firstProposalMs) && text.includes('event: proposal')) firstProposalMs = performance.now() - start;
  }
  return { firstDeltaMs, firstProposalMs, totalMs: performance.now() - start, proposals: text.split('event: proposal').length - 1 };
}

const trade = (fromChainId: number, fromToken: string, toToken: string, value: string) => ({
  fromChainId, fromToken, toChainId: fromChainId, toToken, amount: { type: 'percent', value }, reason: 'Rebalance a little.', articleId: null,
});

const ANSWER = 'Three small rebalancing trades: a tenth of your USDC on Base into ETH, a fifth of your ARB and a twentieth of your WBTC on Arbitrum into USDC. Each keeps most of what you hold where it is; review each card before you sign anything.';
// A model writing ~4 characters per token at ~200 tokens/s.
const PACE = { chunkChars: 4, delayMs: 5 };

/**
 * get_portfolio, then three propose_trade calls in one step, then the answer: 3 LLM calls, every one
 * streamed (the fake answers stream: true with chunk events). `pace` spaces the answer's chunks.
 */
const toolLoop = (pace?: typeof PACE): FakeChatReply[] => [
  { toolCalls: [{ name: 'get_portfolio', arguments: { address: null } }] },
  { toolCalls: [
    { name: 'propose_trade', arguments: trade(8453, 'USDC', 'ETH', '10') },
    { name: 'propose_trade', arguments: trade(42161, 'ARB', 'USDC', '20') },
    { name: 'propose_trade', arguments: trade(42161, 'WBTC', 'USDC', '5') },
  ] },
  pace ? { content: ANSWER, stream: pace } : { content: 'Three small rebalancing trades.' },
];

async function measure(world: AgentWorld, server: RunningServer, body: Record<string, unknown>, beforeEach: () => void) {
  const stream = `${server.url}/api/agent/chat/stream`;
  const runs: StreamTimes[] = [];
  for (let i = 0; i < RUNS + 1; i += 1) {
    beforeEach();
    const result = await timeStream(stream, { ...body, address: world.holder });
    if (i > 0) runs.push(result); // the first run warms the token list and the store
  }
  return {
    firstDelta: median(runs.map((r) => r.firstDeltaMs)),
    first: median(runs.map((r) => r.firstProposalMs)),
    total: median(runs.map((r) => r.totalMs)),
    proposals: runs[0]!.proposals,
  };
}

export async function run(): Promise<void> {
  const world = await startAgentWorld();
  const model = await startFakeOpenAi();
  const llm = await startAgentServer(world, { OPENAI_API_KEY: 'bench', OPENAI_BASE_URL: model.baseURL, OPENAI_MODEL: FAKE_OPENAI_MODEL });
  const offline = await startAgentServer(world);
  try {
    const routeCalls = () => world.lifi.requestsTo('POST /v1/advanced/routes').length;
    const results: string[] = [];
    const firstByDelay = new Map<number, number>();
    for (const delay of [0, ROUTE_DELAY_MS]) {
      world.setRouteDelay(delay);
      const routesBefore = routeCalls();
      const r = await measure(world, llm, { message: 'rebalance me' }, () => model.setScript(toolLoop()));
      const llmCalls = model.chatRequests.length;
      const lifiCalls = (routeCalls() - routesBefore) / (RUNS + 1);
      results.push(`LLM brain, LI.FI routes +${delay} ms: first delta ${r.firstDelta.toFixed(1)} ms, first proposal ${r.first.toFixed(1)} ms (median of ${RUNS}), stream done ${r.total.toFixed(1)} ms; ${r.proposals} proposals from ${llmCalls} LLM calls and ${lifiCalls} LI.FI route calls per message`);
      firstByDelay.set(delay, r.first);
    }
    const added = firstByDelay.get(ROUTE_DELAY_MS)! - firstByDelay.get(0)!;
    results.push(`  -> ${ROUTE_DELAY_MS} ms of LI.FI latency added ${added.toFixed(1)} ms for 3 quotes: ${added < 2 * ROUTE_DELAY_MS ? 'fetched in parallel' : 'NOT parallel'} (sequential would add ~${3 * ROUTE_DELAY_MS} ms)`);
    world.setRouteDelay(ROUTE_DELAY_MS);
    const paced = await measure(world, llm, { message: 'rebalance me' }, () => model.setScript(toolLoop(PACE)));
    const chunks = Math.ceil(ANSWER.length / PACE.chunkChars);
    results.push(`LLM brain, answer streamed in ${chunks} chunks ${PACE.delayMs} ms apart, LI.FI routes +${ROUTE_DELAY_MS} ms: first delta ${paced.firstDelta.toFixed(1)} ms, first proposal ${paced.first.toFixed(1)} ms, stream done ${paced.total.toFixed(1)} ms (the reply is read while the model still writes)`);
    const off = await measure(world, offline, { message: 'swap half my USDC on Arbitrum to ETH' }, () => {});
    results.push(`offline brain, LI.FI routes +${ROUTE_DELAY_MS} ms: first delta ${off.firstDelta.toFixed(1)} ms, first proposal ${off.first.toFixed(1)} ms, ${off.proposals} proposal, 0 LLM calls, 1 LI.FI route call`);
    world.setRouteDelay(0);
    const off0 = await measure(world, offline, { message: 'swap half my USDC on Arbitrum to ETH' }, () => {});
    results.push(`offline brain, LI.FI routes +0 ms: first delta ${off0.firstDelta.toFixed(1)} ms, first proposal ${off0.first.toFixed(1)} ms`);
    for (const line of results) console.log(line);
  } finally {
    await Promise.all([llm.close(), offline.close()]);
    await model.close();
    await world.close();
  }
}
