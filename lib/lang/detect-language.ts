import { primaryTag } from './detect-language-hint.ts';
import { languageRanker } from './rank-languages.ts';
import { LANGUAGE_MODULES } from './registry.ts';
import { CYRILLIC, HAN, LATIN, LETTER, charClasses, unitClasses } from './unit-classes.ts';

export { primaryTag };

/** ISO 639-3 codes franc returns for the commonest languages Parallax does not read, so that they are told apart. */
const OTHERS: Record<string, string> = {
  jpn: 'ja', kor: 'ko', arb: 'ar', nld: 'nl', pol: 'pl', ukr: 'uk', tur: 'tr',
  ind: 'id', zlm: 'ms', tha: 'th', hin: 'hi', ben: 'bn', pes: 'fa', ron: 'ro', hun: 'hu',
  ces: 'cs', swe: 'sv', ell: 'el', heb: 'he', bul: 'bg', srp: 'sr', hrv: 'hr', azj: 'az',
  uzn: 'uz', tgl: 'tl', swh: 'sw',
};

/** franc's codes mapped to the BCP 47 tags Parallax uses: the read languages' (from their folders), then the others. */
const TO_BCP47: Record<string, string> = {
  ...Object.fromEntries(LANGUAGE_MODULES.flatMap((m) => m.detection.franc.map((code) => [code, m.code]))),
  ...OTHERS,
};

/** Every tag detection may report besides "und". */
export const DETECTED_LANGUAGES: ReadonlySet<string> = new Set(Object.values(TO_BCP47));

/** Below this many letters the guess is too often wrong (franc on 60-character snippets: half wrong). */
const MIN_LETTERS = 80;
/** Han text carries more per character. */
const MIN_HAN = 20;
/** franc's score of the runner-up, as a share of the best, above which the text is called mixed. */
const AMBIGUOUS = 0.996;
/**
 * franc reads at most 2,048 characters, and its cost grows with the sample: 1,500 characters of body text (not the
 * head, where page furniture sits) decide as well on news text.
 */
const SAMPLE = 1500;
/** Languages franc weighs: ours, and the commonest others, so that they are told apart rather than misread as ours. */
const CANDIDATES = Object.keys(TO_BCP47);
/** franc's ranking over the candidates (see rank-languages: the same scores, faster). */
const rankLanguages = languageRanker(CANDIDATES, MIN_LETTERS);
/** Letters that settle a language against its script's neighbours, whichever of them franc ranks first. */
const OWN_LETTERS = LANGUAGE_MODULES.flatMap(({ code, detection }) =>
  detection.ownLetters ? [{ code, letters: detection.ownLetters.letters, franc: [...detection.franc, ...detection.ownLetters.among] }] : [],
);

interface LetterCounts {
  letters: number;
  han: number;
  latin: number;
  cyrillic: number;
}

/** Letters, Han, Latin and Cyrillic characters of the sample, by code point, in one pass. */
function countLetters(sample: string): LetterCounts {
  const counts = { letters: 0, han: 0, latin: 0, cyrillic: 0 };
  for (let i = 0; i < sample.length; i++) {
    const code = sample.codePointAt(i) ?? 0;
    let classes: number;
    if (code > 0xffff) {
      classes = charClasses(String.fromCodePoint(code));
      i++;
    } else classes = unitClasses(code);
    if (classes & LETTER) counts.letters++;
    if (classes & HAN) counts.han++;
    if (classes & LATIN) counts.latin++;
    if (classes & CYRILLIC) counts.cyrillic++;
  }
  return counts;
}

function kanaOrHangul(sample: string): boolean {
  return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(sample);
}

/**
 * True when the letters are split between scripts (Latin, Cyrillic, Han) with no clear majority: a bilingual page has
 * no one language. Mixtures within one script are not caught (a known weakness; franc reads the majority there).
 */
function mixedScripts(counts: LetterCounts): boolean {
  // A Han character carries about as much as a short Latin word: weigh it so names in Latin letters do not tip a Chinese text.
  const weighted = [counts.latin, counts.cyrillic, counts.han * 3];
  const total = weighted.reduce((a, b) => a + b, 0) || 1;
  const shares = weighted.map((n) => n / total).sort((a, b) => b - a);
  return (shares[1] ?? 0) >= 0.3;
}

function sampleOf(text: string): string {
  if (text.length <= SAMPLE) return text;
  const from = Math.min(Math.floor(text.length / 4), text.length - SAMPLE);
  return text.slice(from, from + SAMPLE);
}

/**
 * The language of a text as a BCP 47 tag ("vi", "zh", "pt", "en", ...), or "und" when the text is too short or too
 * mixed to say. The page's lang attribute is a hint: it breaks a tie between candidates, never decides against the text.
 */
export function detectLanguage(text: string, hint?: string | null): string {
  const sample = sampleOf(text);
  const counts = countLetters(sample);
  const { letters, han } = counts;
  const share = letters ? han / letters : 0;
  if (letters >= MIN_HAN && mixedScripts(counts)) return 'und';
  if (share > 0.5 && !kanaOrHangul(sample)) return letters * share >= MIN_HAN ? 'zh' : 'und';
  if (letters < MIN_LETTERS) return 'und';
  const hinted = primaryTag(hint);
  const ranked = rankLanguages(sample).slice(0, 3);
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return 'und';
  const own = OWN_LETTERS.find(({ franc, letters }) => franc.includes(best[0]) && letters.test(sample));
  if (own) return own.code;
  const bestTag = TO_BCP47[best[0]] ?? 'und';
  // The text decides; the lang attribute only breaks a tie between candidates the text cannot tell apart (a page
  // template says lang="fr" over English text often enough that it must not weigh more).
  const tied = second !== undefined && second[1] >= best[1] * AMBIGUOUS;
  if (hinted && tied && ranked.some(([code, score]) => TO_BCP47[code] === hinted && score >= best[1] * AMBIGUOUS)) return hinted;
  if (tied && second !== undefined && TO_BCP47[second[0]] !== bestTag) return 'und';
  return bestTag;
}
