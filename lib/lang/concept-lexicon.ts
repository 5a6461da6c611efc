import { stemmerFor } from './stemmers.ts';

/**
 * A language's ordinary words mapped to interlingual concepts (WordNet 3.0 synsets, as the Open Multilingual
 * Wordnet links them), read from lib/lang/<code>/concepts.txt (scripts/build-concepts.ts). An event lives in
 * ordinary words (curfew, resigns, no-fly zone), and these keys let them meet across languages.
 */
export interface ConceptLexicon {
  lang: string;
  /** Function words: never a concept on their own (their stems collide with content words). */
  stop: ReadonlySet<string>;
  /** Stem key ("zon exclusion aere") -> concepts, each its commonness digit and id ("41x3f,02a9"). */
  entries: StemTable;
  /** Concept id -> the language's word for it (labels in the reader's language), when asked for at parsing. */
  labels: ReadonlyMap<string, string> | null;
  /** Longest entry, in words. */
  maxWords: number;
  /** First stems of the entries of more than one word: a phrase is looked for only where one of them starts. */
  heads: ReadonlySet<string>;
  stem: (word: string) => string;
  /**
   * Chinese: by UTF-16 unit, the length of the longest entry or function word starting with it, so that words are
   * read by the lexicon itself (longest first) rather than by Intl.Segmenter, which costs four times as much.
   */
  hanLengths?: Uint8Array;
}

const POS_CODE: Record<string, number> = { n: 0, v: 1, a: 2 };

/** "n1740" (part of speech, WordNet 3.0 offset) -> a short id, base 36. */
export function conceptId(synset: string): string {
  return (Number(synset.slice(1)) * 4 + (POS_CODE[synset[0] ?? 'n'] ?? 0)).toString(36);
}

const segmenters = new Map<string, Intl.Segmenter>();

interface Word {
  word: string;
  start: number;
  end: number;
}

/**
 * Chinese words as the lexicon has them: at each character of a Han run the longest entry or function word that
 * starts there (forward maximum matching), else the character alone.
 */
function* hanWords(text: string, lexicon: ConceptLexicon, lengths: Uint8Array): Generator<Word> {
  for (const run of text.matchAll(/\p{Script=Han}+/gu)) {
    const han = run[0];
    for (let i = 0; i < han.length; ) {
      let n = 1;
      for (let length = Math.min(lengths[han.charCodeAt(i)] ?? 0, han.length - i); length >= 2; length--) {
        const word = han.slice(i, i + length);
        if (lexicon.stop.has(word) || lexicon.entries.get(word) !== undefined) {
          n = length;
          break;
        }
      }
      yield { word: han.slice(i, i + n), start: run.index + i, end: run.index + i + n };
      i += n;
    }
  }
}

/** Words of a text in order, lower-cased, with where each starts and ends. */
export function words(text: string, lang: string): Word[] {
  return [...eachWord(text, lang)];
}

/** The same, one at a time: segmenting is most of the cost, and a caller may stop early. */
function* eachWord(text: string, lang: string): Generator<Word> {
  if (lang === 'zh') {
    let segmenter = segmenters.get(lang);
    if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
    for (const s of segmenter.segment(text)) {
      if (s.isWordLike && /\p{Script=Han}/u.test(s.segment)) yield { word: s.segment, start: s.index, end: s.index + s.segment.length };
    }
    return;
  }
  for (const m of text.matchAll(/[\p{L}\p{M}]+/gu)) yield { word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length };
}

/** The lexicon key of a lemma or phrase: its words' stems, space-separated (Chinese: the word itself). */
export function lexiconKey(phrase: string, lang: string, stem = stemmerFor(lang)): string | null {
  if (lang === 'zh') return /^\p{Script=Han}+$/u.test(phrase) ? phrase : null;
  const parts = words(phrase, lang).map((w) => stem(w.word));
  return parts.length ? parts.join(' ') : null;
}

/**
 * The lexicon's entries as offsets into the file's text, found through an open-addressing hash table: a few bytes
 * an entry instead of a string pair and a map entry each (six languages: ~15 MB of heap instead of ~42).
 */
