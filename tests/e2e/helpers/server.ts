import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface TestServer {
  origin: string;
  server: Server;
  /** Every request path the server saw, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 (a free port) that tries each handler in turn; 404 otherwise. */
export async function startServer(...handlers: Handler[]): Promise<TestServer> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url.pathname + url.search);
    try {
      for (const handler of handlers) if (await handler(req, res, url)) return;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    requests,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Serves fixed pages: path -> HTML. */
export function pages(map: Record<string, string>): Handler {
  return (_req, res, url) => {
    const body = map[url.pathname];
    if (body === undefined) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    return true;
  };
}
