import type { NumberLanguage, NumberWord } from '../number-words.ts';
import { v, weak, scale, plural, den, low, lowIn, high, highIn, equal } from '../number-word-parts.ts';
import { DECIMAL_MARK, GROUP_MARK, MONTH_NAMES, MONTH_SHORT_NAMES } from './cldr.ts';


/**
 * Italian writes a number as one word (duemilatrecentoventitré): these are its parts, which the reader splits.
 * A ten drops its vowel before uno and otto (ventuno, trentotto), so the short forms are parts too; "tré" is three at
 * the end of a compound (ventitré).
 */
const units = ['zero', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici',
  'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'];
const tens = ['venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'];

const words: Record<string, NumberWord> = {
  un: weak(1), una: weak(1), tré: v(3),
  cento: scale(100), mille: scale(1e3), mila: scale(1e3, false),
  // "cent" is cento before a vowel inside a compound (centottanta); after digits it is a euro cent (50 cent).
  cent: { kind: 'scale', value: 100, bare: true, afterWords: true },
  milione: scale(1e6), milioni: plural(1e6), miliardo: scale(1e9), miliardi: plural(1e9), bilione: scale(1e12),
  bilioni: plural(1e12), mln: scale(1e6), mld: scale(1e9), mrd: scale(1e9),
  e: { kind: 'joiner' },
  virgola: { kind: 'point' },
  meno: { kind: 'minus', weak: true }, negativo: { kind: 'minus' },
  mezzo: { kind: 'half', value: 0.5 }, mezza: { kind: 'half', value: 0.5 }, 'metà': v(0.5),
  dozzina: { kind: 'group', value: 12 }, dozzine: { kind: 'group', value: 12 },
  terzo: den(3), terzi: den(3), quarto: den(4), quarti: den(4), quinto: den(5), quinti: den(5),
  sesto: den(6), sesti: den(6), settimo: den(7), settimi: den(7), ottavo: den(8), ottavi: den(8), nono: den(9),
  noni: den(9), decimo: den(10), decimi: den(10),
  centesimo: den(100, true), centesimi: den(100, true), millesimo: den(1e3, true), millesimi: den(1e3, true),
  milionesimo: den(1e6, true), milionesimi: den(1e6, true), miliardesimo: den(1e9, true),
  miliardesimi: den(1e9, true),
};
/** Round counts with an article: "una trentina" (about thirty), "un centinaio", "una decina di migliaia". */
export const APPROXIMATE_COUNTS: Readonly<Record<string, number>> = {
  paio: 2, decina: 10, quindicina: 15, ventina: 20, trentina: 30, quarantina: 40, cinquantina: 50, sessantina: 60,
  settantina: 70, ottantina: 80, novantina: 90, centinaio: 100, migliaio: 1e3,
};
for (const [w, n] of Object.entries(APPROXIMATE_COUNTS)) words[w] = scale(n);
// Their plurals count too after a number ("due centinaia" is 200); alone they are vague ("centinaia di persone").
for (const [w, n] of [['decine', 10], ['centinaia', 100], ['migliaia', 1e3]] as const) words[w] = { kind: 'scale', value: n, bare: true, notAlone: true };
// "una decina di migliaia", "una ventina di milioni": a scale counted by a round count.
for (const [w, n] of [['di migliaia', 1e3], ['di milioni', 1e6], ['di miliardi', 1e9]] as const) {
  words[w] = { kind: 'scale', value: n, bare: true, notAlone: true, afterWords: true };
}
units.forEach((w, i) => (words[w] = i === 1 ? weak(1) : v(i)));
tens.forEach((w, i) => {
  words[w] = v(20 + 10 * i);
  words[w.slice(0, -1)] = v(20 + 10 * i);
});

/**
 * "sei" is also "you are": after a subject, a negation or a conjunction, and before an article, a participle or an
 * adverb it is the verb (tu sei, non sei, ti sei, sei stato, sei un, sei sicuro, sei d'accordo), not six.
 */
const VERB_SEI = [
  ...['tu', 'non', 'se', 'ma', 'che', 'ci', 'ti', 'mi', 'ne', 'lo', 'quando', 'dove', 'chi', 'come', 'perché', 'cosa']
    .map((w) => `${w} sei`),
  ...['tu', 'un', 'una', 'uno', 'il', 'la', 'lo', 'stato', 'stata', 'nato', 'nata', 'proprio', 'molto', 'troppo',
    'davvero', 'sicuro', 'sicura', "d'accordo", 'sempre', 'ancora', 'così', 'in grado'].map((w) => `sei ${w}`),
];

