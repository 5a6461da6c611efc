import { francAll } from 'franc-min';
import { primaryTag } from './detect-language-hint.ts';

export { primaryTag };

/** ISO 639-3 codes franc returns, mapped to the BCP 47 tags Parallax uses. */
const TO_BCP47: Record<string, string> = {
  vie: 'vi', cmn: 'zh', por: 'pt', eng: 'en', spa: 'es', fra: 'fr', deu: 'de', rus: 'ru',
  jpn: 'ja', kor: 'ko', arb: 'ar', ita: 'it', nld: 'nl', pol: 'pl', ukr: 'uk', tur: 'tr',
  ind: 'id', zlm: 'ms', tha: 'th', hin: 'hi', ben: 'bn', pes: 'fa', ron: 'ro', hun: 'hu',
  ces: 'cs', swe: 'sv', ell: 'el', heb: 'he', bul: 'bg', srp: 'sr', hrv: 'hr', azj: 'az',
  uzn: 'uz', tgl: 'tl', swh: 'sw', yue: 'zh',
};

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

const LETTER = /\p{L}/gu;
const HAN = /\p{Script=Han}/gu;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

function kanaOrHangul(sample: string): boolean {
  return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(sample);
}


function sampleOf(text: string): string {
  if (text.length <= SAMPLE) return text;
  const from = Math.min(Math.floor(text.length / 4), text.length - SAMPLE);
  return text.slice(from, from + SAMPLE);
}

/**
 * The language of a text as a BCP 47 tag ("vi", "zh", "pt", "en", ...), or "und" when the text is too short or too
 * mixed to say. The page's lang attribute is a hint: it decides between close candidates, never against the text.
 */
export function detectLanguage(text: string, hint?: string | null): string {
  const sample = sampleOf(text);
  const letters = count(LETTER, sample);
  const share = letters ? count(HAN, sample) / letters : 0;
  if (share > 0.5 && !kanaOrHangul(sample)) return letters * share >= MIN_HAN ? 'zh' : 'und';
  if (letters < MIN_LETTERS) return 'und';
  const hinted = primaryTag(hint);
  const ranked = francAll(sample, { minLength: MIN_LETTERS, only: CANDIDATES }).slice(0, 3);
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return 'und';
  // Russian is the one Cyrillic language with ы and э: franc's trigrams alone confuse it with Bulgarian.
  if ((best[0] === 'bul' || best[0] === 'srp' || best[0] === 'ukr') && /[ыэ]/i.test(sample)) return 'ru';
  const bestTag = TO_BCP47[best[0]] ?? 'und';
  if (hinted && ranked.some(([code, score]) => TO_BCP47[code] === hinted && score >= best[1] * 0.9)) return hinted;
  if (second && second[1] >= best[1] * AMBIGUOUS && TO_BCP47[second[0]] !== bestTag) return 'und';
  return bestTag;
}
