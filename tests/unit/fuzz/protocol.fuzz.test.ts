import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidMessage } from '../../../lib/protocol/validate-fields.ts';
import { LIMITS } from '../../../lib/model/limits.ts';
import { validateBackgroundMessage } from '../../../lib/protocol/validate.ts';
import { OPTIONS_FROM } from '../../../lib/protocol/validate-options.ts';
import { OPTIONS_LIMITS } from '../../../lib/model/limits.ts';
import { fuzzRuns, fuzzTimeout } from './fuzz-settings.ts';
import { analyseFile } from '../../../lib/sources/add-files.ts';

/**
 * Door 5: messages to the background, from content scripts (any page's influence) and extension pages. The
 * validator returns a well-formed envelope of a known type, carrying only the protocol's fields within their limits,
 * or throws InvalidMessage; nothing else, whatever arrives.
 */

/** The protocol's fields per message type; for a string field (or a list of strings) its longest length, else 0. */
const FIELDS: Record<string, Record<string, number>> = {
  'bg:tab.analyze': { tabId: 0 },
  'bg:tab.save': { tabId: 0 },
  'bg:page.extracted': { article: 0 },
  'bg:sources.add': { urls: LIMITS.url },
  'bg:sources.list': {},
  'bg:sources.refresh': { sourceIds: 0 },
  'bg:sources.configure': { sourceId: 0, intervalMinutes: 0 },
  'bg:sources.delete': { sourceId: 0 },
  'bg:text.add': { text: LIMITS.text, title: LIMITS.title, url: LIMITS.url, publishedTime: 64 },
  'bg:files.add': { files: 0 },
  'bg:files.store': { files: 0 },
  'bg:import.begin': { name: LIMITS.short, size: 0 },
  'bg:import.chunk': { jobId: 0, seq: 0, text: OPTIONS_LIMITS.chunk },
  'bg:import.commit': { jobId: 0, chunks: 0 },
  'bg:jobs.list': {},
  'bg:jobs.cancel': { jobId: 0 },
  'bg:jobs.dismiss': { jobId: 0 },
  'bg:corpus.query': { text: OPTIONS_LIMITS.query, lang: 35, site: LIMITS.short, sourceId: 0 },
  'bg:corpus.get': { id: 0 },
  'bg:corpus.delete': { ids: 0 },
  'bg:corpus.clear': { confirm: 10 },
  'bg:corpus.export': { ids: 0, after: 0, emitted: 0, written: 0 },
  'bg:corpus.prune': { kinds: 0, olderThanDays: 0, keep: 0 },
};
const ARTICLE_FIELDS: Record<string, number> = {
  url: LIMITS.url, title: LIMITS.title, byline: LIMITS.short, siteName: LIMITS.short, publishedTime: 64, lang: 35, text: LIMITS.text, excerpt: LIMITS.excerpt,
};
/** Fields of each file of bg:files.add (0: an object, an article checked by ARTICLE_FIELDS). */
const FILE_FIELDS: Record<string, number> = { name: LIMITS.short, type: 7, content: OPTIONS_LIMITS.html, article: 0 };
/** Fields of each file of bg:files.store, and of its report (a stored report's, less what storing adds). */
const STORE_FIELDS: Record<string, number> = { name: LIMITS.short, report: 0 };
const REPORT_FIELDS = ['url', 'contentHash', 'title', 'byline', 'siteName', 'lang', 'publishedTime', 'publishedAt', 'text', 'excerpt', 'figures', 'keys', 'analysisVersion'];
const TYPES = Object.keys(FIELDS);

// Values made once: strings one over each limit, lists one over theirs.
const over = (limit: number, prefix = '') => prefix + 'x'.repeat(limit + 1 - prefix.length);
const OVERSIZED = [...new Set([...Object.values(FIELDS).flatMap((f) => Object.values(f)), ...Object.values(ARTICLE_FIELDS), ...Object.values(FILE_FIELDS)])]
  .filter((n) => n > 0)
  .flatMap((n) => (n > 100 ? [over(n), over(n, 'https://a.example/')] : [over(n)]));
