/**
 * Why a source could not be added, read or stored: a code the page translates, with its values as strings.
 * Plain JSON, so it travels in messages and is stored with jobs and feeds.
 */
export interface SourceError {
  code: SourceErrorCode;
  /** Values for the message, in order (an HTTP status, a size in MB, a content type, a line number, ...). */
  params: string[];
}

export type SourceErrorCode =
  | 'invalid-url'
  | 'http-status'
  | 'timeout'
  | 'too-large'
  | 'unsupported-type'
  | 'network'
  | 'permission'
  | 'encoding'
  | 'empty'
  | 'not-article'
  | 'not-feed'
  | 'not-xml'
  | 'quota'
  | 'storage'
  | 'import-malformed'
  | 'import-version'
  | 'import-not-export'
  | 'file-type'
  | 'file-too-large'
  | 'failed';

export function sourceError(code: SourceErrorCode, ...params: Array<string | number>): SourceError {
  return { code, params: params.map(String) };
}

/** Errors worth retrying on the next refresh: the server or the network may recover; a 404 or a PDF will not. */
export function isTransient(error: SourceError): boolean {
  if (error.code === 'timeout' || error.code === 'network' || error.code === 'permission') return true;
  if (error.code !== 'http-status') return false;
  const status = Number(error.params[0]);
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/** A storage failure as an error: the quota gets its own code, the rest their message. */
export function storageError(error: unknown): SourceError {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: unknown } | null)?.inner;
  const innerName = inner instanceof Error ? inner.name : '';
  const text = String(error);
  if (/Quota/i.test(name) || /Quota/i.test(innerName) || /quota/i.test(text)) return sourceError('quota');
  return sourceError('storage', error instanceof Error ? error.message : text);
}

/** An answer that may carry a storage error instead of its values. */
export type Outcome<T extends object = Record<never, never>> = ({ ok: true } & T) | { ok: false; error: SourceError };

/** Runs a storage step; a failure (the quota, most likely) is an answer, not a thrown error. */
export async function attempt<T extends object>(step: () => Promise<T>, onFailure?: () => Promise<unknown>): Promise<Outcome<T>> {
  try {
    return { ok: true, ...(await step()) };
  } catch (error) {
    await onFailure?.().catch(() => undefined);
    return { ok: false, error: storageError(error) };
  }
}