/** Italian. */
export const it: NumberLanguage = {
  code: 'it',
  decimalMark: DECIMAL_MARK,
  groupMarks: [GROUP_MARK],
  words,
  compoundWords: true,
  bareScaleLowercaseOnly: false,
  unitBeforeTen: false,
  tensTakingTeens: [],
  tenJoinsOrdinal: false,
  joinerStartsFraction: false,
  dropLoneWeak: true,
  weakCountWords: ['solo', 'sola', 'soltanto', 'solamente', 'unico', 'unica', 'appena'],
  trailingDigitAbbreviation: false,
  approximateSuffixes: [],
  digitSuffixes: { k: 1e3, K: 1e3, mila: 1e3, M: 1e6 },
  percentAfter: ['%', 'per cento', 'percento', 'punti percentuali', 'punto percentuale'],
  percentBefore: {},
  tenthsPercent: [],
  percentWords: {},
  fractionDenominatorFirst: [],
  fractionDenominatorFirstInMixed: [],
  fractionNumeratorFirst: ['fratto'],
  fractionProperWords: ['su'],
  multipliers: { after: ['volte'], before: [], words: { 'il doppio': 2, 'il triplo': 3, 'il quadruplo': 4, 'il quintuplo': 5 } },
  mixedJoiners: ['e'],
  currencyBefore: {
    $: { iso: 'USD' }, 'us$': { iso: 'USD' }, 'c$': { iso: 'CAD' }, '€': { iso: 'EUR' }, '£': { iso: 'GBP' },
    usd: { iso: 'USD' }, eur: { iso: 'EUR' }, chf: { iso: 'CHF' },
  },
  currencyAfter: {
    euro: { iso: 'EUR' }, eur: { iso: 'EUR' }, '€': { iso: 'EUR' }, dollari: {}, dollaro: {},
    'dollari americani': { iso: 'USD' }, 'dollari statunitensi': { iso: 'USD' }, 'dollari usa': { iso: 'USD' },
    usd: { iso: 'USD' }, $: { iso: 'USD' }, sterline: { iso: 'GBP' }, sterlina: { iso: 'GBP' },
    'lire sterline': { iso: 'GBP' }, yen: { iso: 'JPY' }, yuan: { iso: 'CNY' }, rubli: { iso: 'RUB' },
    rublo: { iso: 'RUB' }, franchi: {}, 'franchi svizzeri': { iso: 'CHF' }, lire: {}, 'lire turche': { iso: 'TRY' },
    'centesimi di euro': { iso: 'EUR', factor: 0.01 }, 'centesimi': { factor: 0.01 }, 'cent': { factor: 0.01 },
  },
  unitWords: {
    chilometri: 'km', chilometro: 'km', metri: 'm', metro: 'm', miglia: 'mi', tonnellate: 't', chilogrammi: 'kg',
    chili: 'kg', litri: 'l', ettari: 'ha', 'chilometri quadrati': 'km2', 'chilometri orari': 'km/h',
    "chilometri all'ora": 'km/h', gigabyte: 'gb', megawatt: 'mw', libbre: 'lb',
  },
  currencyLinks: ['di'],
  minorUnits: { centesimi: 0.01, centesimo: 0.01, cent: 0.01 },
  ranges: [
    { open: 'tra', join: 'e' }, { open: 'fra', join: 'e' }, { open: 'tra i', join: 'e i' }, { open: 'tra le', join: 'e le' },
    { open: 'tra il', join: 'e il' }, { open: 'fra i', join: 'e i' }, { open: 'da', join: 'a' }, { open: 'dal', join: 'al' },
    { open: 'dai', join: 'ai' }, { open: 'dalle', join: 'alle' },
    { open: '', join: 'a' }, { open: '', join: '-' }, { open: '', join: '–' },
  ],
  boundsBefore: {
    'più di': low, 'oltre': low, 'superiore a': low, 'superiori a': low, 'maggiore di': low, 'al di sopra di': low,
    'sopra i': low, 'sopra le': low, 'almeno': lowIn, 'non meno di': lowIn, 'minimo': lowIn, 'come minimo': lowIn,
    'maggiore o uguale a': lowIn, '>': low, '>=': lowIn,
    'meno di': high, 'inferiore a': high, 'inferiori a': high, 'minore di': high, 'al di sotto di': high,
    'sotto i': high, 'sotto le': high, 'fino a': highIn, 'al massimo': highIn, 'non più di': highIn,
    'massimo': highIn, 'minore o uguale a': highIn, '<': high, '<=': highIn, 'pari a': equal, 'uguale a': equal, 'uguale': equal,
  },
  vague: { words: { decine: 10, dozzine: 12, centinaia: 100, migliaia: 1e3, milioni: 1e6, miliardi: 1e9 }, links: ['di'], before: [], after: [],
    beforeAlone: ['qualche', 'alcune', 'alcuni', 'diverse', 'diversi'] },
  orWords: ['o', 'oppure'],
  boundJoiners: ['e', 'ma', ','],
  boundsAfter: { 'o più': lowIn, 'o meno': highIn, 'al massimo': highIn, 'come minimo': lowIn },
  months: [...MONTH_NAMES, ...MONTH_SHORT_NAMES],
  yearBefore: ['nel', 'del', 'dal', 'al', 'anno', "nell'anno", 'entro il', 'fino al', 'tra il', 'prima del', 'dopo il'],
  dateAfter: [],
  yearAfter: [],
  codeBefore: ['n.', 'nº', 'n°', 'numero', 'versione', 'modello', 'articolo', 'art.', 'legge', 'decreto', 'risoluzione',
    'paragrafo', 'comma', 'capitolo', 'pagina', 'volo', 'uran'],
  ordinalBefore: [],
  codeAfter: [],
  fractionOfLinks: ['di', 'di un'],
  ordinalSuffixes: ['º', 'ª', '°', '.º', '.ª'],
  notNumbers: [
    // Idioms with a number that counts nothing ("a tres bandas": a carom, three-sided).
    'a quattro mani', 'a due velocità', 'a quattro zampe', 'a due a due', "a quattr'occhi",
    'un po', "un po'", 'l uno', "l'uno", "l'una", 'ciascuno', 'ciascuna', 'qualcuno', 'qualcuna',
    'nessuno', 'nessuna', 'ognuno', 'ognuna', 'uno di', 'una di', 'un giorno', 'una volta', 'un mezzo', 'una mezza',
    ...VERB_SEI],
};