const LONG_LISTS = [Array(OPTIONS_LIMITS.ids + 1).fill(1), Array(OPTIONS_LIMITS.urls + 1).fill('https://a.example/')];

const int = fc.nat({ max: 1_000_000 });
const httpUrl = fc.constantFrom('https://a.example/x', 'http://127.0.0.1:8080/', 'HTTPS://港.example/?q=1#f');
const shortText = fc.string({ maxLength: 30 });
const article = fc.record({
  url: fc.oneof(httpUrl, fc.constant('')),
  title: shortText,
  byline: fc.option(shortText),
  siteName: fc.option(shortText),
  publishedTime: fc.option(fc.constantFrom('2024-04-12T07:30:00.000Z', 'yesterday')),
  lang: fc.constantFrom('en', 'vi', 'und'),
  text: shortText,
  excerpt: shortText,
});

/** Reports as the options page's analysis worker sends them. */
const REPORTS = ['Floods in the north killed 12 people on Monday, and about 3,000 homes were flooded.', 'Le gouvernement a décrété un couvre-feu après la mort de 40 manifestants.'].map((text, i) => {
  const analysed = analyseFile({ name: `${i}.txt`, type: 'text', content: text });
  if (!analysed.ok) throw new Error('not analysed');
  return analysed.report;
});

/** A valid payload of each type. */
const VALID: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  'bg:tab.analyze': fc.record({ tabId: int }),
  'bg:tab.save': fc.record({ tabId: int }),
  'bg:page.extracted': fc.record({ article }),
  'bg:sources.add': fc.record({ urls: fc.array(httpUrl, { minLength: 1, maxLength: 4 }) }),
  'bg:sources.list': fc.constant({}),
  'bg:sources.refresh': fc.record({ sourceIds: fc.option(fc.array(int, { maxLength: 4 })) }),
  'bg:sources.configure': fc.record({ sourceId: int, intervalMinutes: fc.integer({ min: 1, max: 100_000 }) }),
  'bg:sources.delete': fc.record({ sourceId: int }),
  'bg:text.add': fc.record({ text: shortText, title: fc.option(shortText), url: fc.option(fc.oneof(httpUrl, fc.constant(''))), publishedTime: fc.option(shortText) }),
  'bg:files.add': fc.record({
    files: fc.array(fc.oneof(fc.record({ name: shortText, type: fc.constant('text'), content: shortText }), fc.record({ name: shortText, type: fc.constant('article'), article })), { minLength: 1, maxLength: 3 }),
  }),
  'bg:files.store': fc.record({ files: fc.array(fc.record({ name: shortText, report: fc.constantFrom(...REPORTS) }), { minLength: 1, maxLength: 3 }) }),
  'bg:import.begin': fc.record({ name: shortText, size: int }),
  'bg:import.chunk': fc.record({ jobId: int, seq: fc.nat(1_000_000), text: shortText }),
  'bg:import.commit': fc.record({ jobId: int, chunks: fc.nat(1_000_000) }),
  'bg:jobs.list': fc.constant({}),
  'bg:jobs.cancel': fc.record({ jobId: int }),
  'bg:jobs.dismiss': fc.record({ jobId: int }),
  'bg:corpus.query': fc.record({ text: shortText, lang: fc.option(fc.constantFrom('en', 'vi')), site: fc.option(shortText), sourceId: fc.option(int) }),
  'bg:corpus.get': fc.record({ id: int }),
  'bg:corpus.delete': fc.record({ ids: fc.array(int, { maxLength: 5 }) }),
  'bg:corpus.clear': fc.constant({ confirm: 'everything' }),
  'bg:corpus.export': fc.record({ ids: fc.option(fc.array(int, { maxLength: 5 })), after: int, emitted: fc.array(int, { maxLength: 5 }), written: int }),
  'bg:corpus.prune': fc.record({ kinds: fc.array(fc.constant('feed'), { maxLength: 2 }), olderThanDays: fc.option(int), keep: fc.option(int) }),
};
const validMessage = fc.constantFrom(...TYPES).chain((type) => VALID[type]!.map((payload) => ({ type, payload })));

