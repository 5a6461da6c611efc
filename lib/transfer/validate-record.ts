import { analyzeArticle, ANALYSIS_VERSION } from '../analysis/analyze-article.ts';
import type { ReportInput } from '../model/report.ts';
import type { SourceInput } from '../model/source.ts';
import type { SourceKind } from '../model/source.ts';
import type { Figure, Qualifier } from '../model/figure.ts';
import { LIMITS } from '../model/limits.ts';
import { isObj, stringFields, type Obj } from '../util/fields.ts';
import { contentHash, normalizedForHash } from '../util/hash.ts';

/** A field that is wrong, with what is wrong with it. */
export class RecordError extends Error {}

const QUALIFIERS: ReadonlySet<string> = new Set<Qualifier>(['exact', 'about', 'nearly', 'more_than', 'at_least', 'less_than', 'up_to', 'range']);
const SOURCE_KINDS: ReadonlySet<string> = new Set<SourceKind>(['page', 'url', 'feed', 'paste', 'file', 'import', 'collected']);
const MAX_FIGURES = 10_000;
const MAX_KEYS = 5_000;
const MAX_KEY_CHARS = 300;

const { str, strOrNull } = stringFields((why) => new RecordError(why));

function num(o: Obj, key: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new RecordError(`"${key}" must be a number`);
  return v;
}

function figure(raw: unknown, text: string, i: number): Figure {
  if (!isObj(raw)) throw new RecordError(`figure ${i} must be an object`);
  try {
    const quote = str(raw, 'quote', 2000);
    const start = num(raw, 'start');
    const end = num(raw, 'end');
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
      throw new RecordError('its offsets are outside the text');
    }
    if (text.slice(start, end) !== quote) throw new RecordError('its quote is not the text at its offsets');
    const qualifier = str(raw, 'qualifier', 20);
    if (!QUALIFIERS.has(qualifier)) throw new RecordError(`unknown qualifier "${qualifier.slice(0, 20)}"`);
    const of = raw['of'] === null || raw['of'] === undefined ? null : num(raw, 'of');
    const optional: Pick<Figure, 'asOfDate' | 'stated'> = {};
    if (raw['asOfDate'] !== undefined) {
      const asOfDate = str(raw, 'asOfDate', 10);
      if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(asOfDate)) throw new RecordError('"asOfDate" must be a date');
      optional.asOfDate = asOfDate;
    }
    if (raw['stated'] !== undefined) {
      const stated = raw['stated'];
      if (!isObj(stated)) throw new RecordError('"stated" must be an object');
      optional.stated = { value: num(stated, 'value'), unit: str(stated, 'unit', 40) };
    }
    return {
      quote,
      start,
      end,
      value: num(raw, 'value'),
      low: num(raw, 'low'),
      high: num(raw, 'high'),
      qualifier: qualifier as Qualifier,
      qualifierText: strOrNull(raw, 'qualifierText', LIMITS.short),
      unit: str(raw, 'unit', 40),
      concept: str(raw, 'concept', 200),
      noun: str(raw, 'noun', LIMITS.short),
      subject: strOrNull(raw, 'subject', LIMITS.short),
      event: strOrNull(raw, 'event', LIMITS.short),
      attribution: strOrNull(raw, 'attribution', LIMITS.short),
      asOf: strOrNull(raw, 'asOf', LIMITS.short),
      of,
      ...optional,
    };
  } catch (error) {
    throw new RecordError(`figure ${i}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function epoch(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/**
 * A report from an import file, checked field by field; only known fields survive. Identity is recomputed, never
 * trusted (a file cannot make its report replace another by claiming its hash). A report analysed by another
 * version of Parallax is analysed again; one of this version keeps its figures and keys as they are.
 */
export function validateReportRecord(raw: Obj, options: { analyze?: boolean } = {}): ReportInput {
  const text = str(raw, 'text', LIMITS.text);
  if (!text.trim()) throw new RecordError('"text" is empty');
  const hash = contentHash(normalizedForHash(text));
  const givenUrl = str(raw, 'url', LIMITS.url);
  let url: string;
  if (givenUrl.startsWith('text:') || givenUrl === '') url = `text:${hash}`;
  else if (/^https?:\/\//i.test(givenUrl)) url = givenUrl;
  else throw new RecordError('"url" must be an http(s) URL');
  const publishedTime = strOrNull(raw, 'publishedTime', 64);
  const article = {
    url,
    title: str(raw, 'title', LIMITS.title),
    byline: strOrNull(raw, 'byline', LIMITS.short),
    siteName: strOrNull(raw, 'siteName', LIMITS.short),
    publishedTime: publishedTime !== null && Number.isNaN(Date.parse(publishedTime)) ? null : publishedTime,
    lang: str(raw, 'lang', 35),
    text,
    excerpt: str(raw, 'excerpt', LIMITS.excerpt),
  };
  const analysisVersion = num(raw, 'analysisVersion');
  if (!Array.isArray(raw['figures'])) throw new RecordError('"figures" must be a list');
  if (!Array.isArray(raw['keys'])) throw new RecordError('"keys" must be a list');
  if (raw['figures'].length > MAX_FIGURES) throw new RecordError('too many figures');
  if (raw['keys'].length > MAX_KEYS) throw new RecordError('too many keys');
  const figures = raw['figures'].map((f, i) => figure(f, text, i));
  const keys = raw['keys'].map((k, i) => {
    if (typeof k !== 'string' || k.length > MAX_KEY_CHARS) throw new RecordError(`key ${i} must be a short string`);
    return k;
  });
  if (analysisVersion !== ANALYSIS_VERSION && options.analyze !== false) return { ...analyzeArticle(article), url };
  return { ...article, contentHash: hash, publishedAt: epoch(article.publishedTime), figures, keys, analysisVersion };
}

/** A source from an import file. */
export function validateSourceRecord(raw: Obj): { ref: number; source: SourceInput } {
  const ref = num(raw, 'ref');
  if (!Number.isInteger(ref)) throw new RecordError('"ref" must be an integer');
  const kind = str(raw, 'kind', 20);
  if (!SOURCE_KINDS.has(kind)) throw new RecordError(`unknown source kind "${kind.slice(0, 20)}"`);
  const key = str(raw, 'key', LIMITS.url);
  if (!key) throw new RecordError('"key" is empty');
  return { ref, source: { kind: kind as SourceKind, key, title: str(raw, 'title', LIMITS.title) } };
}
