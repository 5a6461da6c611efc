import type { NumberLanguage, NumberWord } from '../number-words.ts';
import { v, weak, scale, den, low, lowIn, high, highIn, equal } from '../number-word-parts.ts';


const words: Record<string, NumberWord> = {
  null: v(0), eins: v(1), ein: weak(1), eine: weak(1), einer: weak(1), einen: weak(1), einem: weak(1),
  eines: weak(1), zwei: v(2), zwo: v(2), drei: v(3), vier: v(4), 'fünf': v(5), fuenf: v(5), sechs: v(6),
  sieben: v(7), acht: v(8), neun: v(9), zehn: v(10), elf: v(11), 'zwölf': v(12), zwoelf: v(12), dreizehn: v(13),
  vierzehn: v(14), 'fünfzehn': v(15), fuenfzehn: v(15), sechzehn: v(16), siebzehn: v(17), achtzehn: v(18),
  neunzehn: v(19), zwanzig: v(20), 'dreißig': v(30), dreissig: v(30), vierzig: v(40), 'fünfzig': v(50),
  fuenfzig: v(50), sechzig: v(60), siebzig: v(70), achtzig: v(80), neunzig: v(90),
  hundert: scale(100), tausend: scale(1e3), million: scale(1e6), millionen: scale(1e6), mio: scale(1e6),
  'mio.': scale(1e6), milliarde: scale(1e9), milliarden: scale(1e9), mrd: scale(1e9), 'mrd.': scale(1e9),
  'tsd.': scale(1e3), billion: scale(1e12), billionen: scale(1e12),
  und: { kind: 'joiner' },
  komma: { kind: 'point' },
  minus: { kind: 'minus' }, negativ: { kind: 'minus' },
  einhalb: { kind: 'half', value: 0.5 }, halb: { kind: 'half', value: 0.5 }, anderthalb: v(1.5),
  'ein halbes': { kind: 'half', value: 0.5 }, 'eine halbe': { kind: 'half', value: 0.5 },
  halbe: den(2), halben: den(2),
  dutzend: { kind: 'group', value: 12 }, dutzende: { kind: 'group', value: 12 },
  drittel: den(3), viertel: den(4), 'fünftel': den(5), fuenftel: den(5), sechstel: den(6), siebtel: den(7),
  achtel: den(8), neuntel: den(9), zehntel: den(10), hundertstel: den(100, true), tausendstel: den(1e3, true),
  millionstel: den(1e6, true),
};


/** dreimal, zehnfach: a number word with -mal or -fach is a multiplier (einmal, "once", is none). */
function multiplierWords(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [w, sense] of Object.entries(words)) {
    const n = sense.kind === 'scale' && sense.value <= 1000 && !w.includes('.') ? sense.value
      : sense.kind === 'value' && !sense.weak && sense.value >= 2 && Number.isInteger(sense.value) ? sense.value : 0;
    if (n === 0) continue;
    out[`${w}mal`] = n;
    out[`${w}fach`] = n;
  }
  return out;
}

