import type { NumberLanguage, NumberWord } from '../number-words.ts';
import { v, den } from '../number-word-parts.ts';

const scale = (value: number): NumberWord => ({ kind: 'scale', value, bare: true });

const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ordinals: [string, number][] = [['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60],
  ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90]];
const unitOrdinals: [string, number][] = [['first', 1], ['second', 2]];

const words: Record<string, NumberWord> = {
  nought: v(0), naught: v(0),
  a: { kind: 'value', value: 1, article: true }, an: { kind: 'value', value: 1, article: true },
  hundred: scale(100), thousand: scale(1e3), million: scale(1e6), billion: scale(1e9), trillion: scale(1e12),
  hundreds: { kind: 'scale', value: 100 }, thousands: { kind: 'scale', value: 1e3 },
  millions: { kind: 'scale', value: 1e6 }, billions: { kind: 'scale', value: 1e9 },
  lakh: scale(1e5), lakhs: scale(1e5), crore: scale(1e7), crores: scale(1e7),
  and: { kind: 'joiner' },
  point: { kind: 'point' },
  minus: { kind: 'minus' }, negative: { kind: 'minus' },
  half: { kind: 'half', value: 0.5 },
  quarter: den(4), quarters: den(4),
  hundredth: den(100, true), hundredths: den(100, true), thousandth: den(1e3, true), thousandths: den(1e3, true),
  millionth: den(1e6, true), millionths: den(1e6, true), billionth: den(1e9, true), billionths: den(1e9, true),
  trillionth: den(1e12, true), trillionths: den(1e12, true),
  dozen: { kind: 'group', value: 12 }, dozens: { kind: 'group', value: 12 }, doz: { kind: 'group', value: 12 },
  dozs: { kind: 'group', value: 12 }, dz: { kind: 'group', value: 12 },
};
units.forEach((w, i) => (words[w] = i === 1 ? { kind: 'value', value: 1, weak: true } : v(i)));
tens.forEach((w, i) => (words[w] = v(20 + 10 * i)));
for (const [w, n] of ordinals) {
  words[w] = den(n);
  words[`${w}s`] = den(n);
}
for (const [w, n] of unitOrdinals) {
  words[w] = { kind: 'denominator', value: n, compoundOnly: true };
  words[`${w}s`] = { kind: 'denominator', value: n, compoundOnly: true };
}

