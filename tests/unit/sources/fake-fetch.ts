import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FetchFn } from '../../../lib/sources/fetch-resource.ts';

export const SITE = resolve(import.meta.dirname, '../../fixtures/site');
export const ORIGIN = 'https://site.example';

/** A fixture page or feed, with {{ORIGIN}} filled in. */
export function site(name: string): string {
  return readFileSync(resolve(SITE, name), 'utf8').replaceAll('{{ORIGIN}}', ORIGIN);
}

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array | (() => ReadableStream<Uint8Array>);
  /** Answer after this long (aborts still work). */
  delayMs?: number;
  /** The URL the answer claims to come from (a redirect). */
  url?: string;
}

export interface FakeFetch extends FetchFn {
  calls: Array<{ url: string; headers: Record<string, string> }>;
}

/**
 * A fetch that answers from a table and refuses the network: any URL not in the table throws, as a fetch that
 * cannot connect does. Routes may be functions of the request (for servers that change between requests).
 */
export function fakeFetch(routes: Record<string, Route | ((headers: Record<string, string>) => Route)>): FakeFetch {
  const calls: FakeFetch['calls'] = [];
  const fn = async (url: string, init?: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    calls.push({ url, headers });
    const entry = routes[url];
    if (!entry) throw new TypeError(`network refused in tests: ${url}`);
    const route = typeof entry === 'function' ? entry(headers) : entry;
    if (route.delayMs) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, route.delayMs);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    }
    const body = typeof route.body === 'function' ? route.body() : route.body ?? '';
    const status = route.status ?? 200;
    const response = new Response(status === 304 ? null : (body as BodyInit), { status, headers: route.headers ?? { 'content-type': 'text/html; charset=utf-8' } });
    if (route.url) Object.defineProperty(response, 'url', { value: route.url });
    return response;
  };
  return Object.assign(fn, { calls });
}

/** An endless body that counts what was pulled from it, 64 KB at a time, up to `total` bytes. */
export function countingStream(total: number, pulled: { bytes: number }): () => ReadableStream<Uint8Array> {
  return () =>
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled.bytes >= total) {
          controller.close();
          return;
        }
        const chunk = new Uint8Array(Math.min(65536, total - pulled.bytes)).fill(0x61);
        pulled.bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
}
