import { Hono, type Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AgentChatRequest } from '@/domain/proposal';
import type { ServerContext } from '../context';
import { createAgentService, type AgentService } from './agent-service';
import { parseChatRequest } from './http/parse-chat-request';
import { RateLimiter } from './http/rate-limiter';

/** One client IP may carry several people (NAT, office), so it gets this many times the per-address budget. */
export const CLIENT_LIMIT_FACTOR = 3;
const WINDOW_MS = 60_000;

function clientKey(c: Context): string {
  // The socket's peer, not X-Forwarded-For: a client could forge that header to dodge the limit.
  try {
    return `ip:${getConnInfo(c).remote.address ?? 'unknown'}`;
  } catch {
    return 'ip:unknown';
  }
}

type Admission = { ok: true; request: AgentChatRequest } | { ok: false; response: Response };

export function createAgentRoutes(ctx: ServerContext, service: AgentService = createAgentService(ctx)): Hono {
  const app = new Hono();
  const perMinute = ctx.config.agentRateLimitPerMinute;
  const clients = new RateLimiter({ limit: perMinute * CLIENT_LIMIT_FACTOR, windowMs: WINDOW_MS });
  const addresses = new RateLimiter({ limit: perMinute, windowMs: WINDOW_MS });

  const tooMany = (c: Context, retryAfterSeconds: number, who: string) => {
    c.header('Retry-After', String(retryAfterSeconds));
    return c.json({ error: `too many agent requests from this ${who}; try again in ${retryAfterSeconds} s` }, 429);
  };

  /** Rate limits (client first, then address), then validation; only admitted requests are counted. */
  const admit = async (c: Context): Promise<Admission> => {
    const client = clientKey(c);
    const byClient = clients.check(client);
    if (!byClient.ok) return { ok: false, response: tooMany(c, byClient.retryAfterSeconds, 'client') };
    const parsed = parseChatRequest(await c.req.text());
    if (!parsed.ok) return { ok: false, response: c.json({ error: parsed.error }, 400) };
    const addressKey = parsed.request.address ? `address:${parsed.request.address.toLowerCase()}` : null;
    if (addressKey) {
      const byAddress = addresses.check(addressKey);
      if (!byAddress.ok) return { ok: false, response: tooMany(c, byAddress.retryAfterSeconds, 'address') };
      addresses.record(addressKey);
    }
    clients.record(client);
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