/** Values a sender may put anywhere: JSON, and what structured cloning also carries (Firefox clones messages). */
const anyValue = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  fc.constantFrom(NaN, Infinity, -Infinity, -1, 1.5, 2 ** 53, undefined, '', 'everything', 'text', 'html', '__proto__'),
  fc.constantFrom(...OVERSIZED, ...LONG_LISTS),
  fc.constantFrom(new Date(0), [1, 'two'], [null], { tabId: 1 }, Object.create(null) as object),
  // Structured cloning keeps the holes of a sparse list.
  fc.sparseArray(fc.oneof(fc.nat(), httpUrl), { maxLength: 5, noTrailingHole: false }),
);
const TYPE_NAMES = [...TYPES, 'cs:page.extract', 'cs:figures.mark', 'bg:', 'bg:unknown', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ''];

type Msg = { type: unknown; payload: unknown; [k: string]: unknown };
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), field: fc.nat() }),
  fc.record({ kind: fc.constant('set' as const), field: fc.nat(), value: anyValue }),
  fc.record({ kind: fc.constant('set-article' as const), field: fc.constantFrom(...Object.keys(ARTICLE_FIELDS), 'evil'), value: anyValue }),
  fc.record({ kind: fc.constant('extra' as const), key: fc.constantFrom('evil', '__proto__', 'constructor', 'toString', 'payload', 'type', 'sender'), value: anyValue }),
  fc.record({ kind: fc.constant('retype' as const), type: fc.oneof(fc.constantFrom(...TYPE_NAMES), anyValue) }),
  fc.record({ kind: fc.constant('payload' as const), value: anyValue }),
  fc.record({ kind: fc.constant('envelope-extra' as const), value: anyValue }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** A copy of the message with one change; own "__proto__" keys are made as JSON.parse makes them. */
function mutate(msg: Msg, m: Mutation): Msg {
  const payload = msg.payload && typeof msg.payload === 'object' && !Array.isArray(msg.payload) ? { ...(msg.payload as Record<string, unknown>) } : msg.payload;
  const fields = payload && typeof payload === 'object' ? Object.keys(payload) : [];
  const withKey = (o: Record<string, unknown>, key: string, value: unknown) => {
    Object.defineProperty(o, key, { value, enumerable: true, configurable: true, writable: true });
    return o;
  };
  switch (m.kind) {
    case 'drop':
      if (fields.length) delete (payload as Record<string, unknown>)[fields[m.field % fields.length]!];
      return { ...msg, payload };
    case 'set':
      if (fields.length) (payload as Record<string, unknown>)[fields[m.field % fields.length]!] = m.value;
      return { ...msg, payload };
    case 'set-article': {
      const p = payload as Record<string, unknown> | null;
      const a = p && typeof p === 'object' && p['article'] && typeof p['article'] === 'object' ? { ...(p['article'] as Record<string, unknown>) } : null;
      if (!a) return msg;
      return { ...msg, payload: { ...p, article: withKey(a, m.field, m.value) } };
    }
    case 'extra':
      return { ...msg, payload: payload && typeof payload === 'object' ? withKey(payload as Record<string, unknown>, m.key, m.value) : payload };
    case 'retype':
      return { ...msg, type: m.type };
    case 'payload':
      return { ...msg, payload: m.value };
    case 'envelope-extra':
      return withKey({ ...msg }, 'extra', m.value) as Msg;
  }
}

/** Whether a value is plain JSON: strings, finite numbers, booleans, null, arrays and plain objects of them. */
function isPlainJson(v: unknown): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (Array.isArray(v)) return Array.from(v).every(isPlainJson);
  if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v).every(isPlainJson);
  return false;
}

