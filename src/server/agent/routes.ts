import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { AgentChatRequest } from '@/domain/proposal';
import type { ServerContext } from '../context';
import { RATE_WINDOW_MS, clientKey, tooManyRequests } from '../http/rate-limit';
import { RateCounters, type RateBudget } from '../store/rate-counters';
import { createAgentService, type AgentService } from './agent-service';
import { parseChatRequest } from './http/parse-chat-request';

/** One client IP may carry several people (NAT, office), so it gets this many times the per-address budget. */
export const CLIENT_LIMIT_FACTOR = 3;

type Admission = { ok: true; request: AgentChatRequest } | { ok: false; response: Response };

export function createAgentRoutes(ctx: ServerContext, service: AgentService = createAgentService(ctx)): Hono {
  const app = new Hono();
  const perMinute = ctx.config.agentRateLimitPerMinute;
  const clientLimit = perMinute * CLIENT_LIMIT_FACTOR;
  // In the store, so every server on one database counts against the same budgets.
  const counters = new RateCounters(ctx.db, RATE_WINDOW_MS);

  const tooMany = (c: Context, retryAfterSeconds: number, who: 'client' | 'address') => {
    const what = who === 'client'
      ? `too many agent requests from this client (at most ${clientLimit} a minute)`
      : `too many agent requests about this address from this client (at most ${perMinute} a minute)`;
    return tooManyRequests(c, retryAfterSeconds, 'AGENT_RATE_LIMIT_PER_MINUTE', what);
  };

  /** Rate limits (client first, then address), then validation; only admitted requests are counted. */
  const admit = async (c: Context): Promise<Admission> => {
    const client = clientKey(c, ctx.config.trustedProxies);
    const byClient: RateBudget = { key: `agent:${client}`, limit: clientLimit };
    const clientCheck = await counters.check(byClient);
    if (!clientCheck.ok) return { ok: false, response: tooMany(c, clientCheck.retryAfterSeconds, 'client') };
    const parsed = parseChatRequest(await c.req.text());
    if (!parsed.ok) return { ok: false, response: c.json({ error: parsed.error }, 400) };
    const budgets = [byClient];
    // Keyed by client and address together: one client hammering an address never uses up another client's turns for it.
    if (parsed.request.address) budgets.push({ key: `agent:${client}|address:${parsed.request.address.toLowerCase()}`, limit: perMinute });
    const taken = await counters.take(budgets);
    if (!taken.ok) return { ok: false, response: tooMany(c, taken.retryAfterSeconds, taken.key === byClient.key ? 'client' : 'address') };
    return { ok: true, request: parsed.request };
  };

  app.post('/chat', async (c) => {
    const admitted = await admit(c);
    if (!admitted.ok) return admitted.response;
    c.header('cache-control', 'no-store');
    return c.json(await service.chat(admitted.request));
  });

  app.post('/chat/stream', async (c) => {
    const admitted = await admit(c);
    if (!admitted.ok) return admitted.response;
    c.header('cache-control', 'no-store');
    return streamSSE(c, async (stream) => {
      const gone = new AbortController();
      stream.onAbort(() => gone.abort());
      // Events are written in call order; a client that went away only makes the writes fail.
      let written: Promise<void> = Promise.resolve();
      const send = (event: string, data: unknown) => {
        written = written.then(() => stream.writeSSE({ event, data: JSON.stringify(data) })).catch(() => gone.abort());
      };
      try {
        const response = await service.chat(admitted.request, {
          onMeta: (meta) => send('meta', meta),
          onDelta: (text) => send('delta', { text }),
          signal: gone.signal,
        });
        // Proposals only now: validated, priced, and no longer withdrawable by a failing brain.
        for (const proposal of response.proposals) send('proposal', proposal);
        send('done', response);
      } catch (error) {
        ctx.log(`agent stream failed: ${error instanceof Error ? error.stack : String(error)}`);
        send('error', { error: 'the agent failed; please try again' });
      }
      await written;
    });
  });

  app.all('/chat', (c) => c.json({ error: 'use POST' }, 405));
  return app;
}
