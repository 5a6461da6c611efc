import type { FileStatus } from '../../components/options-import.tsx';
import { errorText } from '../../lib/sources/error-text.ts';
import type { Translate } from '../../components/strings.ts';
import { decodeText } from '../../lib/sources/decode-text.ts';
import { sourceError } from '../../lib/model/source-error.ts';
import { looksLikeExport } from '../../lib/transfer/export-format.ts';
import { stageExport, StagingFailed, type StagingSteps } from '../../lib/transfer/import-staging.ts';
import { validateArticle } from '../../lib/protocol/validate-fields.ts';
import { articleFromPage } from '../../lib/sources/page-article.ts';
import { fileChars, type FileInput } from '../../lib/protocol/options-messages.ts';
import { sendToBackground } from '../messaging.ts';
import { FileBatches, type FilesAnswer } from './file-batches.ts';

/** A .txt or .html file is read whole: no article is larger. An export is streamed, whatever its size. */
const MAX_ARTICLE_FILE_BYTES = 10 * 1024 * 1024;

const HTML = /\.(html?|xhtml)$/i;
const TEXT = /\.(txt|text|md)$/i;
const EXPORT = /\.(jsonl|json|ndjson|parallax)$/i;

function failed(name: string, message: string): FileStatus {
  return { name, state: 'failed', message };
}

/** The background's staging steps, through messages. */
const STAGING: StagingSteps = {
  begin: (name, size) => sendToBackground('bg:import.begin', { name, size }),
  chunk: (jobId, seq, text) => sendToBackground('bg:import.chunk', { jobId, seq, text }),
  commit: (jobId, chunks) => sendToBackground('bg:import.commit', { jobId, chunks }),
  cancel: (jobId) => sendToBackground('bg:jobs.cancel', { jobId }),
};

/** A file's text as it is decoded; a byte that is not UTF-8 fails the import. */
async function* fileText(file: File): AsyncGenerator<string> {
  const reader = file.stream().pipeThrough(new TextDecoderStream('utf-8', { fatal: true })).getReader();
  for (;;) {
    let chunk: ReadableStreamReadResult<string>;
    try {
      chunk = await reader.read();
    } catch {
      throw new StagingFailed(sourceError('encoding', '?'));
    }
    if (chunk.done) return;
    yield chunk.value;
  }
}

/** Streams an export file into the background in pieces, then lets its import job run. */
async function stageExportFile(file: File, t: Translate): Promise<FileStatus> {
  try {
    const staged = await stageExport(file.name.slice(0, 200), file.size, fileText(file), STAGING);
    return staged.ok ? { name: file.name, state: 'importing', message: null } : failed(file.name, errorText(staged.error, t));
  } catch (error) {
    return failed(file.name, String(error));
  }
}

/** Characters per message: a batch of large files is sent before it has its count (FileBatches.nextSize). */
const BATCH_CHARS = 8 * 1024 * 1024;
/** Files read ahead of the one being decoded (each at most an article's 10 MB; most a few KB). */
const READ_AHEAD = 4;

/**
 * Files the reader chose. A Parallax export (told by its first line, whatever its name) becomes an import job;
 * .txt and .html files are decoded here (UTF-8, UTF-16 with a mark, or the charset an HTML file declares; anything
 * else is refused) and sent many at a time, to be analysed by the service worker (and, for a large folder, by this
 * page's worker too) and stored by the service worker while this page reads the next batch. Each file's status is
 * told as soon as it is known.
 */