/** German. Number words are written as one word and split into their parts. */
export const de: NumberLanguage = {
  code: 'de',
  decimalMark: ',',
  groupMarks: ['.', "'"],
  words,
  compoundWords: true,
  bareScaleLowercaseOnly: true,
  unitBeforeTen: true,
  tensTakingTeens: [],
  tenJoinsOrdinal: false,
  joinerStartsFraction: true,
  dropLoneWeak: false,
  weakArticles: true,
  weakCountWords: ['einzige', 'einziger', 'einzigen', 'einziges', 'nur'],
  trailingDigitAbbreviation: false,
  approximateSuffixes: [],
  digitSuffixes: { k: 1e3, K: 1e3 },
  percentAfter: ['%', 'prozent', 'prozentpunkte', 'prozentpunkten', 'prozentpunkt', 'vom hundert'],
  percentBefore: {},
  tenthsPercent: [],
  percentWords: {},
  fractionDenominatorFirst: [],
  fractionDenominatorFirstInMixed: [],
  fractionNumeratorFirst: [],
  fractionProperWords: [],
  everyOrdinal: {
    every: ['jeder', 'jede', 'jedes', 'jeden', 'jedem'],
    stems: { zweit: 2, dritt: 3, viert: 4, 'fünft': 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9, zehnt: 10, elft: 11,
      'zwölft': 12, zwanzigst: 20, 'dreißigst': 30, hundertst: 100, tausendst: 1000 },
    endings: ['e', 'en', 'er', 'es', 'em'],
  },
  multipliers: { after: ['mal'], before: [], words: { doppelt: 2, ...multiplierWords() } },
  mixedJoiners: ['und'],
  currencyBefore: {
    $: { iso: 'USD' }, 'us$': { iso: 'USD' }, 'usd$': { iso: 'USD' }, 'aud$': { iso: 'AUD' }, 'nzd$': { iso: 'NZD' },
    '€': { iso: 'EUR' }, '£': { iso: 'GBP' }, usd: { iso: 'USD' }, eur: { iso: 'EUR' }, chf: { iso: 'CHF' },
    'sfr.': { iso: 'CHF' }, fr: { iso: 'CHF' },
  },
  currencyAfter: {
    $: { iso: 'USD' }, dollar: {}, 'us-dollar': { iso: 'USD' }, usd: { iso: 'USD' }, euro: { iso: 'EUR' },
    eur: { iso: 'EUR' }, '€': { iso: 'EUR' }, pfund: { iso: 'GBP' }, gbp: { iso: 'GBP' }, '£': { iso: 'GBP' },
    franken: { iso: 'CHF' }, chf: { iso: 'CHF' }, yen: { iso: 'JPY' }, yuan: { iso: 'CNY' }, rubel: { iso: 'RUB' },
    rupien: { iso: 'INR' }, cent: { factor: 0.01 }, cents: { factor: 0.01 }, rappen: { iso: 'CHF', factor: 0.01 },
  },
  unitWords: {
    kilometer: 'km', kilometern: 'km', meter: 'm', metern: 'm', meilen: 'mi', tonnen: 't', kilogramm: 'kg',
    kilo: 'kg', liter: 'l', litern: 'l', hektar: 'ha', quadratkilometer: 'km2', stundenkilometer: 'km/h',
    gigabyte: 'gb', megawatt: 'mw',
  },
  currencyLinks: [],
  minorUnits: { cent: 0.01, cents: 0.01, rappen: 0.01, pfennig: 0.01 },
  ranges: [
    { open: 'zwischen', join: 'und' }, { open: 'von', join: 'bis' }, { open: '', join: 'bis' },
    { open: '', join: '-' }, { open: '', join: '–' },
  ],
  boundsBefore: {
    'mehr als': low, 'über': low, 'größer als': low, 'höher als': low, 'mindestens': lowIn, 'nicht weniger als': lowIn,
    'weniger als': high, 'unter': high, 'kleiner als': high, 'niedriger als': high, 'bis zu': highIn,
    'höchstens': highIn, 'maximal': highIn, 'nicht mehr als': highIn, '>': low, '>=': lowIn, '<': high,
    '<=': highIn, 'gleich': equal,
  },
  vague: { words: { zehntausende: 1e4, hunderttausende: 1e5, tausende: 1e3, hunderte: 100, dutzende: 12, millionen: 1e6, milliarden: 1e9 }, links: ['von'], before: [], after: [],
    beforeAlone: ['mehrere', 'einige', 'ein paar', 'etliche'] },
  orWords: ['oder'],
  boundJoiners: ['und', 'aber', ','],
  // "30+": a plus sign glued after a number makes it a lower bound.
  boundsAfter: { '+': { side: 'low', inclusive: true }, 'oder mehr': lowIn, 'oder weniger': highIn },
  months: ['januar', 'jänner', 'februar', 'märz', 'maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
    'oktober', 'november', 'dezember'],
  yearBefore: ['im jahr', 'jahr', 'seit', 'bis', 'von', 'anfang', 'ende', 'mitte', 'jahre'],
  dateAfter: [],
  yearAfter: [],
  codeBefore: ['nr', 'nr.', 'nummer', 'version', 'modell', 'uran'],
  ordinalBefore: [],
  codeAfter: [],
  ordinalSuffixes: [],
  notNumbers: [
    // Idioms with a number that counts nothing ("a tres bandas": a carom, three-sided).
    'unter vier augen', 'auf allen vieren', 'zwei-klassen-gesellschaft',
    'eines tages', 'ein paar', 'ein bisschen', 'ein wenig', 'einer der', 'eine der', 'einer von'],
};
