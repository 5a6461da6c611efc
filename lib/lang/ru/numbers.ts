import type { NumberLanguage, NumberWord } from '../number-words.ts';
import { low, lowIn, high, highIn } from '../number-word-parts.ts';


const words: Record<string, NumberWord> = {};
/** Every case and gender form of one number. */
function forms(value: number, list: string, sense: 'value' | 'scale' | 'weak' = 'value'): void {
  for (const [i, w] of list.split(' ').entries()) {
    // Only the first (singular nominative) form of a scale is a number alone: "тысячи людей" is "thousands of people".
    if (sense === 'scale') words[w] = { kind: 'scale', value, bare: true, ...(i > 0 && !w.startsWith('тыс') && !w.startsWith('мл') && !w.startsWith('трлн') ? { notAlone: true } : {}) };
    else if (sense === 'weak') words[w] = { kind: 'value', value, weak: true };
    else words[w] = { kind: 'value', value };
  }
}
forms(0, 'ноль нуль ноля нуля нолю нулю нолём нулём');
forms(1, 'один одна одно одного одной одному одним одном одну одною', 'weak');
forms(2, 'два две двух двум двумя');
forms(3, 'три трёх трех трём трем тремя');
forms(4, 'четыре четырёх четырех четырём четырем четырьмя');
forms(5, 'пять пяти пятью');
forms(6, 'шесть шести шестью');
forms(7, 'семь семи семью');
forms(8, 'восемь восьми восемью восьмью');
forms(9, 'девять девяти девятью');
forms(10, 'десять десяти десятью');
forms(11, 'одиннадцать одиннадцати одиннадцатью');
forms(12, 'двенадцать двенадцати двенадцатью');
forms(13, 'тринадцать тринадцати тринадцатью');
forms(14, 'четырнадцать четырнадцати четырнадцатью');
forms(15, 'пятнадцать пятнадцати пятнадцатью');
forms(16, 'шестнадцать шестнадцати шестнадцатью');
forms(17, 'семнадцать семнадцати семнадцатью');
forms(18, 'восемнадцать восемнадцати восемнадцатью');
forms(19, 'девятнадцать девятнадцати девятнадцатью');
forms(20, 'двадцать двадцати двадцатью');
forms(30, 'тридцать тридцати тридцатью');
forms(40, 'сорок сорока');
forms(50, 'пятьдесят пятидесяти пятьюдесятью');
forms(60, 'шестьдесят шестидесяти шестьюдесятью');
forms(70, 'семьдесят семидесяти семьюдесятью');
forms(80, 'восемьдесят восьмидесяти восемьюдесятью восьмьюдесятью');
forms(90, 'девяносто девяноста');
forms(100, 'сто ста');
forms(200, 'двести двухсот двумстам двумястами двухстах');
forms(300, 'триста трёхсот трехсот трёмстам тремстам тремястами трёхстах трехстах');
forms(400, 'четыреста четырёхсот четырехсот четырёмстам четыремстам четырьмястами четырёхстах четырехстах');
forms(500, 'пятьсот пятисот пятистам пятьюстами пятистах');
forms(600, 'шестьсот шестисот шестистам шестьюстами шестистах');
forms(700, 'семьсот семисот семистам семьюстами семистах');
forms(800, 'восемьсот восьмисот восьмистам восемьюстами восьмьюстами восьмистах');
forms(900, 'девятьсот девятисот девятистам девятьюстами девятистах');
forms(1e3, 'тысяча тысячи тысяч тысячу тысячей тысячею тысячам тысячами тысячах тыс', 'scale');
forms(1e6, 'миллион миллиона миллионов миллиону миллионом миллионе миллионам миллионами миллионах млн', 'scale');
forms(1e9, 'миллиард миллиарда миллиардов миллиарду миллиардом миллиарде миллиардам миллиардами миллиардах млрд', 'scale');
forms(1e12, 'триллион триллиона триллионов триллиону триллионом триллионе триллионам триллионами триллионах трлн', 'scale');
// Collective numerals: "десяток" is 10, "три сотни" 300; the plurals alone are vague ("сотни людей").
forms(10, 'десяток десятка десятков десятку десятком десятке', 'scale');
forms(100, 'сотня сотни сотен сотню сотней сотнями сотнях', 'scale');
// "более сотни", "более десятка": their genitive singular is one hundred, one ten.
words['сотни'] = { kind: 'scale', value: 100, bare: true };
words['десятка'] = { kind: 'scale', value: 10, bare: true };
words['тыс.'] = { kind: 'scale', value: 1e3, bare: true };
words['млн.'] = { kind: 'scale', value: 1e6, bare: true };
words['млрд.'] = { kind: 'scale', value: 1e9, bare: true };
words['минус'] = { kind: 'minus' };
words['целых'] = { kind: 'point' };
words['целая'] = { kind: 'point' };
words['запятая'] = { kind: 'point' };
words['половина'] = { kind: 'value', value: 0.5 };
words['половины'] = { kind: 'value', value: 0.5 };
words['половину'] = { kind: 'value', value: 0.5 };
words['полтора'] = { kind: 'value', value: 1.5 };
words['полторы'] = { kind: 'value', value: 1.5 };
words['полутора'] = { kind: 'value', value: 1.5 };
words['пол'] = { kind: 'half', value: 0.5 };
// Half of a scale, written as one word: полтысячи, полмиллиона.
for (const [w, n] of [['полтысячи', 1e3], ['полмиллиона', 1e6], ['полмиллиарда', 1e9], ['полтриллиона', 1e12]] as const) {
  words[w] = { kind: 'value', value: n / 2 };
}
for (const w of 'треть трети третью третей'.split(' ')) words[w] = { kind: 'denominator', value: 3 };
for (const w of 'четверть четверти четвертью четвертей'.split(' ')) words[w] = { kind: 'denominator', value: 4 };
for (const w of 'дюжина дюжины дюжин дюжину'.split(' ')) words[w] = { kind: 'group', value: 12 };

