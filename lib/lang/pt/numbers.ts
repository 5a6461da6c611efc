import type { NumberLanguage, NumberWord } from '../number-words.ts';

const v = (value: number): NumberWord => ({ kind: 'value', value });
const scale = (value: number, bare = true): NumberWord => ({ kind: 'scale', value, bare });
/** Plural scales: "milhões de pessoas" on its own is "millions of people", not a million. */
const plural = (value: number): NumberWord => ({ kind: 'scale', value, bare: true, notAlone: true });
const den = (value: number, isScale = false): NumberWord => ({ kind: 'denominator', value, scale: isScale });
const low = { side: 'low', inclusive: false } as const;
const lowIn = { side: 'low', inclusive: true } as const;
const high = { side: 'high', inclusive: false } as const;
const highIn = { side: 'high', inclusive: true } as const;
const equal = { side: 'equal', inclusive: true } as const;

const words: Record<string, NumberWord> = {
  zero: v(0), um: { kind: 'value', value: 1, weak: true }, uma: { kind: 'value', value: 1, weak: true },
  dois: v(2), duas: v(2), 'três': v(3), tres: v(3), quatro: v(4), cinco: v(5), seis: v(6), sete: v(7), oito: v(8),
  nove: v(9), dez: v(10), onze: v(11), doze: v(12), treze: v(13), catorze: v(14), quatorze: v(14), quinze: v(15),
  dezesseis: v(16), dezasseis: v(16), dezessete: v(17), dezassete: v(17), dezoito: v(18), dezenove: v(19),
  dezanove: v(19), vinte: v(20), trinta: v(30), quarenta: v(40), cinquenta: v(50), 'cinqüenta': v(50),
  cincoenta: v(50), sessenta: v(60), setenta: v(70), oitenta: v(80), noventa: v(90), cem: v(100), cento: v(100),
  duzentos: v(200), duzentas: v(200), trezentos: v(300), trezentas: v(300), quatrocentos: v(400),
  quatrocentas: v(400), quinhentos: v(500), quinhentas: v(500), seiscentos: v(600), seiscentas: v(600),
  setecentos: v(700), setecentas: v(700), oitocentos: v(800), oitocentas: v(800), novecentos: v(900),
  novecentas: v(900),
  mil: scale(1e3), 'milhão': scale(1e6), milhao: scale(1e6), 'milhões': plural(1e6), milhoes: plural(1e6),
  'bilhão': scale(1e9), bilhao: scale(1e9), 'bilhões': plural(1e9), bilhoes: plural(1e9),
  'bilião': scale(1e12), 'biliões': plural(1e12), 'trilhão': scale(1e12), trilhao: scale(1e12),
  'trilhões': plural(1e12), trilhoes: plural(1e12),
  e: { kind: 'joiner' },
  'vírgula': { kind: 'point' }, virgula: { kind: 'point' }, ponto: { kind: 'point' },
  menos: { kind: 'minus', weak: true }, negativo: { kind: 'minus' },
  meio: { kind: 'half', value: 0.5 }, meia: { kind: 'half', value: 0.5 },
  'dúzia': { kind: 'group', value: 12 }, duzia: { kind: 'group', value: 12 }, 'dúzias': { kind: 'group', value: 12 },
  duzias: { kind: 'group', value: 12 },
  'terço': den(3), 'terços': den(3), terco: den(3), tercos: den(3), quarto: den(4), quartos: den(4),
  quinto: den(5), quintos: den(5), sexto: den(6), sextos: den(6), 'sétimo': den(7), 'sétimos': den(7),
  setimo: den(7), setimos: den(7), oitavo: den(8), oitavos: den(8), nono: den(9), nonos: den(9),
  'décimo': den(10), 'décimos': den(10), decimo: den(10), decimos: den(10),
  'centésimo': den(100, true), 'centésimos': den(100, true), centesimo: den(100, true), centesimos: den(100, true),
  'milésimo': den(1e3, true), 'milésimos': den(1e3, true), milesimo: den(1e3, true), milesimos: den(1e3, true),
  'milionésimo': den(1e6, true), 'milionésimos': den(1e6, true), milionesimo: den(1e6, true),
  milionesimos: den(1e6, true), 'bilionésimo': den(1e9, true), 'bilionésimos': den(1e9, true),
  bilionesimo: den(1e9, true), bilionesimos: den(1e9, true),
  avos: { kind: 'denominator', value: 1, avos: true },
  // Collective numerals: "uma dezena" is 10, "duas centenas" 200; the plurals alone are vague ("dezenas de mortos").
  dezena: scale(10), dezenas: plural(10), centena: scale(100), centenas: plural(100), milhar: scale(1e3), milhares: plural(1e3),
  // "uma dezena de milhares", "uma centena de milhões": a scale counted by a round count (after words only).
  'de milhares': { kind: 'scale', value: 1e3, bare: true, notAlone: true, afterWords: true },
  'de milhões': { kind: 'scale', value: 1e6, bare: true, notAlone: true, afterWords: true },
  'de bilhões': { kind: 'scale', value: 1e9, bare: true, notAlone: true, afterWords: true },
};

