/**
 * Writes whole numbers in words, the way each language's newspapers do, for property tests of the reader.
 * Independent of the reader's own tables on purpose: written from the languages' rules, not from lib/lang.
 */
import type { ReadLanguage } from '../../../lib/model/language.ts';

const EN_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function en(n: number): string {
  const below100 = (x: number): string => (x < 20 ? EN_UNITS[x] as string
    : `${EN_TENS[Math.floor(x / 10)]}${x % 10 ? `-${EN_UNITS[x % 10]}` : ''}`);
  const below1000 = (x: number): string => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    if (!h) return below100(r);
    return `${EN_UNITS[h]} hundred${r ? ` and ${below100(r)}` : ''}`;
  };
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  if (!th) return below1000(r);
  return `${below1000(th)} thousand${r ? (r < 100 ? ` and ${below100(r)}` : ` ${below1000(r)}`) : ''}`;
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function zh(n: number): string {
  const below10k = (x: number, leading: boolean): string => {
    const digits = [Math.floor(x / 1000), Math.floor(x / 100) % 10, Math.floor(x / 10) % 10, x % 10];
    const units = ['千', '百', '十', ''];
    let out = '';
    let zero = false;
    digits.forEach((d, i) => {
      if (d === 0) {
        if (out) zero = true;
        return;
      }
      if (zero) out += '零';
      zero = false;
      // 十 alone at the start of a number: 十五, not 一十五.
      if (!(leading && !out && i === 2 && d === 1)) out += ZH_DIGITS[d] as string;
      out += units[i] as string;
    });
    return out;
  };
  if (n === 0) return '零';
  const high = Math.floor(n / 10000);
  const low = n % 10000;
  if (!high) return below10k(low, true);
  return `${below10k(high, true)}万${low ? (low < 1000 ? '零' : '') + below10k(low, false) : ''}`;
}

const VI_UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];

function vi(n: number): string {
  const below100 = (x: number): string => {
    if (x < 10) return VI_UNITS[x] as string;
    const t = Math.floor(x / 10);
    const u = x % 10;
    const head = t === 1 ? 'mười' : `${VI_UNITS[t]} mươi`;
    if (!u) return head;
    const unit = u === 5 ? 'lăm' : t > 1 && u === 1 ? 'mốt' : t > 1 && u === 4 ? 'tư' : VI_UNITS[u] as string;
    return `${head} ${unit}`;
  };
  const below1000 = (x: number, full: boolean): string => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    if (!h && !full) return below100(r);
    const head = `${VI_UNITS[h]} trăm`;
    if (!r) return head;
    return r < 10 ? `${head} linh ${VI_UNITS[r]}` : `${head} ${below100(r)}`;
  };
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  if (!th) return below1000(r, false);
  return `${below1000(th, false)} nghìn${r ? ` ${below1000(r, true)}` : ''}`;
}

const DE_UNITS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf',
  'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const DE_TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

function de(n: number): string {
  const below100 = (x: number, final: boolean): string => {
    if (x === 1) return final ? 'eins' : 'ein';
    if (x < 20) return DE_UNITS[x] as string;
    const u = x % 10;
    const t = DE_TENS[Math.floor(x / 10)] as string;
    return u ? `${u === 1 ? 'ein' : DE_UNITS[u]}und${t}` : t;
  };
  const below1000 = (x: number, final: boolean): string => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    return `${h ? `${h === 1 ? 'ein' : DE_UNITS[h]}hundert` : ''}${r ? below100(r, final) : ''}`;
  };
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  if (n === 0) return 'null';
  return `${th ? `${below1000(th, false)}tausend` : ''}${r ? below1000(r, true) : ''}`;
}

const FR_UNITS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze',
  'douze', 'treize', 'quatorze', 'quinze', 'seize'];