const per = (list: string): string[] => list.split(' ');
const rub = { iso: 'RUB' };
const usd = { iso: 'USD' };
const eur = { iso: 'EUR' };
const currencyAfter: Record<string, { iso?: string; factor?: number }> = {
  '₽': rub, 'руб': rub, 'руб.': rub, '$': usd, 'долл': usd, 'долл.': usd, '€': eur, 'евро': eur,
  '£': { iso: 'GBP' }, 'usd': usd, 'eur': eur, 'rub': rub,
};
for (const w of per('рубль рубля рублей рублю рублём рублем рублями рублях')) currencyAfter[w] = rub;
for (const w of per('доллар доллара долларов доллару долларом долларами долларах')) currencyAfter[w] = usd;
for (const w of per('юань юаня юаней юанями')) currencyAfter[w] = { iso: 'CNY' };
for (const w of per('фунт фунта фунтов')) currencyAfter[w] = { iso: 'GBP' };
for (const w of per('гривна гривны гривен')) currencyAfter[w] = { iso: 'UAH' };
for (const w of per('вона воны вон')) currencyAfter[w] = { iso: 'KRW' };
for (const w of per('копейка копейки копеек')) currencyAfter[w] = { iso: 'RUB', factor: 0.01 };
for (const w of per('цент цента центов')) currencyAfter[w] = { iso: 'USD', factor: 0.01 };