/** Portuguese (Brazil and Portugal). */
/** Round counts with an article: "uma dezena" (about ten), "uma centena"; read as that many, the figure layer makes them approximate. */
export const APPROXIMATE_COUNTS: Readonly<Record<string, number>> = { dezena: 10, vintena: 20, centena: 100 };
for (const [w, n] of Object.entries(APPROXIMATE_COUNTS)) words[w] = { kind: 'group', value: n };

export const pt: NumberLanguage = {
  code: 'pt',
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
  weakArticles: true,
  weakCountWords: ['só', 'único', 'única', 'apenas', 'somente'],
  trailingDigitAbbreviation: false,
  approximateSuffixes: [],
  digitSuffixes: { k: 1e3, K: 1e3, M: 1e6, G: 1e9, mi: 1e6, bi: 1e9, mil: 1e3, MM: 1e6 },
  percentAfter: ['%', 'por cento', 'porcento', 'pontos percentuais', 'ponto percentual'],
  percentBefore: {},
  tenthsPercent: [],
  percentWords: {},
  fractionDenominatorFirst: [],
  fractionDenominatorFirstInMixed: [],
  fractionNumeratorFirst: ['sobre'],
  fractionProperWords: ['em cada', 'de cada'],
  multipliers: { after: ['vezes'], before: [], words: { 'o dobro': 2, 'o triplo': 3, 'o quádruplo': 4, 'o quíntuplo': 5 } },
  mixedJoiners: ['e', 'com'],
  currencyBefore: {
    $: { iso: 'USD' }, 'r$': { iso: 'BRL' }, 'us$': { iso: 'USD' }, 'u$': { iso: 'USD' }, 'c$': { iso: 'CAD' },
    'cad$': { iso: 'CAD' }, 'mxn$': { iso: 'MXN' }, '€': { iso: 'EUR' }, '£': { iso: 'GBP' }, usd: { iso: 'USD' },
    eur: { iso: 'EUR' }, brl: { iso: 'BRL' }, 'dólares': {}, 'dólar': {},
  },
  currencyAfter: {
    reais: { iso: 'BRL' }, real: { iso: 'BRL' }, 'dólares': {}, 'dólar': {}, dolares: {}, dolar: {},
    'dólares americanos': { iso: 'USD' }, usd: { iso: 'USD' }, euros: { iso: 'EUR' }, euro: { iso: 'EUR' },
    eur: { iso: 'EUR' }, '€': { iso: 'EUR' }, libras: { iso: 'GBP' }, 'libras esterlinas': { iso: 'GBP' },
    ienes: { iso: 'JPY' }, yenes: { iso: 'JPY' }, yen: { iso: 'JPY' }, iene: { iso: 'JPY' },
    yuans: { iso: 'CNY' }, yuan: { iso: 'CNY' }, francos: {}, penies: { iso: 'GBP', factor: 0.01 },
    centavos: { factor: 0.01 }, centavo: { factor: 0.01 }, rublos: { iso: 'RUB' }, rupias: { iso: 'INR' },
    escudos: {}, $: { iso: 'USD' },
  },
  unitWords: {
    quilômetros: 'km', quilómetros: 'km', quilômetro: 'km', metros: 'm', metro: 'm', milhas: 'mi', toneladas: 't',
    quilos: 'kg', quilogramas: 'kg', litros: 'l', hectares: 'ha', 'quilômetros quadrados': 'km2',
    'quilômetros por hora': 'km/h', gigabytes: 'gb', megawatts: 'mw',
  },
  currencyLinks: ['de'],
  minorUnits: { centavos: 0.01, centavo: 0.01, 'cêntimos': 0.01, centimos: 0.01 },
  ranges: [
    { open: 'entre', join: 'e' }, { open: 'entre o', join: 'e o' }, { open: 'de', join: 'a' },
    { open: 'desde', join: 'até' }, { open: 'desde', join: 'ateh' }, { open: 'de', join: 'até' },
    { open: '', join: 'a' }, { open: '', join: '-' }, { open: '', join: '–' }, { open: '', join: 'até' },
  ],
  boundsBefore: {
    'mais de': low, 'mais que': low, 'maior que': low, 'maior de': low, 'maiores que': low, 'mais alto que': low,
    'mais alta que': low, 'acima de': low, 'superior a': low, 'superiores a': low, 'ao menos': lowIn,
    'pelo menos': lowIn, 'no mínimo': lowIn, 'não menos de': lowIn, 'não menos que': lowIn, 'nao menos de': lowIn,
    'maior ou igual que': lowIn, 'maior ou igual a': lowIn, 'igual ou maior que': lowIn, '>': low, '>=': lowIn,
    'menos de': high, 'menos que': high, 'menor que': high, 'menores que': high, 'mais baixo que': high,
    'mais baixa que': high, 'abaixo de': high, 'inferior a': high, 'inferiores a': high, 'até': highIn,
    'no máximo': highIn, 'não mais que': highIn, 'não mais de': highIn, 'menor ou igual que': highIn,
    'menor ou igual a': highIn, 'menores ou iguais a': highIn, 'inferiores ou iguais a': highIn,
    'igual a ou menor que': highIn, 'igual ou menor que': highIn, '<': high, '<=': highIn, 'igual a': equal, 'igual': equal,
  },
  vague: { words: { dezenas: 10, 'dúzias': 12, centenas: 100, milhares: 1e3, 'milhões': 1e6, 'bilhões': 1e9 }, links: ['de'], before: [], after: [] },
  orWords: ['ou'],
  boundJoiners: ['e', 'mas', ','],
  // "30+": a plus sign glued after a number makes it a lower bound.
  boundsAfter: { '+': { side: 'low', inclusive: true },
    'ou mais': lowIn, 'ou menos': highIn, 'pelo menos': lowIn, 'como máximo': highIn, 'como mínimo': lowIn,
    'ou maior': lowIn, 'ou igual': equal, 'no mínimo': lowIn, 'no máximo': highIn,
  },
  months: ['janeiro', 'fevereiro', 'março', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro',
    'outubro', 'novembro', 'dezembro', 'jan', 'fev', 'mar', 'abr', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  yearBefore: ['em', 'de', 'desde', 'ano', 'até', 'entre', 'no ano de', 'o ano'],
  dateAfter: [],
  yearAfter: [],
  codeBefore: ['nº', 'n.º', 'número', 'versão', 'modelo', 'uran'],
  ordinalBefore: [],
  codeAfter: [],
  fractionOfLinks: ['de', 'de um'],
  ordinalSuffixes: ['º', 'ª', '.º', '.ª'],
  notNumbers: [
    // Idioms with a number that counts nothing ("a tres bandas": a carom, three-sided).
    'a quatro mãos', 'de dois em dois', 'a duas velocidades', 'de quatro patas',
    'mais ou menos', 'um pouco', 'uma vez que', 'um ao outro', 'uns aos outros', 'cada um', 'nenhum',
    'qualquer um', 'algum', 'um dos', 'uma das', 'um dia'],
};
