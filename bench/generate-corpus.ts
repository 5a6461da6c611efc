/**
 * Synthetic news corpora for benchmarks: deterministic, library-free (so that the extension's own benchmark page
 * can import it too). Stories are told by several reports in several languages; every report shares the common
 * names of world news (countries, capitals, leaders), and a story's reports share its rare names, figures and
 * dates, as real coverage does.
 */

export interface GeneratedReport {
  title: string;
  text: string;
  lang: string;
  publishedTime: string;
  /** Reports of one story share this. */
  story: number;
}

export interface CorpusOptions {
  reports: number;
  seed?: number;
  /** Reports per story, on average. */
  reportsPerStory?: number;
  /**
   * Real ordinary words per language (from its concept lexicon): half the ordinary words are drawn from them, so
   * that reports carry as many concept keys as real articles do (about 100); without it, syllable words only.
   */
  vocabulary?: Readonly<Partial<Record<string, Vocabulary>>>;
}

/** Words to draw from, each as often as its concept is common (the prior rates of lib/match/key-weights.ts). */
export interface Vocabulary {
  words: readonly string[];
  /** Running sums of the words' weights, for drawing by weight. */
  cumulative: Float64Array;
}

/**
 * The one-word lemmas of a concept lexicon's text (lib/lang/<code>/concepts.txt: "stem<TAB>ids[<TAB>lemma]"),
 * weighed by their first concept's commonness digit: 1.75 to its power, as the prior rate of a concept key.
 */
export function vocabularyOf(lexiconText: string): Vocabulary {
  const words: string[] = [];
  const weights: number[] = [];
  for (const line of lexiconText.split('\n')) {
    const [stem, ids, lemma] = line.split('\t');
    if (!stem || !ids || stem.startsWith('#') || stem.startsWith('!') || stem.includes(' ')) continue;
    const word = lemma ?? stem;
    if (!/^[\p{L}]+$/u.test(word)) continue;
    words.push(word);
    weights.push(1.75 ** Number(ids[0]));
  }
  const cumulative = new Float64Array(words.length);
  let sum = 0;
  weights.forEach((w, i) => (cumulative[i] = sum += w));
  return { words, cumulative };
}