/** Every string in a value (a field, or the strings of a list) no longer than `max`. */
function withinLimit(v: unknown, max: number): boolean {
  if (typeof v === 'string') return v.length <= max;
  if (Array.isArray(v)) return v.every((x) => withinLimit(x, max));
  return true;
}

/** The validator's answer, checked: a well-formed envelope, or InvalidMessage. */
function validateChecked(raw: unknown): 'accepted' | 'refused' {
  let env: ReturnType<typeof validateBackgroundMessage>;
  try {
    env = validateBackgroundMessage(raw);
  } catch (error) {
    if (!(error instanceof InvalidMessage)) throw new Error(`threw something other than InvalidMessage: ${String(error)}`);
    expect(error.message.length).toBeLessThan(200);
    return 'refused';
  }
  const sent = raw as Msg;
  expect(Object.keys(env).sort()).toEqual(['payload', 'type']);
  expect(env.type).toBe(sent.type);
  const fields = FIELDS[env.type];
  if (!fields) throw new Error(`accepted an unknown type ${String(env.type)}`);
  expect(isPlainJson(env.payload), JSON.stringify(env.payload)?.slice(0, 200)).toBe(true);
  const payload = env.payload as Record<string, unknown>;
  for (const [key, value] of Object.entries(payload)) {
    expect(Object.hasOwn(fields, key), `${env.type} carries "${key}"`).toBe(true);
    if (fields[key]! > 0) expect(withinLimit(value, fields[key]!), `${env.type}.${key}`).toBe(true);
  }
  if (env.type === 'bg:files.add') {
    for (const file of payload['files'] as Array<Record<string, unknown>>) {
      for (const [key, value] of Object.entries(file)) {
        expect(Object.hasOwn(FILE_FIELDS, key), `file carries "${key}"`).toBe(true);
        if (FILE_FIELDS[key]! > 0) expect(withinLimit(value, FILE_FIELDS[key]!), `file.${key}`).toBe(true);
      }
      for (const [key, value] of Object.entries((file['article'] ?? {}) as Record<string, unknown>)) {
        expect(Object.hasOwn(ARTICLE_FIELDS, key), `file's article carries "${key}"`).toBe(true);
        expect(withinLimit(value, ARTICLE_FIELDS[key]!), `file's article.${key}`).toBe(true);
      }
    }
  }
  if (env.type === 'bg:files.store') {
    for (const file of payload['files'] as Array<Record<string, unknown>>) {
      for (const [key, value] of Object.entries(file)) {
        expect(Object.hasOwn(STORE_FIELDS, key), `file carries "${key}"`).toBe(true);
        if (STORE_FIELDS[key]! > 0) expect(withinLimit(value, STORE_FIELDS[key]!), `file.${key}`).toBe(true);
      }
      expect(Object.keys(file['report'] as object).every((key) => REPORT_FIELDS.includes(key)), `report carries ${Object.keys(file['report'] as object).join(', ')}`).toBe(true);
    }
  }
  if (env.type === 'bg:page.extracted') {
    for (const [key, value] of Object.entries(payload['article'] as Record<string, unknown>)) {
      expect(Object.hasOwn(ARTICLE_FIELDS, key), `article carries "${key}"`).toBe(true);
      expect(withinLimit(value, ARTICLE_FIELDS[key]!), `article.${key}`).toBe(true);
    }
  }
  // What passed once passes again unchanged: the validator's output is a valid message.
  expect(validateBackgroundMessage(env)).toEqual(env);
  return 'accepted';
}

