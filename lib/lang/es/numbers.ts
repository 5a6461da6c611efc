import type { NumberLanguage, NumberWord } from '../number-words.ts';

const v = (value: number): NumberWord => ({ kind: 'value', value });
const scale = (value: number, bare = true): NumberWord => ({ kind: 'scale', value, bare });
/** Plural scales: "milhões de pessoas" on its own is "millions of people", not a million. */
const plural = (value: number): NumberWord => ({ kind: 'scale', value, bare: true, notAlone: true });
const den = (value: number, isScale = false): NumberWord => ({ kind: 'denominator', value, scale: isScale });
const nth = (value: number): NumberWord => ({ kind: 'denominator', value });
const low = { side: 'low', inclusive: false } as const;
const lowIn = { side: 'low', inclusive: true } as const;
const high = { side: 'high', inclusive: false } as const;
const highIn = { side: 'high', inclusive: true } as const;
const equal = { side: 'equal', inclusive: true } as const;

const words: Record<string, NumberWord> = {
  cero: v(0), uno: v(1), un: { kind: 'value', value: 1, weak: true },
  una: { kind: 'value', value: 1, weak: true }, dos: v(2), tres: v(3), cuatro: v(4), cinco: v(5), seis: v(6),
  siete: v(7), ocho: v(8), nueve: v(9), diez: v(10), once: v(11), doce: v(12), trece: v(13), catorce: v(14),
  quince: v(15), 'dieciséis': v(16), dieciseis: v(16), diecisiete: v(17), dieciocho: v(18), diecinueve: v(19),
  veinte: v(20), veintiuno: v(21), 'veintiún': v(21), veintiun: v(21), veintiuna: v(21), 'veintidós': v(22),
  veintidos: v(22), 'veintitrés': v(23), veintitres: v(23), veinticuatro: v(24), veinticinco: v(25),
  'veintiséis': v(26), veintiseis: v(26), veintisiete: v(27), veintiocho: v(28), veintinueve: v(29),
  treinta: v(30), cuarenta: v(40), cincuenta: v(50), sesenta: v(60), setenta: v(70), ochenta: v(80), noventa: v(90),
  cien: v(100), ciento: v(100), doscientos: v(200), doscientas: v(200), trescientos: v(300), trescientas: v(300),
  cuatrocientos: v(400), cuatrocientas: v(400), quinientos: v(500), quinientas: v(500), seiscientos: v(600),
  seiscientas: v(600), setecientos: v(700), setecientas: v(700), ochocientos: v(800), ochocientas: v(800),
  novecientos: v(900), novecientas: v(900),
  mil: scale(1e3), 'millón': scale(1e6), millon: scale(1e6), millones: plural(1e6), millardo: scale(1e9),
  millardos: plural(1e9), 'billón': scale(1e12), billon: scale(1e12), billones: plural(1e12),
  y: { kind: 'joiner' }, e: { kind: 'joiner' },
  coma: { kind: 'point' }, punto: { kind: 'point' }, con: { kind: 'point', weak: true },
  menos: { kind: 'minus', weak: true }, negativo: { kind: 'minus' },
  medio: { kind: 'half', value: 0.5 }, media: { kind: 'half', value: 0.5 }, mitad: v(0.5),
  docena: { kind: 'group', value: 12 }, docenas: { kind: 'group', value: 12 }, dz: { kind: 'group', value: 12 },
  medios: den(2), tercio: den(3), tercios: den(3), cuarto: den(4), cuartos: den(4), quinto: den(5), quintos: den(5),
  quinta: den(5), quintas: den(5), sexto: den(6), sextos: den(6), 'séptimo': den(7), 'séptimos': den(7),
  septimo: den(7), septimos: den(7), octavo: den(8), octavos: den(8), noveno: den(9), novenos: den(9),
  'décimo': den(10), 'décimos': den(10), decimo: den(10), decimos: den(10),
  'centésimo': den(100, true), 'centésimos': den(100, true), centesimo: den(100, true), centesimos: den(100, true),
  'milésimo': den(1e3, true), 'milésimos': den(1e3, true), milesimo: den(1e3, true), milesimos: den(1e3, true),
  'millonésimo': den(1e6, true), 'millonésimos': den(1e6, true), millonesimo: den(1e6, true),
  millonesimos: den(1e6, true), 'millonésima': den(1e6, true), 'millonésimas': den(1e6, true),
  millonesima: den(1e6, true), millonesimas: den(1e6, true), 'billonésimo': den(1e12, true),
  billonesimo: den(1e12, true), 'billonésimos': den(1e12, true), billonesimos: den(1e12, true),
  avos: { kind: 'denominator', value: 1, avos: true }, avo: { kind: 'denominator', value: 1, avos: true },
  veinteavos: nth(20), veinteavo: nth(20), treintavos: nth(30), treintavo: nth(30), cuarentavos: nth(40),
  veintiunavos: nth(21), veintiunavo: nth(21),
  // Collective numerals: "una decena" is 10, "dos centenares" 200; the plurals alone are vague ("decenas de muertos").
  decena: scale(10), decenas: plural(10), centena: scale(100), centenas: plural(100), centenar: scale(100),
  centenares: plural(100), millar: scale(1e3), millares: plural(1e3), veintena: plural(20), treintena: plural(30),
  cuarentena: plural(40), cincuentena: plural(50),
  // "una decena de miles", "un centenar de millones": a scale counted by a round count (after words only).
  'de miles': { kind: 'scale', value: 1e3, bare: true, notAlone: true, afterWords: true },
  'de millones': { kind: 'scale', value: 1e6, bare: true, notAlone: true, afterWords: true },
};