/** Russian, with every case and gender of the number words. */
export const ru: NumberLanguage = {
  code: 'ru',
  decimalMark: ',',
  groupMarks: ['.'],
  words,
  compoundWords: false,
  bareScaleLowercaseOnly: false,
  unitBeforeTen: false,
  tensTakingTeens: [],
  tenJoinsOrdinal: false,
  joinerStartsFraction: false,
  dropLoneWeak: false,
  trailingDigitAbbreviation: false,
  approximateSuffixes: [],
  digitSuffixes: { k: 1e3, K: 1e3 },
  percentAfter: ['%', 'проц.', ...per('процент процента процентов проценту процентам процентами процентах процентом'),
    ...per('процентный процентного процентных'), 'процентных пункта', 'процентных пунктов', 'процентный пункт'],
  percentBefore: {},
  tenthsPercent: [],
  percentWords: {},
  fractionDenominatorFirst: [],
  fractionDenominatorFirstInMixed: [],
  fractionNumeratorFirst: [],
  fractionProperWords: [],
  everyOrdinal: {
    every: ['каждый', 'каждая', 'каждое', 'каждого', 'каждому', 'каждую', 'каждой', 'каждом'],
    stems: { 'втор': 2, 'трет': 3, 'четвёрт': 4, 'четверт': 4, 'пят': 5, 'шест': 6, 'седьм': 7, 'восьм': 8, 'девят': 9,
      'десят': 10, 'двадцат': 20, 'сот': 100, 'тысячн': 1000 },
    endings: ['ый', 'ой', 'ий', 'ая', 'ья', 'ое', 'ье', 'ого', 'его', 'ьего', 'ому', 'ему', 'ьему', 'ую', 'ью', 'ом', 'ем', 'ьем',
      'ей', 'ьей'],
  },
  multipliers: {
    after: ['раза', 'раз'], before: [],
    words: { 'вдвое': 2, 'втрое': 3, 'вчетверо': 4, 'впятеро': 5, 'вдесятеро': 10, 'дважды': 2, 'трижды': 3, 'четырежды': 4 },
  },
  mixedJoiners: ['и', 'с'],
  currencyBefore: { $: usd, '€': eur, '£': { iso: 'GBP' }, '₽': rub, usd, eur },
  currencyAfter,
  unitWords: {
    'километров': 'km', 'километра': 'km', 'километр': 'km', 'метров': 'm', 'метра': 'm', 'миль': 'mi', 'тонн': 't',
    'тонны': 't', 'килограммов': 'kg', 'литров': 'l', 'гектаров': 'ha', 'км': 'km', 'кг': 'kg',
    'квадратных километров': 'km2', 'км/ч': 'km/h', 'гигабайт': 'gb', 'мегаватт': 'mw',
  },
  currencyLinks: [],
  minorUnits: { 'копейка': 0.01, 'копейки': 0.01, 'копеек': 0.01, 'цент': 0.01, 'цента': 0.01, 'центов': 0.01 },
  ranges: [
    { open: 'от', join: 'до' }, { open: 'с', join: 'до' }, { open: 'между', join: 'и' }, { open: '', join: '-' },
    { open: '', join: '–' }, { open: '', join: '—' }, { open: '', join: 'до' },
  ],
  boundsBefore: {
    'равно': { side: 'equal', inclusive: true }, 'равен': { side: 'equal', inclusive: true },
    'равна': { side: 'equal', inclusive: true }, 'более': low, 'больше': low, 'свыше': low, 'более чем': low, 'больше чем': low, 'не менее': lowIn,
    'не меньше': lowIn, 'минимум': lowIn, 'как минимум': lowIn, 'менее': high, 'меньше': high, 'менее чем': high,
    'не более': highIn, 'не больше': highIn, 'до': highIn, 'максимум': highIn, 'не свыше': highIn,
  },
  vague: { words: { 'десятки': 10, 'десятков': 10, 'сотни': 100, 'сотен': 100, 'тысячи': 1e3, 'тысяч': 1e3, 'миллионы': 1e6, 'миллионов': 1e6, 'миллиарды': 1e9, 'миллиардов': 1e9 }, links: [], before: [], after: [] },
  orWords: ['или'],
  boundJoiners: ['и', 'но', ','],
  // "30+": a plus sign glued after a number makes it a lower bound.
  boundsAfter: { '+': { side: 'low', inclusive: true }, 'и более': lowIn, 'и больше': lowIn, 'и менее': highIn, 'или больше': lowIn, 'или меньше': highIn },
  months: per('января февраля марта апреля мая июня июля августа сентября октября ноября декабря январь февраль ' +
    'март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'),
  yearBefore: ['в', 'с', 'до', 'году', 'года', 'год', 'от'],
  dateAfter: [],
  yearAfter: ['году', 'года', 'год', 'гг', 'гг.', 'г.', 'г'],
  codeBefore: ['№', 'номер', 'версия', 'модель', 'уран'],
  ordinalBefore: [],
  codeAfter: [],
  ordinalSuffixes: ['-й', '-я', '-е', '-го', '-му', '-м', '-х', '-ой', '-ая', '-ое', '-ый', '-ий', '-ые', '-ых', '-ю'],
  notNumbers: ['одни', 'ни один', 'ни одна', 'ни одного', 'ни одной', 'один из', 'одна из', 'один и тот же',
    'одно и то же', 'друг друга', 'одно время'],
};
