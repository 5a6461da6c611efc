import type { ExportCursor } from '../transfer/export-page.ts';
import { isPrunableKind, type PrunableKind } from '../model/source-kinds.ts';
import type { Envelope } from './messages.ts';
import { fileChars, type AnalysedFile, type FileInput, type OptionsMessages } from './options-messages.ts';
import { RecordError, validateReportRecord } from '../transfer/validate-record.ts';
import { LIMITS, OPTIONS_LIMITS } from '../model/limits.ts';
import { InvalidMessage, str, strOrNull, validateArticle } from './validate-fields.ts';
import { isObj, type Obj } from '../util/fields.ts';

type OptionsType = keyof OptionsMessages;

/** Every options message comes from the extension's own pages. */
export const OPTIONS_FROM: Record<OptionsType, 'page'> = {
  'bg:sources.add': 'page',
  'bg:sources.list': 'page',
  'bg:sources.refresh': 'page',
  'bg:sources.configure': 'page',
  'bg:sources.delete': 'page',
  'bg:text.add': 'page',
  'bg:files.add': 'page',
  'bg:files.store': 'page',
  'bg:import.begin': 'page',
  'bg:import.chunk': 'page',
  'bg:import.commit': 'page',
  'bg:jobs.list': 'page',
  'bg:jobs.cancel': 'page',
  'bg:jobs.dismiss': 'page',
  'bg:corpus.query': 'page',
  'bg:corpus.get': 'page',
  'bg:corpus.delete': 'page',
  'bg:corpus.clear': 'page',
  'bg:corpus.export': 'page',
  'bg:corpus.prune': 'page',
};

export function isOptionsMessageType(type: string): type is OptionsType {
  return Object.hasOwn(OPTIONS_FROM, type);
}

function int(o: Obj, key: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new InvalidMessage(`${key} must be a whole number`);
  return v;
}

function intOrNull(o: Obj, key: string): number | null {
  return o[key] === null || o[key] === undefined ? null : int(o, key);
}

function ids(o: Obj, key: string): number[] {
  const v = o[key];
  if (!Array.isArray(v) || v.length > OPTIONS_LIMITS.ids) throw new InvalidMessage(`${key} must be a list of ids`);
  // Array.from visits the holes of a sparse list (structured cloning keeps them), which map would pass over.
  return Array.from(v, (id) => {
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 0) throw new InvalidMessage(`${key} must be a list of ids`);
    return id;
  });
}