export async function addFiles(files: readonly File[], t: Translate, onStatus: (statuses: ReadonlyMap<number, FileStatus>) => void): Promise<void> {
  let batch: Array<{ index: number; file: FileInput }> = [];
  let chars = 0;
  let batchFiles = FileBatches.nextSize(0);
  const batches = FileBatches.forFolder(files.length);
  const told = (sent: Array<{ index: number; file: FileInput }>) => (saved: FilesAnswer) => {
    // A batch's answers are told together: the page redraws its list once per batch, not once per file.
    const statuses = new Map<number, FileStatus>();
    sent.forEach(({ index, file }, j) => {
      const r = saved.ok ? saved.results[j] : null;
      if (!saved.ok) statuses.set(index, failed(file.name, errorText(saved.error, t)));
      else if (!r) statuses.set(index, failed(file.name, errorText(sourceError('storage', '?'), t)));
      else if (!r.ok) statuses.set(index, failed(file.name, errorText(r.error, t)));
      else statuses.set(index, { name: file.name, state: r.created ? 'added' : 'updated', message: null });
    });
    onStatus(statuses);
  };
  const flush = async () => {
    if (!batch.length) return;
    const sent = batch;
    batch = [];
    chars = 0;
    await batches.send(
      sent.map((b) => b.file),
      told(sent),
    );
    batchFiles = FileBatches.nextSize(batchFiles);
  };
  // Reading a file is a round trip to the browser: the next few are read while this one is decoded. A file larger
  // than an article is not read whole (nor sliced: a slice costs a synchronous round trip of its own).
  const bytes = new Map<number, Promise<Uint8Array | null>>();
  const readAhead = (i: number) => {
    const file = files[i];
    if (file && !bytes.has(i)) bytes.set(i, file.size <= MAX_ARTICLE_FILE_BYTES ? file.arrayBuffer().then((b) => new Uint8Array(b), () => null) : Promise.resolve(null));
  };
  for (const [index, file] of files.entries()) {
    for (let i = index; i < index + READ_AHEAD; i++) readAhead(i);
    try {
      const read = await readArticleFile(file, (await bytes.get(index)) ?? null, t);
      bytes.delete(index);
      if ('status' in read) {
        onStatus(new Map([[index, read.status]]));
        continue;
      }
      if (chars + fileChars(read.file) > BATCH_CHARS) await flush();
      batch.push({ index, file: read.file });
      chars += fileChars(read.file);
      if (batch.length >= batchFiles) await flush();
    } catch (error) {
      onStatus(new Map([[index, failed(file.name, String(error))]]));
    }
  }
  try {
    await flush();
  } finally {
    await batches.finish();
  }
}

/**
 * An export staged as a job (its status), or an article file decoded, ready to send. `bytes` are the file's, read
 * already (null for a file too large to be an article, or one that could not be read).
 */
async function readArticleFile(file: File, bytes: Uint8Array | null, t: Translate): Promise<{ status: FileStatus } | { file: FileInput }> {
  const head = new TextDecoder('utf-8').decode(bytes ? bytes.subarray(0, 512) : await file.slice(0, 512).arrayBuffer());
  if (looksLikeExport(head) || EXPORT.test(file.name)) return { status: await stageExportFile(file, t) };
  const type = HTML.test(file.name) ? 'html' : TEXT.test(file.name) ? 'text' : null;
  if (!type) return { status: failed(file.name, errorText(sourceError('file-type', file.name), t)) };
  if (file.size > MAX_ARTICLE_FILE_BYTES) return { status: failed(file.name, errorText(sourceError('file-too-large', file.name, 10), t)) };
  const decoded = decodeText(bytes ?? new Uint8Array(await file.arrayBuffer()), { strict: true });
  if (!decoded.ok) return { status: failed(file.name, errorText(decoded.error, t)) };
  const name = file.name.slice(0, 200);
  if (type === 'text') return { file: { name, type, content: decoded.text } };
  // A page is read here, with the browser's parser (an inert document: nothing in it runs or loads), and its article
  // sent, rather than its HTML for the service worker to parse with linkedom on the thread that analyses and stores.
  const read = articleFromPage(name, new DOMParser().parseFromString(decoded.text, 'text/html'));
  if (!read.ok) return { status: failed(file.name, errorText(read.error, t)) };
  try {
    // Checked as the service worker will check it: one article it would refuse must not fail its whole batch.
    return { file: { name, type: 'article', article: validateArticle(read.article) } };
  } catch (error) {
    return { status: failed(file.name, error instanceof Error ? error.message : String(error)) };
  }
}
