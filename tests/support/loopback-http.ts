import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings and bytes as they are. */
  body?: unknown;
  /** Wait this long before answering (timeouts); 'hang' never answers. */
  delayMs?: number | 'hang';
}

export type FakeHandler = (request: RecordedRequest) => FakeResponse | Promise<FakeResponse>;

export interface LoopbackServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A tiny HTTP server on 127.0.0.1 that records every request and answers through `handle`. */
export async function startLoopbackServer(handle: FakeHandler): Promise<LoopbackServer> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      void Promise.resolve(handle(recorded))
        .then((response) => respond(res, response))
        .catch((error: unknown) => respond(res, { status: 500, body: { message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

function respond(res: ServerResponse, response: FakeResponse): void {
  const send = () => {
    const isText = typeof response.body === 'string';
    const isBytes = response.body instanceof Uint8Array;
    res.writeHead(response.status ?? 200, {
      'content-type': isText ? 'text/plain; charset=utf-8' : isBytes ? 'application/octet-stream' : 'application/json',
      ...response.headers,
    });
    res.end(isText || isBytes ? (response.body as string | Uint8Array) : JSON.stringify(response.body ?? {}));
  };
  if (response.delayMs === 'hang') return;
  if (response.delayMs) setTimeout(send, response.delayMs);
  else send();
}