function httpUrl(value: string, key: string): string {
  if (!/^https?:\/\//i.test(value)) throw new InvalidMessage(`${key} must be an http(s) URL`);
  return value;
}

function pruneKinds(o: Obj): PrunableKind[] {
  const v = o['kinds'];
  if (!Array.isArray(v) || v.length > OPTIONS_LIMITS.kinds) throw new InvalidMessage('kinds must be a list of kinds of source');
  return Array.from(v, (k: unknown) => {
    if (typeof k !== 'string' || !isPrunableKind(k)) throw new InvalidMessage('kinds may name only sources whose reports can be pruned');
    return k;
  });
}

function exportCursor(o: Obj): ExportCursor {
  return {
    ids: o['ids'] === null ? null : ids(o, 'ids'),
    after: int(o, 'after'),
    emitted: ids(o, 'emitted'),
    written: int(o, 'written'),
  };
}

/** An options message, checked field by field; only the fields the protocol defines are passed on. */
export function validateOptionsMessage(type: OptionsType, p: Obj): Envelope<OptionsType> {
  switch (type) {
    case 'bg:sources.add': {
      const urls = p['urls'];
      if (!Array.isArray(urls) || urls.length === 0 || urls.length > OPTIONS_LIMITS.urls) throw new InvalidMessage(`urls must be a list of 1 to ${OPTIONS_LIMITS.urls} URLs`);
      return { type, payload: { urls: Array.from(urls, (u, i) => httpUrl(str({ u }, 'u', LIMITS.url), `urls[${i}]`)) } };
    }
    case 'bg:sources.list':
    case 'bg:jobs.list':
      return { type, payload: {} };
    case 'bg:sources.refresh':
      return { type, payload: { sourceIds: p['sourceIds'] === null ? null : ids(p, 'sourceIds') } };
    case 'bg:sources.configure':
      return { type, payload: { sourceId: int(p, 'sourceId'), intervalMinutes: int(p, 'intervalMinutes', 1, 100_000) } };
    case 'bg:sources.delete':
      return { type, payload: { sourceId: int(p, 'sourceId') } };
    case 'bg:text.add': {
      const url = strOrNull(p, 'url', LIMITS.url);
      return {
        type,
        payload: {
          text: str(p, 'text', LIMITS.text),
          title: strOrNull(p, 'title', LIMITS.title),
          url: url ? httpUrl(url, 'url') : null,
          publishedTime: strOrNull(p, 'publishedTime', 64),
        },
      };
    }
    case 'bg:files.add': {
      const files = p['files'];
      if (!Array.isArray(files) || files.length === 0 || files.length > OPTIONS_LIMITS.files) throw new InvalidMessage(`files must be a list of 1 to ${OPTIONS_LIMITS.files} files`);
      let total = 0;
      const out = Array.from(files, (f: unknown, i): FileInput => {
        if (!isObj(f)) throw new InvalidMessage(`files[${i}] must be a file`);
        const kind = f['type'];
        if (kind === 'article') {
          const file: FileInput = { name: str(f, 'name', LIMITS.short), type: kind, article: validateArticle(f['article']) };
          total += fileChars(file);
          return file;
        }
        if (kind !== 'text') throw new InvalidMessage(`files[${i}].type must be "text" or "article"`);
        const file: FileInput = { name: str(f, 'name', LIMITS.short), type: kind, content: str(f, 'content', OPTIONS_LIMITS.html) };
        total += fileChars(file);
        return file;
      });
      if (total > OPTIONS_LIMITS.html) throw new InvalidMessage('files are larger together than one message carries');
      return { type, payload: { files: out } };
    }
    case 'bg:files.store': {
      const files = p['files'];
      if (!Array.isArray(files) || files.length === 0 || files.length > OPTIONS_LIMITS.files) throw new InvalidMessage(`files must be a list of 1 to ${OPTIONS_LIMITS.files} files`);
      let total = 0;
      // Each report is checked field by field as an import's is, its identity recomputed.
      const out = Array.from(files, (f: unknown, i): AnalysedFile => {
        if (!isObj(f) || !isObj(f['report'])) throw new InvalidMessage(`files[${i}] must be a file and its report`);
        const name = str(f, 'name', LIMITS.short);
        try {
          const report = validateReportRecord(f['report']);
          total += report.text.length;
          return { name, report };
        } catch (error) {
          if (error instanceof RecordError) throw new InvalidMessage(`files[${i}].report: ${error.message.slice(0, 120)}`);
          throw error;
        }
      });
      if (total > OPTIONS_LIMITS.html) throw new InvalidMessage('files are larger together than one message carries');
      return { type, payload: { files: out } };
    }
    case 'bg:import.begin':
      return { type, payload: { name: str(p, 'name', LIMITS.short), size: int(p, 'size') } };
    case 'bg:import.chunk':
      return { type, payload: { jobId: int(p, 'jobId'), seq: int(p, 'seq', 0, 1_000_000), text: str(p, 'text', OPTIONS_LIMITS.chunk) } };
    case 'bg:import.commit':
      return { type, payload: { jobId: int(p, 'jobId'), chunks: int(p, 'chunks', 0, 1_000_000) } };
    case 'bg:jobs.cancel':
    case 'bg:jobs.dismiss':
      return { type, payload: { jobId: int(p, 'jobId') } };
    case 'bg:corpus.query':
      return {
        type,
        payload: {
          text: str(p, 'text', OPTIONS_LIMITS.query),
          lang: strOrNull(p, 'lang', 35),
          site: strOrNull(p, 'site', LIMITS.short),
          sourceId: intOrNull(p, 'sourceId'),
        },
      };
    case 'bg:corpus.get':
      return { type, payload: { id: int(p, 'id') } };
    case 'bg:corpus.delete':
      return { type, payload: { ids: ids(p, 'ids') } };
    case 'bg:corpus.clear':
      if (p['confirm'] !== 'everything') throw new InvalidMessage('clearing the corpus must be confirmed');
      return { type, payload: { confirm: 'everything' } };
    case 'bg:corpus.export':
      return { type, payload: exportCursor(p) };
    case 'bg:corpus.prune':
      return { type, payload: { kinds: pruneKinds(p), olderThanDays: intOrNull(p, 'olderThanDays'), keep: intOrNull(p, 'keep') } };
  }
}