function drawWord(rnd: () => number, vocabulary: Vocabulary): string {
  const target = rnd() * (vocabulary.cumulative[vocabulary.cumulative.length - 1] ?? 0);
  let lo = 0;
  let hi = vocabulary.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((vocabulary.cumulative[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary.words[lo] ?? '';
}

const LANGS = ['en', 'vi', 'zh', 'pt', 'es', 'fr', 'de', 'ru'] as const;
type Lang = (typeof LANGS)[number];

/** Names every outlet writes, per language: the common keys of a news corpus. */
const COMMON: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Russia', 'Ukraine', 'China', 'United States', 'North Korea', 'Moscow', 'Kyiv', 'Beijing', 'Washington', 'Putin', 'Trump', 'Europe', 'NATO', 'Reuters', 'Japan', 'Germany', 'France', 'London'],
  vi: ['Nga', 'Ukraine', 'Trung Quốc', 'Mỹ', 'Triều Tiên', 'Moskva', 'Kiev', 'Bắc Kinh', 'Washington', 'Putin', 'Trump', 'châu Âu', 'NATO', 'Reuters', 'Nhật Bản', 'Đức', 'Pháp', 'London'],
  zh: ['俄罗斯', '乌克兰', '中国', '美国', '朝鲜', '莫斯科', '基辅', '北京', '华盛顿', '普京', '特朗普', '欧洲', '北约', '路透社', '日本', '德国', '法国', '伦敦'],
  pt: ['Rússia', 'Ucrânia', 'China', 'Estados Unidos', 'Coreia do Norte', 'Moscou', 'Kiev', 'Pequim', 'Washington', 'Putin', 'Trump', 'Europa', 'OTAN', 'Reuters', 'Japão', 'Alemanha', 'França', 'Londres'],
  es: ['Rusia', 'Ucrania', 'China', 'Estados Unidos', 'Corea del Norte', 'Moscú', 'Kiev', 'Pekín', 'Washington', 'Putin', 'Trump', 'Europa', 'OTAN', 'Reuters', 'Japón', 'Alemania', 'Francia', 'Londres'],
  fr: ['Russie', 'Ukraine', 'Chine', 'États-Unis', 'Corée du Nord', 'Moscou', 'Kiev', 'Pékin', 'Washington', 'Poutine', 'Trump', 'Europe', 'OTAN', 'Reuters', 'Japon', 'Allemagne', 'France', 'Londres'],
  de: ['Russland', 'Ukraine', 'China', 'USA', 'Nordkorea', 'Moskau', 'Kiew', 'Peking', 'Washington', 'Putin', 'Trump', 'Europa', 'NATO', 'Reuters', 'Japan', 'Deutschland', 'Frankreich', 'London'],
  ru: ['Россия', 'Украина', 'Китай', 'США', 'КНДР', 'Москва', 'Киев', 'Пекин', 'Вашингтон', 'Путин', 'Трамп', 'Европа', 'НАТО', 'Рейтер', 'Япония', 'Германия', 'Франция', 'Лондон'],
};

/** Syllables of ordinary words, per script. */
const SYLLABLES: Readonly<Record<Lang, readonly string[]>> = {
  en: ['the', 'con', 'ment', 'tion', 'port', 'ing', 'er', 'al', 'for', 'ed', 'pro', 'ver', 'ly', 'at', 're', 'ces', 'sa', 'mi'],
  vi: ['các', 'người', 'đã', 'cho', 'biết', 'trong', 'những', 'với', 'được', 'quân', 'sự', 'khu', 'vực', 'tại', 'này', 'năm', 'sau', 'khi'],
  zh: ['的', '在', '是', '了', '和', '国', '军', '人', '表', '示', '报', '道', '称', '地', '区', '行', '动', '发'],
  pt: ['que', 'dos', 'para', 'com', 'uma', 'mais', 'ção', 'ões', 'ria', 'ten', 'gun', 'do', 'mes', 'sa', 'pre', 'ta', 'lo', 'es'],
  es: ['que', 'los', 'para', 'con', 'una', 'más', 'ción', 'ria', 'ten', 'gun', 'do', 'mes', 'sa', 'pre', 'ta', 'lo', 'es', 'del'],
  fr: ['les', 'des', 'pour', 'avec', 'une', 'plus', 'tion', 'ment', 'ait', 'eur', 'que', 'dans', 'par', 'sur', 'est', 'pas', 'ces', 'ont'],
  de: ['die', 'der', 'und', 'mit', 'eine', 'für', 'ung', 'keit', 'sch', 'ten', 'ver', 'ge', 'lich', 'ber', 'ein', 'auf', 'aus', 'bei'],
  ru: ['что', 'для', 'это', 'при', 'как', 'ния', 'ова', 'ель', 'ост', 'про', 'пре', 'тор', 'ный', 'ска', 'ест', 'ено', 'раз', 'вод'],
};

const NAME_SYLLABLES = ['ka', 'ro', 'vel', 'mir', 'sko', 'dan', 'tor', 'lin', 'bar', 'sen', 'gor', 'vi', 'nas', 'kov', 'ler', 'ma', 'ze', 'tus', 'bol', 'shev'];
const CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п',
  r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', z: 'з', y: 'й', w: 'в',
};

/**
 * sfc32, seeded through splitmix32: 128 bits of state, so that the streams of different seeds do not overlap. (A
 * 32-bit counter generator such as mulberry32 walks one cycle from every seed: two chunks of a large bench corpus
 * could then repeat each other's reports, which the store rightly merges, and the corpus stopped growing.)
 */
function random(seed: number): () => number {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split();
  let b = split();
  let c = split();
  let d = split();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)] as T;
}

function rareName(rnd: () => number): string {
  let name = '';
  const n = 2 + Math.floor(rnd() * 2);
  for (let i = 0; i < n; i++) name += pick(rnd, NAME_SYLLABLES);
  return name[0]?.toUpperCase() + name.slice(1);
}

function writeName(name: string, lang: Lang): string {
  if (lang !== 'ru') return name;
  let out = '';
  for (const ch of name.toLowerCase()) out += CYRILLIC[ch] ?? ch;
  return out[0]?.toUpperCase() + out.slice(1);
}