function fr(n: number): string {
  const below100 = (x: number): string => {
    if (x <= 16) return FR_UNITS[x] as string;
    if (x < 20) return `dix-${FR_UNITS[x - 10]}`;
    const t = Math.floor(x / 10);
    const u = x % 10;
    if (t === 7 || t === 9) {
      const base = t === 7 ? 'soixante' : 'quatre-vingt';
      return x === 71 ? 'soixante et onze' : `${base}-${below100(10 + u)}`;
    }
    const base = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante', '', 'quatre-vingt'][t] as string;
    if (!u) return t === 8 ? 'quatre-vingts' : base;
    return u === 1 && t !== 8 ? `${base} et un` : `${base}-${FR_UNITS[u]}`;
  };
  const below1000 = (x: number, final: boolean): string => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    if (!h) return below100(r);
    const head = h === 1 ? 'cent' : `${FR_UNITS[h]} cent${!r && final ? 's' : ''}`;
    return r ? `${head} ${below100(r)}` : head;
  };
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  if (!th) return below1000(r, true);
  const head = th === 1 ? 'mille' : `${below1000(th, false)} mille`;
  return r ? `${head} ${below1000(r, true)}` : head;
}

const ES_UNITS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once',
  'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno',
  'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
const ES_HUNDREDS = ['', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos',
  'setecientos', 'ochocientos', 'novecientos'];

function es(n: number): string {
  const below100 = (x: number, apocope: boolean): string => {
    const word = (w: string): string => (apocope && w.endsWith('uno') ? `${w.slice(0, -1)}` : w).replace(/^veintiun$/, 'veintiún');
    if (x < 30) return word(ES_UNITS[x] as string);
    const u = x % 10;
    return `${ES_TENS[Math.floor(x / 10)]}${u ? ` y ${word(ES_UNITS[u] as string)}` : ''}`;
  };
  const below1000 = (x: number, apocope: boolean): string => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    if (!h) return below100(r, apocope);
    if (x === 100) return 'cien';
    return `${ES_HUNDREDS[h]}${r ? ` ${below100(r, apocope)}` : ''}`;
  };
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  if (!th) return below1000(r, false);
  const head = th === 1 ? 'mil' : `${below1000(th, true)} mil`;
  return r ? `${head} ${below1000(r, false)}` : head;
}

const IT_UNITS = ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici',
  'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'];
const IT_TENS = ['', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'];

function it(n: number): string {
  const below100 = (x: number, final: boolean): string => {
    if (x < 20) return IT_UNITS[x] as string;
    const t = IT_TENS[Math.floor(x / 10)] as string;
    const u = x % 10;
    // A ten drops its vowel before uno and otto; a final three takes an accent (ventitré); 21,000 is ventunmila.
    if (u === 1) return `${t.slice(0, -1)}${final ? 'uno' : 'un'}`;
    if (u === 8) return `${t.slice(0, -1)}otto`;
    if (u === 3) return `${t}tré`;
    return `${t}${u ? IT_UNITS[u] : ''}`;
  };
  const below1000 = (x: number, final: boolean): string => {
    const h = Math.floor(x / 100);
    const r = x % 100;
    const head = h === 0 ? '' : h === 1 ? 'cento' : `${IT_UNITS[h]}cento`;
    if (!r) return head;
    // cento + ottanta -> centottanta (the newspapers' form).
    return Math.floor(r / 10) === 8 && head ? `${head.slice(0, -1)}${below100(r, final)}` : `${head}${below100(r, final)}`;
  };
  const th = Math.floor(n / 1000);
  const r = n % 1000;
  if (!th) return below1000(r, true);
  const head = th === 1 ? 'mille' : `${below1000(th, false)}mila`;
  return r ? `${head}${below1000(r, true)}` : head;
}

/** The languages this module spells, with the range of numbers it spells correctly. */
export const SPELLERS: Partial<Record<ReadLanguage, { spell: (n: number) => string; max: number }>> = {
  en: { spell: en, max: 999_999 },
  zh: { spell: zh, max: 99_999_999 },
  vi: { spell: vi, max: 999_999 },
  de: { spell: de, max: 999_999 },
  fr: { spell: fr, max: 999_999 },
  es: { spell: es, max: 999_999 },
  it: { spell: it, max: 999_999 },
};