/** Spanish. */
/** Round counts with an article: "una decena" (about ten), "un centenar", "una veintena"; read as that many, the figure layer makes them approximate. */
export const APPROXIMATE_COUNTS: Readonly<Record<string, number>> = { decena: 10, veintena: 20, treintena: 30, cincuentena: 50, centenar: 100, millar: 1e3 };
for (const [w, n] of Object.entries(APPROXIMATE_COUNTS)) words[w] = { kind: 'group', value: n };

export const es: NumberLanguage = {
  code: 'es',
  decimalMark: ',',
  groupMarks: ['.'],
  words,
  compoundWords: true,
  bareScaleLowercaseOnly: false,
  unitBeforeTen: false,
  tensTakingTeens: [],
  tenJoinsOrdinal: false,
  joinerStartsFraction: false,
  dropLoneWeak: false,
  weakArticles: true,
  weakCountWords: ['solo', 'sola', 'sólo', 'único', 'única', 'solamente'],
  trailingDigitAbbreviation: false,
  approximateSuffixes: [],
  digitSuffixes: { k: 1e3, K: 1e3, M: 1e6, MM: 1e6, G: 1e9, mil: 1e3 },
  percentAfter: ['%', 'por ciento', 'porciento', 'por cien', 'puntos porcentuales', 'punto porcentual'],
  percentBefore: {},
  tenthsPercent: [],
  percentWords: {},
  fractionDenominatorFirst: [],
  fractionDenominatorFirstInMixed: [],
  fractionNumeratorFirst: ['sobre'],
  fractionProperWords: ['de cada'],
  multipliers: { after: ['veces'], before: [], words: { 'el doble': 2, 'el triple': 3, 'el cuádruple': 4, 'el quíntuple': 5 } },
  mixedJoiners: ['y', 'con'],
  currencyBefore: {
    $: { iso: 'USD' }, 'us$': { iso: 'USD' }, 'u$d': { iso: 'USD' }, 'usd$': { iso: 'USD' }, 'c$': { iso: 'CAD' },
    'cad$': { iso: 'CAD' }, 'aud$': { iso: 'AUD' }, 'nzd$': { iso: 'NZD' }, 'mxn$': { iso: 'MXN' },
    'r$': { iso: 'BRL' }, '€': { iso: 'EUR' }, '£': { iso: 'GBP' }, usd: { iso: 'USD' }, eur: { iso: 'EUR' },
    'dólar': {}, 'dólares': {},
  },
  currencyAfter: {
    'dólares': {}, 'dólar': {}, dolares: {}, dolar: {}, 'dólares estadounidenses': { iso: 'USD' },
    usd: { iso: 'USD' }, euros: { iso: 'EUR' }, euro: { iso: 'EUR' }, eur: { iso: 'EUR' }, '€': { iso: 'EUR' },
    libras: { iso: 'GBP' }, 'libras esterlinas': { iso: 'GBP' }, yenes: { iso: 'JPY' }, yen: { iso: 'JPY' },
    yuanes: { iso: 'CNY' }, yuan: { iso: 'CNY' }, francos: {}, peniques: { iso: 'GBP', factor: 0.01 },
    centavos: { factor: 0.01 }, centavo: { factor: 0.01 }, 'céntimos': { iso: 'EUR', factor: 0.01 },
    centimos: { iso: 'EUR', factor: 0.01 }, pesos: {}, rublos: { iso: 'RUB' }, bolivares: {}, 'bolívares': {},
    reales: { iso: 'BRL' }, $: { iso: 'USD' },
  },
  unitWords: {
    kilómetros: 'km', kilómetro: 'km', metros: 'm', metro: 'm', millas: 'mi', toneladas: 't', kilogramos: 'kg',
    kilos: 'kg', litros: 'l', hectáreas: 'ha', 'kilómetros cuadrados': 'km2', 'kilómetros por hora': 'km/h',
    gigabytes: 'gb', megavatios: 'mw',
  },
  currencyLinks: ['de'],
  minorUnits: { centavos: 0.01, centavo: 0.01, 'céntimos': 0.01, centimos: 0.01, 'céntimo': 0.01 },
  ranges: [
    { open: 'entre', join: 'y' }, { open: 'entre el', join: 'y el' }, { open: 'de', join: 'a' },
    { open: 'desde', join: 'hasta' }, { open: 'desde', join: 'a' }, { open: 'del', join: 'al' },
    { open: '', join: 'a' }, { open: '', join: '-' }, { open: '', join: '–' }, { open: '', join: 'hasta' },
  ],
  boundsBefore: {
    'más de': low, 'mas de': low, 'más que': low, 'mayor que': low, 'mayor de': low, 'mayores que': low,
    'más alto que el': low, 'más alto que': low, 'más alta que': low, 'por encima de': low, 'superior a': low,
    'superiores a': low, 'por lo menos': lowIn, 'al menos': lowIn, 'como mínimo': lowIn, 'no menos de': lowIn,
    'mayor o igual que': lowIn, 'mayor o igual a': lowIn, 'igual o mayor que': lowIn, '>': low, '>=': lowIn,
    'menos de': high, 'menos que': high, 'menor que': high, 'menor a': high, 'menores que': high, 'menores a': high,
    'más bajo que el': high, 'más bajo que': high, 'más baja que': high, 'por debajo de': high, 'inferior a': high,
    'inferiores a': high, 'hasta': highIn, 'como máximo': highIn, 'como mucho': highIn, 'no más de': highIn, 'no más que': highIn,
    'menor o igual que': highIn, 'menor o igual a': highIn, 'menores o iguales a': highIn,
    'inferiores o iguales a': highIn, 'igual a o menor que': highIn, 'igual o menor que': highIn, '<': high,
    '<=': highIn, 'igual a': equal, 'igual': equal,
  },
  vague: { words: { decenas: 10, docenas: 12, centenares: 100, cientos: 100, miles: 1e3, millares: 1e3, millones: 1e6 }, links: ['de'], before: [], after: [] },
  orWords: ['o', 'u'],
  boundJoiners: ['y', 'e', 'pero', ','],
  // "30+": a plus sign glued after a number makes it a lower bound.
  boundsAfter: { '+': { side: 'low', inclusive: true },
    'o más': lowIn, 'o mas': lowIn, 'o menos': highIn, 'por lo menos': lowIn, 'como máximo': highIn,
    'como mínimo': lowIn, 'o mayor': lowIn, 'o igual': equal,
  },
  months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre',
    'octubre', 'noviembre', 'diciembre'],
  yearBefore: ['en', 'de', 'del', 'desde', 'año', 'hasta', 'entre', 'el año'],
  dateAfter: [],
  yearAfter: [],
  codeBefore: ['nº', 'n.º', 'número', 'versión', 'modelo', 'uran'],
  ordinalBefore: [],
  codeAfter: [],
  fractionOfLinks: ['de', 'de un'],
  ordinalSuffixes: ['º', 'ª', '.º', '.ª', 'er', 'ra', 'do', 'da', 'to', 'ta', 'vo', 'va', 'no', 'na', 'mo', 'ma'],
  notNumbers: [
    // Idioms with a number that counts nothing ("a tres bandas": a carom, three-sided).
    'a dos bandas', 'a tres bandas', 'a cuatro manos', 'a dos aguas', 'de dos en dos', 'a cuatro patas', 'a dos velocidades',
    'más o menos', 'un poco', 'una vez que', 'el uno al otro', 'cada uno', 'cada una', 'alguno',
    'ninguno', 'uno de', 'una de', 'un día', 'uno mismo'],
};
