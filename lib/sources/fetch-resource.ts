import { classifyContent, parseContentType, type ContentKind } from './content-kind.ts';
import { sourceError, type SourceError } from '../model/source-error.ts';

export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface FetchOptions {
  fetch: FetchFn;
  /** The whole exchange, body included. */
  timeoutMs?: number;
  /** Bodies larger than this are refused, whatever the server declares, without reading further. */
  maxBytes?: number;
  accept?: string;
  /** Validators of an earlier answer: the server may answer 304 Not Modified. */
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

export interface FetchedResource {
  /** The URL answered, after redirects. */
  url: string;
  status: number;
  mime: string;
  charset: string | null;
  kind: ContentKind;
  bytes: Uint8Array;
  etag: string | null;
  lastModified: string | null;
}

export type FetchOutcome =
  | { ok: true; notModified: false; resource: FetchedResource }
  | { ok: true; notModified: true }
  | { ok: false; error: SourceError; retryAfterMs: number | null };

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const REFUSED: ReadonlySet<ContentKind> = new Set(['pdf', 'image', 'media', 'binary']);
const GENERIC_TYPES: ReadonlySet<string> = new Set(['text/plain', 'application/octet-stream', 'binary/octet-stream']);

export function isHttpUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function retryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

function fail(error: SourceError, retryAfterMs: number | null = null): FetchOutcome {
  return { ok: false, error, retryAfterMs };
}

/**
 * GETs a URL for reading: no cookies, a time limit on the whole exchange, a cap on the body read as a stream
 * (a 50 MB answer costs at most `maxBytes`), and a refusal of what is not text (PDF, images, media) before the
 * body is read. Never throws: every failure is a SourceError.
 */
export async function fetchResource(url: string, options: FetchOptions): Promise<FetchOutcome> {
  if (!isHttpUrl(url)) return fail(sourceError('invalid-url', url.slice(0, 200)));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const headers: Record<string, string> = { Accept: options.accept ?? '*/*' };
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
  const seconds = String(Math.round(timeoutMs / 1000));
  const megabytes = String(Math.round(maxBytes / (1024 * 1024)));
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: 'GET',
      headers,
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: controller.signal,
    });
  } catch {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    return fail(timedOut ? sourceError('timeout', seconds) : sourceError('network', url.slice(0, 200)));
  }
  try {
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: true, notModified: true };
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return fail(sourceError('http-status', response.status), retryAfter(response.headers.get('retry-after'), Date.now()));
    }
    const { mime, charset } = parseContentType(response.headers.get('content-type'));
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return fail(sourceError('too-large', megabytes));
    }
    const early = classifyContent(mime, new Uint8Array());
    if (REFUSED.has(early) && mime !== '' && mime !== 'application/octet-stream') {
      await response.body?.cancel().catch(() => undefined);
      return fail(sourceError('unsupported-type', mime));
    }
    const bytes = await readCapped(response, maxBytes);
    if (bytes === null) return fail(sourceError('too-large', megabytes));
    const kind = classifyContent(mime, bytes.subarray(0, 1024));
    if (REFUSED.has(kind)) {
      // Name what it is when the server did not say (or said "text/plain" of a PDF).
      const named = mime && !GENERIC_TYPES.has(mime) ? mime : kind;
      return fail(sourceError('unsupported-type', named));
    }
    return {
      ok: true,
      notModified: false,
      resource: {
        url: isHttpUrl(response.url) ? response.url : url,
        status: response.status,
        mime,
        charset,
        kind,
        bytes,
        etag: response.headers.get('etag'),
        lastModified: response.headers.get('last-modified'),
      },
    };
  } catch {
    return fail(timedOut ? sourceError('timeout', seconds) : sourceError('network', url.slice(0, 200)));
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** The body, read as a stream and abandoned once it passes `maxBytes` (null then). */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > maxBytes ? null : whole;
  }
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