export class StemTable {
  private readonly slots: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private count = 0;

  constructor(
    private readonly text: string,
    capacity: number,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds the line [start, end) whose key ends at the first tab. */
  add(start: number, tab: number, end: number): void {
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    const mask = this.slots.length - 1;
    for (let slot = hashOf(this.text, start, tab) & mask; ; slot = (slot + 1) & mask) {
      if (this.slots[slot] === 0) {
        this.slots[slot] = i + 1;
        return;
      }
    }
  }

  /** The concepts of a stem key, or undefined. */
  get(key: string): string | undefined {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] ?? 0;
      if (entry === 0) return undefined;
      const start = this.starts[entry - 1] ?? 0;
      if (this.text.charCodeAt(start + key.length) === 9 && this.text.startsWith(key, start)) {
        const end = this.ends[entry - 1] ?? 0;
        const tab2 = this.text.indexOf('\t', start + key.length + 1);
        return this.text.slice(start + key.length + 1, tab2 < 0 || tab2 > end ? end : tab2);
      }
    }
  }
}

/** FNV-1a over the characters of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Parses a concepts.txt file; `labels` for the language the reader's interface speaks. */
export function parseConceptLexicon(lang: string, text: string, options: { labels?: boolean } = {}): ConceptLexicon {
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const entries = new StemTable(text, lines + 1);
  const labels = options.labels ? new Map<string, string>() : null;
  let stop: string[] = [];
  let maxWords = 1;
  const heads = new Set<string>();
  const hanLengths = lang === 'zh' ? new Uint8Array(65536) : undefined;
  const longest = (first: number, length: number) => {
    if (hanLengths && length > (hanLengths[first] ?? 0)) hanLengths[first] = Math.min(255, length);
  };
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const tab = text.indexOf('\t', start);
    const first = text.charCodeAt(start);
    if (tab > start && tab < end && first !== 35 /* # */) {
      if (first === 33 /* ! */) {
        if (text.startsWith('!stop\t', start)) stop = text.slice(tab + 1, end).split(' ');
      } else {
        entries.add(start, tab, end);
        longest(first, tab - start);
        let n = 1;
        for (let i = start; i < tab; i++) if (text.charCodeAt(i) === 32) n++;
        if (n > maxWords) maxWords = n;
        if (n > 1) heads.add(text.slice(start, text.indexOf(' ', start)));
        if (labels) addLabel(labels, text.slice(start, end));
      }
    }
    start = end + 1;
  }
  for (const word of stop) longest(word.charCodeAt(0), word.length);
  const lexicon: ConceptLexicon = { lang, stop: new Set(stop), entries, labels, maxWords, heads, stem: cachedStemmer(stemmerFor(lang)) };
  if (hanLengths) lexicon.hanLengths = hanLengths;
  return lexicon;
}

/** Stems remembered: a language's common words recur in every report (bounded; emptied when full). */
const STEM_CACHE = 20_000;

function cachedStemmer(stem: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let s = cache.get(word);
    if (s === undefined) {
      if (cache.size >= STEM_CACHE) cache.clear();
      cache.set(word, (s = stem(word)));
    }
    return s;
  };
}

/** A concept is named by the shortest word whose first sense it is. */
function addLabel(labels: Map<string, string>, line: string): void {
  const [key, ids, lemma] = line.split('\t');
  if (!key || !ids) return;
  const comma = ids.indexOf(',');
  const first = ids.slice(1, comma < 0 ? undefined : comma);
  const word = lemma ?? key;
  const had = labels.get(first);
  if (!had || word.length < had.length) labels.set(first, word);
}

/** The lexicon's word for a concept key ("c4:1x3f"), when its labels were kept. */
export function conceptLabel(lexicon: ConceptLexicon, key: string): string | undefined {
  return lexicon.labels?.get(key.slice(key.indexOf(':') + 1));
}

export interface ConceptMention {
  /** "c4:1x3f": commonness 0-9 (how often the concept is met), then the concept. */
  key: string;
  /** As the text writes it. */
  label: string;
  start: number;
}