function writeNumber(value: number, lang: Lang): string {
  const digits = String(value);
  const sep = lang === 'en' || lang === 'zh' ? ',' : lang === 'fr' || lang === 'ru' ? ' ' : '.';
  return value >= 10000 ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep) : digits;
}

interface Story {
  names: string[];
  figures: number[];
  day: Date;
  common: number[];
}

/** Names of the wider world, drawn skewed: a few are everywhere, most are rare. */
const WORLD_NAMES = 30_000;
const worldNameCache = new Map<number, string>();

function worldName(rnd: () => number): string {
  const i = Math.floor(rnd() * rnd() * WORLD_NAMES);
  let name = worldNameCache.get(i);
  if (!name) {
    name = rareName(random(i + 7919));
    worldNameCache.set(i, name);
  }
  return name;
}

function sentence(rnd: () => number, lang: Lang, story: Story, vocabulary?: Vocabulary): string {
  const words: string[] = [];
  const length = 10 + Math.floor(rnd() * 16);
  for (let i = 0; i < length; i++) {
    const r = rnd();
    if (r < 0.05) words.push(writeName(pick(rnd, story.names), lang));
    else if (r < 0.075) words.push(writeName(worldName(rnd), lang));
    else if (r < 0.085) words.push(writeNumber(10 + Math.floor(rnd() * rnd() * 100_000), lang));
    else if (r < 0.1) words.push(pick(rnd, COMMON[lang].filter((_, k) => story.common.includes(k))));
    else if (r < 0.115) words.push(writeNumber(pick(rnd, story.figures), lang));
    else if (vocabulary && r < 0.56) words.push(drawWord(rnd, vocabulary));
    else {
      let w = '';
      const n = 1 + Math.floor(rnd() * 3);
      for (let k = 0; k < n; k++) w += pick(rnd, SYLLABLES[lang]);
      words.push(w);
    }
  }
  if (lang === 'zh') return words.join('') + '。';
  const text = words.join(' ');
  return text[0]?.toUpperCase() + text.slice(1) + '.';
}

/** A corpus of `reports` reports, 2–6 KB each, in eight languages. */
export function generateCorpus(options: CorpusOptions): GeneratedReport[] {
  const rnd = random(options.seed ?? 1);
  const perStory = options.reportsPerStory ?? 4;
  const out: GeneratedReport[] = [];
  const start = Date.UTC(2024, 0, 1);
  let storyId = 0;
  while (out.length < options.reports) {
    const story: Story = {
      names: Array.from({ length: 5 + Math.floor(rnd() * 8) }, () => rareName(rnd)),
      figures: Array.from({ length: 2 + Math.floor(rnd() * 4) }, () =>
        rnd() < 0.5 ? (1 + Math.floor(rnd() * 20)) * 1000 : 10 + Math.floor(rnd() * 5000),
      ),
      day: new Date(start + Math.floor(rnd() * 700) * 86_400_000),
      common: Array.from({ length: 3 + Math.floor(rnd() * 4) }, () => Math.floor(rnd() * COMMON.en.length)),
    };
    const count = 1 + Math.floor(rnd() * perStory * 2 - 1);
    for (let r = 0; r < count && out.length < options.reports; r++) {
      const lang = pick(rnd, LANGS);
      const sentences: string[] = [];
      const target = 2000 + Math.floor(rnd() * 4000);
      let size = 0;
      while (size < target) {
        const s = sentence(rnd, lang, story, options.vocabulary?.[lang]);
        sentences.push(s);
        size += s.length;
      }
      const day = new Date(story.day.getTime() + Math.floor(rnd() * 3) * 86_400_000);
      const iso = day.toISOString().slice(0, 10);
      sentences.splice(Math.floor(sentences.length / 2), 0, lang === 'zh' ? `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日` : iso);
      const paragraphs: string[] = [];
      for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(lang === 'zh' ? '' : ' '));
      out.push({
        title: sentence(rnd, lang, story, options.vocabulary?.[lang]).slice(0, 90),
        text: paragraphs.join('\n\n'),
        lang,
        publishedTime: day.toISOString(),
        story: storyId,
      });
    }
    storyId++;
  }
  return out;
}
