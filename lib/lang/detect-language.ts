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
const AMBIGUOUS = 0.985;
/** franc reads at most 2,048 characters; sample the body, not the head, where page furniture sits. */
const SAMPLE = 2000;

function letterCount(text: string): number {
  let n = 0;
  for (const ch of text) if (/\p{L}/u.test(ch)) n++;
  return n;
}

/** Share of Han characters among letters: a Chinese text is told by its script alone. */
function hanShare(sample: string): number {
  let han = 0;
  let letters = 0;
  for (const ch of sample) {
    if (/\p{Script=Han}/u.test(ch)) han++;
    if (/\p{L}/u.test(ch)) letters++;
  }
  return letters ? han / letters : 0;
}

function kanaOrHangul(sample: string): boolean {
  return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(sample);
}


function sampleOf(text: string): string {
  if (text.length <= SAMPLE * 2) return text.slice(0, SAMPLE * 2);
  const mid = Math.floor(text.length / 2);
  return text.slice(mid - SAMPLE, mid + SAMPLE);
}

/**
 * The language of a text as a BCP 47 tag ("vi", "zh", "pt", "en", ...), or "und" when the text is too short or too
 * mixed to say. The page's lang attribute is a hint: it decides between close candidates, never against the text.
 */
export function detectLanguage(text: string, hint?: string | null): string {
  const sample = sampleOf(text);
  const letters = letterCount(sample);
  const share = hanShare(sample);
  if (share > 0.5 && !kanaOrHangul(sample)) return letters * share >= MIN_HAN ? 'zh' : 'und';
  if (letters < MIN_LETTERS) return 'und';
  const hinted = primaryTag(hint);
  const ranked = francAll(sample.slice(0, SAMPLE), { minLength: MIN_LETTERS }).slice(0, 3);
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return 'und';
  const bestTag = TO_BCP47[best[0]] ?? 'und';
  if (hinted && ranked.some(([code, score]) => TO_BCP47[code] === hinted && score >= best[1] * 0.9)) return hinted;
  if (second && second[1] >= best[1] * AMBIGUOUS && TO_BCP47[second[0]] !== bestTag) return 'und';
  return bestTag;
}