/** Concepts a text mentions, in order, longest phrase first at each word ("zona de exclusión aérea"). */
export function conceptMentions(text: string, lexicon: ConceptLexicon): ConceptMention[] {
  return [...eachConceptMention(text, lexicon)];
}

/** The same, one at a time: a caller that has enough stops reading (and stemming) the rest of the text. */
export function* eachConceptMention(text: string, lexicon: ConceptLexicon): Generator<ConceptMention> {
  // Words are read as far as needed: the phrase being matched looks ahead at most maxWords.
  const source = lexicon.hanLengths ? hanWords(text, lexicon, lexicon.hanLengths) : eachWord(text, lexicon.lang);
  const ws: Word[] = [];
  let ended = false;
  const wordAt = (j: number): Word | undefined => {
    while (!ended && ws.length <= j) {
      const next = source.next();
      if (next.done) ended = true;
      else ws.push(next.value);
    }
    return ws[j];
  };
  const stems: Array<string | null | undefined> = [];
  const stemAt = (j: number): string | null => {
    let stem = stems[j];
    if (stem === undefined) {
      const word = ws[j]?.word ?? '';
      stems[j] = stem = lexicon.stop.has(word) ? null : lexicon.stem(word);
    }
    return stem;
  };
  for (let i = 0; wordAt(i); ) {
    let matched = 0;
    const head = stemAt(i);
    const longest = head !== null && lexicon.heads.has(head) ? lexicon.maxWords : 1;
    wordAt(i + longest - 1);
    for (let n = Math.min(longest, ws.length - i); n >= 1 && !matched; n--) {
      // A phrase may hold function words inside ("toque de queda"), not at its ends.
      const first = ws[i];
      const last = ws[i + n - 1];
      if (!first || !last || head === null || stemAt(i + n - 1) === null) continue;
      let key = '';
      for (let j = i; j < i + n; j++) key += (j > i ? ' ' : '') + (stemAt(j) ?? lexicon.stem(ws[j]?.word ?? ''));
      const ids = lexicon.entries.get(key);
      if (!ids) continue;
      matched = n;
      const label = text.slice(first.start, last.end);
      for (const id of ids.split(',')) yield { key: `c${id[0]}:${id.slice(1)}`, label, start: first.start };
    }
    i += matched || 1;
  }
}

const installed = new Map<string, ConceptLexicon>();

/** Makes a language's lexicon available to analysis (the extension loads only the languages the reader reads). */
export function installConceptLexicon(lexicon: ConceptLexicon): void {
  installed.set(lexicon.lang, lexicon);
}

export function conceptLexicon(lang: string): ConceptLexicon | undefined {
  return installed.get(lang);
}

export { CONCEPT_LANGUAGES } from './concept-languages.ts';

/**
 * A report's key labels with its ordinary words named in the reader's interface language where its lexicon (loaded
 * with labels) has a word for them: "curfew" for "toque de queda" on an English interface. Names stay as written.
 */
export function inReaderLanguage(labels: ReadonlyMap<string, string>, ui: string): ReadonlyMap<string, string> {
  const lexicon = conceptLexicon(ui);
  if (!lexicon?.labels) return labels;
  // A word gives up to three senses; all are named by its most common sense that the interface language names,
  // so that "puente" reads "bridge" whichever of its senses two reports share.
  const best = new Map<string, { word: string; commonness: number }>();
  for (const [key, surface] of labels) {
    if (key.charCodeAt(0) !== 99 /* c */ || key[2] !== ':') continue;
    const word = conceptLabel(lexicon, key);
    const commonness = key.charCodeAt(1) - 48;
    const had = best.get(surface);
    if (word && (!had || commonness > had.commonness)) best.set(surface, { word, commonness });
  }
  const out = new Map(labels);
  for (const [key, surface] of labels) {
    const named = key.charCodeAt(0) === 99 && key[2] === ':' ? best.get(surface) : undefined;
    if (named) out.set(key, named.word);
  }
  return out;
}