describe('fuzz: background message validation', () => {
  it('knows every message type the protocol has', () => {
    expect(new Set(TYPES)).toEqual(new Set(['bg:tab.analyze', 'bg:tab.save', 'bg:page.extracted', ...Object.keys(OPTIONS_FROM)]));
    for (const type of TYPES) expect(VALID[type], type).toBeDefined();
  });

  it(
    'accepts every valid message, passing on exactly its fields',
    () => {
      fc.assert(
        fc.property(validMessage, (msg) => {
          expect(validateChecked(msg)).toBe('accepted');
        }),
        fuzzRuns(2000, 0x9a7e01),
      );
    },
    fuzzTimeout(20_000),
  );

  it(
    'mutated messages: a well-formed envelope of a known type, or InvalidMessage; nothing else',
    () => {
      let refused = 0;
      let runs = 0;
      fc.assert(
        fc.property(validMessage, fc.array(mutation, { minLength: 1, maxLength: 3 }), (msg, mutations) => {
          runs++;
          if (validateChecked(mutations.reduce(mutate, msg as Msg)) === 'refused') refused++;
        }),
        fuzzRuns(3000, 0x9a7e02),
      );
      // Both answers must be common, or one side of the property is not exercised.
      expect(refused / runs).toBeGreaterThan(0.3);
      expect(refused / runs).toBeLessThan(0.9);
    },
    fuzzTimeout(30_000),
  );

  it(
    'any value at all: InvalidMessage or a well-formed envelope',
    () => {
      const raw = fc.oneof(anyValue, fc.record({ type: fc.constantFrom(...TYPE_NAMES), payload: anyValue }), fc.record({ type: anyValue, payload: fc.jsonValue() }));
      fc.assert(
        fc.property(raw, (value) => {
          validateChecked(value);
        }),
        fuzzRuns(2000, 0x9a7e03),
      );
    },
    fuzzTimeout(20_000),
  );

  it('refuses a list with holes (structured cloning keeps them), as the fuzzing found', () => {
    const holes = <T>(first: T, length: number): T[] => Object.assign(new Array<T>(length), { 0: first });
    expect(() => validateBackgroundMessage({ type: 'bg:sources.add', payload: { urls: holes('https://a.example/', 2) } })).toThrow(InvalidMessage);
    expect(() => validateBackgroundMessage({ type: 'bg:corpus.delete', payload: { ids: holes(1, 3) } })).toThrow(InvalidMessage);
  });

  it(
    'refuses a string one character over its limit, in any field of any message',
    () => {
      const stringField = fc.constantFrom(
        ...Object.entries(FIELDS).flatMap(([type, fields]) => Object.entries(fields).filter(([, max]) => max > 0).map(([field, max]) => ({ type, field, max }))),
        ...Object.entries(ARTICLE_FIELDS).map(([field, max]) => ({ type: 'bg:page.extracted', field: `article.${field}`, max })),
        ...Object.entries(FILE_FIELDS).filter(([, max]) => max > 0).map(([field, max]) => ({ type: 'bg:files.add', field: `files.${field}`, max })),
      );
      fc.assert(
        fc.property(stringField, fc.nat(), ({ type, field, max }, seed) => {
          const [payload] = fc.sample(VALID[type]!, { numRuns: 1, seed });
          const value = over(max, /url/.test(field) ? 'https://a.example/' : '');
          const p = { ...payload! };
          if (field.startsWith('article.')) p['article'] = { ...(p['article'] as Record<string, unknown>), [field.slice(8)]: value };
          else if (field.startsWith('files.')) p['files'] = [...(p['files'] as unknown[]), { name: 'a.txt', type: 'text', content: 'x', [field.slice(6)]: value }];
          else p[field] = field === 'urls' ? ['https://a.example/', value] : value;
          expect(() => validateBackgroundMessage({ type, payload: p })).toThrow(InvalidMessage);
        }),
        fuzzRuns(500, 0x9a7e04),
      );
    },
    fuzzTimeout(20_000),
  );
});