/** English. */
export const en: NumberLanguage = {
  code: 'en',
  decimalMark: '.',
  groupMarks: [','],
  words,
  compoundWords: false,
  bareScaleLowercaseOnly: false,
  unitBeforeTen: false,
  tensTakingTeens: [],
  tenJoinsOrdinal: true,
  joinerStartsFraction: true,
  dropLoneWeak: false,
  trailingDigitAbbreviation: false,
  approximateSuffixes: [],
  digitSuffixes: { k: 1e3, K: 1e3, M: 1e6, m: 1e6, mn: 1e6, mil: 1e6, mln: 1e6, G: 1e9, b: 1e9, B: 1e9, bn: 1e9,
    bln: 1e9, T: 1e12, tn: 1e12, tln: 1e12, trn: 1e12 },
  percentAfter: ['%', 'percent', 'per cent', 'percents', 'percentage', 'percentages', 'percentage points',
    'percentage point', 'pct', 'pc'],
  percentBefore: { 'percent of': 100, 'per cent of': 100 },
  tenthsPercent: [],
  percentWords: {},
  fractionDenominatorFirst: [],
  fractionDenominatorFirstInMixed: [],
  fractionNumeratorFirst: ['over'],
  fractionProperWords: ['out of', 'out of every', 'in every'],
  shareOfOne: ['in'],
  multipliers: {
    after: ['times', 'fold'], before: [],
    words: { twice: 2, thrice: 3, twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, tenfold: 10, hundredfold: 100 },
  },
  mixedJoiners: ['and'],
  currencyBefore: {
    $: { iso: 'USD' }, 'us$': { iso: 'USD' }, 'usd$': { iso: 'USD' }, usd: { iso: 'USD' }, 'c$': { iso: 'CAD' },
    'c $': { iso: 'CAD' }, 'cad$': { iso: 'CAD' }, 'cad': { iso: 'CAD' }, 'a$': { iso: 'AUD' }, 'aud$': { iso: 'AUD' },
    'nzd$': { iso: 'NZD' }, 'hk$': { iso: 'HKD' }, 'mxn$': { iso: 'MXN' }, 'mex$': { iso: 'MXN' }, 'r$': { iso: 'BRL' },
    '€': { iso: 'EUR' }, eur: { iso: 'EUR' }, '£': { iso: 'GBP' }, gbp: { iso: 'GBP' }, '¥': { iso: 'JPY' },
    '₹': { iso: 'INR' }, 'rs.': { iso: 'INR' }, rs: { iso: 'INR' }, inr: { iso: 'INR' }, '₽': { iso: 'RUB' },
    rub: { iso: 'RUB' }, '₫': { iso: 'VND' }, vnd: { iso: 'VND' }, '₩': { iso: 'KRW' }, krw: { iso: 'KRW' },
    cny: { iso: 'CNY' }, rmb: { iso: 'CNY' }, jpy: { iso: 'JPY' }, chf: { iso: 'CHF' }, sen: {}, dollar: {},
    meur: { iso: 'EUR', factor: 1e6 }, maud: { iso: 'AUD', factor: 1e6 }, musd: { iso: 'USD', factor: 1e6 },
  },
  currencyAfter: {
    $: { iso: 'USD' }, '€': { iso: 'EUR' }, '£': { iso: 'GBP' }, '₡': { iso: 'CRC' }, '₭': { iso: 'LAK' },
    dollar: {}, dollars: {}, 'us dollar': { iso: 'USD' }, 'us dollars': { iso: 'USD' },
    'u.s. dollars': { iso: 'USD' }, usd: { iso: 'USD' }, 'canadian dollars': { iso: 'CAD' },
    'australian dollars': { iso: 'AUD' }, euro: { iso: 'EUR' }, euros: { iso: 'EUR' }, eur: { iso: 'EUR' },
    pound: { iso: 'GBP' }, pounds: { iso: 'GBP' }, 'pounds sterling': { iso: 'GBP' }, gbp: { iso: 'GBP' },
    pence: { iso: 'GBP', factor: 0.01 }, penny: { iso: 'GBP', factor: 0.01 }, pennies: { iso: 'GBP', factor: 0.01 },
    cent: { factor: 0.01 }, cents: { factor: 0.01 }, yen: { iso: 'JPY' }, yuan: { iso: 'CNY' },
    'chinese yuan': { iso: 'CNY' }, renminbi: { iso: 'CNY' }, rmb: { iso: 'CNY' }, cny: { iso: 'CNY' },
    francs: {}, franc: {}, 'swiss francs': { iso: 'CHF' }, rupee: { iso: 'INR' }, rupees: { iso: 'INR' },
    rouble: { iso: 'RUB' }, roubles: { iso: 'RUB' }, ruble: { iso: 'RUB' }, rubles: { iso: 'RUB' },
    rub: { iso: 'RUB' }, won: { iso: 'KRW' }, dong: { iso: 'VND' }, vnd: { iso: 'VND' }, reais: { iso: 'BRL' },
    real: { iso: 'BRL' }, 'turkish lira': { iso: 'TRY' }, lira: { iso: 'TRY' }, bitcoin: { iso: 'XBT' },
    bitcoins: { iso: 'XBT' }, satoshi: {}, satoshis: {}, kuai: { iso: 'CNY' }, hryvnia: { iso: 'UAH' },
    hryvnias: { iso: 'UAH' }, jpy: { iso: 'JPY' }, chf: { iso: 'CHF' }, krw: { iso: 'KRW' },
    meur: { iso: 'EUR', factor: 1e6 }, musd: { iso: 'USD', factor: 1e6 }, buck: { iso: 'USD' }, bucks: { iso: 'USD' },
    quid: { iso: 'GBP' }, btc: { iso: 'XBT' },
  },
  unitWords: {
    pound: 'lb', kilometres: 'km', kilometers: 'km', kilometre: 'km', kilometer: 'km', miles: 'mi', mile: 'mi', metres: 'm',
    meters: 'm', feet: 'ft', tonnes: 't', tons: 't', kilograms: 'kg', kilos: 'kg', litres: 'l', liters: 'l',
    hectares: 'ha', 'sq km': 'km2', 'square kilometres': 'km2', 'square kilometers': 'km2', 'kilometres per hour': 'km/h',
    'kilometers per hour': 'km/h', 'miles per hour': 'mph', gigabytes: 'gb', megawatts: 'mw', gigawatts: 'gw',
  },
  currencyLinks: [],
  minorUnits: { cent: 0.01, cents: 0.01, penny: 0.01, pence: 0.01, pennies: 0.01 },
  ranges: [
    { open: 'between', join: 'and' }, { open: 'from', join: 'to' }, { open: '', join: 'to' },
    { open: '', join: 'through' }, { open: '', join: '-' }, { open: '', join: '–' }, { open: '', join: '—' },
  ],
  boundsBefore: {
    'more than': { side: 'low', inclusive: false }, 'greater than': { side: 'low', inclusive: false },
    'bigger than': { side: 'low', inclusive: false }, 'larger than': { side: 'low', inclusive: false },
    'higher than': { side: 'low', inclusive: false }, above: { side: 'low', inclusive: false },
    over: { side: 'low', inclusive: false }, exceed: { side: 'low', inclusive: false },
    exceeds: { side: 'low', inclusive: false }, exceeding: { side: 'low', inclusive: false },
    'upwards of': { side: 'low', inclusive: false }, 'in excess of': { side: 'low', inclusive: false },
    'as many as': { side: 'high', inclusive: true }, 'as much as': { side: 'high', inclusive: true },
    'at least': { side: 'low', inclusive: true }, 'no less than': { side: 'low', inclusive: true },
    'not less than': { side: 'low', inclusive: true }, 'no fewer than': { side: 'low', inclusive: true },
    'bigger or equal than': { side: 'low', inclusive: true }, 'greater or equal than': { side: 'low', inclusive: true },
    'greater than or equal to': { side: 'low', inclusive: true }, 'more than or equal to': { side: 'low', inclusive: true },
    'at least or equal to': { side: 'low', inclusive: true }, '>': { side: 'low', inclusive: false },
    '>=': { side: 'low', inclusive: true }, '≥': { side: 'low', inclusive: true },
    'less than': { side: 'high', inclusive: false }, 'fewer than': { side: 'high', inclusive: false },
    'smaller than': { side: 'high', inclusive: false }, 'lower than': { side: 'high', inclusive: false },
    below: { side: 'high', inclusive: false }, under: { side: 'high', inclusive: false },
    'up to': { side: 'high', inclusive: true }, 'at most': { side: 'high', inclusive: true },
    'no more than': { side: 'high', inclusive: true }, 'not more than': { side: 'high', inclusive: true },
    'smaller or equal than': { side: 'high', inclusive: true }, 'less or equal than': { side: 'high', inclusive: true },
    'less than or equal to': { side: 'high', inclusive: true }, 'smaller than or equal to': { side: 'high', inclusive: true },
    '<': { side: 'high', inclusive: false }, '<=': { side: 'high', inclusive: true }, '≤': { side: 'high', inclusive: true },
    'equal to': { side: 'equal', inclusive: true }, 'equals to': { side: 'equal', inclusive: true },
    'equaling to': { side: 'equal', inclusive: true }, 'equal': { side: 'equal', inclusive: true },
  },
  vague: { words: { tens: 10, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 }, links: ['of'], before: [], after: [],
    beforeAlone: ['several', 'a few'] },
  orWords: ['or'],
  boundJoiners: ['and', ',', 'but'],
  // "30+": a plus sign glued after a number makes it a lower bound.
  boundsAfter: { '+': { side: 'low', inclusive: true },
    'or more': { side: 'low', inclusive: true }, 'or greater': { side: 'low', inclusive: true },
    'or above': { side: 'low', inclusive: true }, 'or less': { side: 'high', inclusive: true },
    'or fewer': { side: 'high', inclusive: true }, 'or below': { side: 'high', inclusive: true },
    'or more than': { side: 'low', inclusive: true }, 'or equal': { side: 'equal', inclusive: true },
    'or equal to': { side: 'equal', inclusive: true },
    'or higher': { side: 'low', inclusive: true }, plus: { side: 'low', inclusive: true },
  },
  months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  yearBefore: ['in', 'since', 'year', 'until', 'by', 'of', 'from', 'before', 'after', 'during', 'early', 'late', 'mid',
    'fiscal', 'the', 'circa', 'spring', 'summer', 'autumn', 'fall', 'winter'],
  dateAfter: [],
  yearAfter: [],
  codeBefore: ['no.', 'nr.', 'nrs.', 'number', 'version', 'model', 'issue', 'vol.', 'page', 'pp.', 'route', 'flight',
    'room', 'chapter', 'section', 'article', 'resolution', 'boeing', 'airbus', 'uran', 'iskander', 'hwasong', '#'],
  ordinalBefore: [],
  codeAfter: ['th', 'st', 'nd', 'rd'],
  fractionOfLinks: ['of a', 'of an', 'of'],
  ordinalSuffixes: ['st', 'nd', 'rd', 'th'],
  notNumbers: [
    // Idioms with a number that counts nothing ("a tres bandas": a carom, three-sided).
    'in two minds', 'of two minds', 'at sixes and sevens', 'two by two',
    'this one', 'that one', 'the one', 'which one', 'no one', 'each one', 'every one', 'any one', 'anyone',
    'another one', 'one another', 'one day', 'one of these days', 'last one', 'next one', 'new one', 'good one',
    'only one who', 'a first', 'the first', 'a second', 'a little', 'a few', 'a lot'],
};
