import type { FileStatus } from '../../components/options-import.tsx';
import { errorText } from '../../lib/sources/error-text.ts';
import type { Translate } from '../../components/strings.ts';
import { decodeText } from '../../lib/sources/decode-text.ts';
import { sourceError } from '../../lib/sources/source-error.ts';
import { looksLikeExport } from '../../lib/transfer/export-format.ts';
import { sendToBackground } from '../messaging.ts';

/** A .txt or .html file is read whole: no article is larger. An export is streamed, whatever its size. */
const MAX_ARTICLE_FILE_BYTES = 10 * 1024 * 1024;
/** Characters per staged piece of an export: well under a message's size limit. */
const PIECE_CHARS = 2 * 1024 * 1024;

const HTML = /\.(html?|xhtml)$/i;
const TEXT = /\.(txt|text|md)$/i;
const EXPORT = /\.(jsonl|json|ndjson|parallax)$/i;

function failed(name: string, message: string): FileStatus {
  return { name, state: 'failed', message };
}

/** Streams an export file into the background in pieces, then lets its import job run. */
async function stageExport(file: File, t: Translate): Promise<FileStatus> {
  const begin = await sendToBackground('bg:import.begin', { name: file.name.slice(0, 200), size: file.size });
  if (!begin.ok) return failed(file.name, errorText(begin.error, t));
  const { jobId } = begin;
  const reader = file.stream().pipeThrough(new TextDecoderStream('utf-8', { fatal: true })).getReader();
  let buffer = '';
  let seq = 0;
  const send = async (text: string) => {
    const sent = await sendToBackground('bg:import.chunk', { jobId, seq: seq++, text });
    if (!sent.ok) throw new StagingError(errorText(sent.error, t));
  };
  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<string>;
      try {
        chunk = await reader.read();
      } catch {
        throw new StagingError(errorText(sourceError('encoding', '?'), t));
      }
      if (chunk.done) break;
      buffer += chunk.value;
      while (buffer.length >= PIECE_CHARS) {
        await send(buffer.slice(0, PIECE_CHARS));
        buffer = buffer.slice(PIECE_CHARS);
      }
    }
    if (buffer) await send(buffer);
    const committed = await sendToBackground('bg:import.commit', { jobId, chunks: seq });
    if (!committed.ok) throw new StagingError(errorText(committed.error, t));
    return { name: file.name, state: 'importing', message: null };
  } catch (error) {
    await sendToBackground('bg:jobs.cancel', { jobId }).catch(() => undefined);
    return failed(file.name, error instanceof StagingError ? error.message : String(error));
  }
}

class StagingError extends Error {}

/**
 * One file the reader chose: a Parallax export (told by its first line, whatever its name) becomes an import job;
 * .txt and .html files are decoded here (UTF-8, UTF-16 with a mark, or the charset an HTML file declares; anything
 * else is refused) and added as articles.
 */
export async function addFile(file: File, t: Translate): Promise<FileStatus> {
  const head = new TextDecoder('utf-8').decode(await file.slice(0, 512).arrayBuffer());
  if (looksLikeExport(head) || EXPORT.test(file.name)) return stageExport(file, t);
  const type = HTML.test(file.name) ? 'html' : TEXT.test(file.name) ? 'text' : null;
  if (!type) return failed(file.name, errorText(sourceError('file-type', file.name), t));
  if (file.size > MAX_ARTICLE_FILE_BYTES) return failed(file.name, errorText(sourceError('file-too-large', file.name, 10), t));
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()), { strict: true });
  if (!decoded.ok) return failed(file.name, errorText(decoded.error, t));
  const saved = await sendToBackground('bg:file.add', { name: file.name.slice(0, 200), type, content: decoded.text });
  if (!saved.ok) return failed(file.name, errorText(saved.error, t));
  return { name: file.name, state: saved.created ? 'added' : 'updated', message: null };
}
