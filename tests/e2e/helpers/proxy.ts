import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  /** `--proxy-server` for Chromium: everything not to loopback goes here (loopback is bypassed implicitly). */
  arg: string;
  /** What the browser tried to reach through it: "host:port" of a CONNECT, or the URL of a plain request. */
  seen: string[];
  close(): Promise<void>;
}

/** A proxy on 127.0.0.1 that records every request and forwards none: the closed network, watched. */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    seen.push(req.url ?? '?');
    res.writeHead(403, { 'content-type': 'text/plain' }).end('no network in tests');
  });
  server.on('connect', (req, socket) => {
    seen.push(req.url ?? '?');
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    arg: `--proxy-server=http://127.0.0.1:${port}`,
    seen,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
