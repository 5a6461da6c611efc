import type { NumberLanguage, NumberWord } from '../number-words.ts';
import { v, scale, plural, den, low, lowIn, high, highIn, equal } from '../number-word-parts.ts';

const cden = (value: number): NumberWord => ({ kind: 'denominator', value, compoundOnly: true });

const words: Record<string, NumberWord> = {
  'zéro': v(0), zero: v(0), un: { kind: 'value', value: 1, weak: true }, une: { kind: 'value', value: 1, weak: true },
  deux: v(2), trois: v(3), quatre: v(4), cinq: v(5), six: v(6), sept: v(7), huit: v(8), neuf: v(9), dix: v(10),
  onze: v(11), douze: v(12), treize: v(13), quatorze: v(14), quinze: v(15), seize: v(16), vingt: v(20),
  vingts: v(20), trente: v(30), quarante: v(40), cinquante: v(50), soixante: v(60), septante: v(70),
  huitante: v(80), octante: v(80), nonante: v(90), 'quatre vingt': v(80), 'quatre vingts': v(80),
  cent: scale(100), cents: { kind: 'scale', value: 100, afterWords: true }, mille: scale(1e3), mil: scale(1e3), millier: scale(1e3),
  milliers: { kind: 'scale', value: 1e3 }, million: scale(1e6), millions: plural(1e6), milliard: scale(1e9),
  milliards: plural(1e9), billion: scale(1e12), billions: plural(1e12), crore: scale(1e7), lakh: scale(1e5),
  et: { kind: 'joiner' },
  virgule: { kind: 'point' },
  moins: { kind: 'minus', weak: true }, soustraire: { kind: 'minus' }, 'négatif': { kind: 'minus' }, 'négative': { kind: 'minus' }, negatif: { kind: 'minus' },
  demi: { kind: 'half', value: 0.5 }, demie: { kind: 'half', value: 0.5 }, 'moitié': v(0.5),
  douzaine: { kind: 'group', value: 12 }, douzaines: { kind: 'group', value: 12 },
  demis: den(2), tiers: den(3), quart: den(4), quarts: den(4),
  'unième': cden(1), unieme: cden(1), 'deuxième': cden(2), deuxieme: cden(2), 'troisième': cden(3),
  troisieme: cden(3), 'quatrième': cden(4), quatrieme: cden(4), 'cinquième': den(5), cinquieme: den(5), 'cinquièmes': den(5),
  cinquiemes: den(5), 'sixième': den(6), sixieme: den(6), 'sixièmes': den(6), 'septième': den(7),
  'septièmes': den(7), 'huitième': den(8), huitieme: den(8), 'huitièmes': den(8), huitiemes: den(8),
  'neuvième': den(9), 'neuvièmes': den(9), 'dixième': den(10), 'dixièmes': den(10),
  'centième': den(100, true), 'centièmes': den(100, true), centieme: den(100, true), centiemes: den(100, true),
  'millième': den(1e3, true), 'millièmes': den(1e3, true), 'millionième': den(1e6, true),
  'millionièmes': den(1e6, true), 'milliardième': den(1e9, true), 'billionième': den(1e12, true),
  billionieme: den(1e12, true), 'billionièmes': den(1e12, true),
  // Collective numerals: "une dizaine" is 10, "une vingtaine" 20, "deux centaines" 200; none is a number alone
  // ("en quarantaine"), and the plurals alone are vague ("des dizaines de morts").
  dizaine: plural(10), dizaines: plural(10), centaine: plural(100), centaines: plural(100), vingtaine: plural(20),
  trentaine: plural(30), quarantaine: plural(40), cinquantaine: plural(50), soixantaine: plural(60),
  // "une dizaine de milliers", "une vingtaine de millions": a scale counted by a round count (after words only).
  'de milliers': { kind: 'scale', value: 1e3, bare: true, notAlone: true, afterWords: true },
  'de millions': { kind: 'scale', value: 1e6, bare: true, notAlone: true, afterWords: true },
  'de milliards': { kind: 'scale', value: 1e9, bare: true, notAlone: true, afterWords: true },
};

/** French (France, Belgium and Switzerland: septante, nonante). */
/** Round counts with an article: "une quinzaine" (about fifteen), "une centaine", "une vingtaine"; read as that many, the figure layer makes them approximate. */
export const APPROXIMATE_COUNTS: Readonly<Record<string, number>> = { dizaine: 10, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50, soixantaine: 60, centaine: 100 };
for (const [w, n] of Object.entries(APPROXIMATE_COUNTS)) words[w] = { kind: 'group', value: n };

export const fr: NumberLanguage = {
  code: 'fr',
  decimalMark: ',',
  groupMarks: ['.', "'"],
  words,
  compoundWords: false,
  bareScaleLowercaseOnly: false,
  unitBeforeTen: false,
  tensTakingTeens: [60, 80],
  tenJoinsOrdinal: true,
  joinerStartsFraction: true,
  dropLoneWeak: true,
  weakCountWords: ['seul', 'seule', 'seulement', 'sur'],
  trailingDigitAbbreviation: false,
  approximateSuffixes: [],
  digitSuffixes: { k: 1e3, K: 1e3, M: 1e6, G: 1e9, Md: 1e9, Mds: 1e9 },
  percentAfter: ['%', 'pour cent', 'pourcent', 'pourcents', 'pourcentage', 'pourcentages', 'points de pourcentage',
    'point de pourcentage'],
  percentBefore: {},
  tenthsPercent: [],
  percentWords: {},
  fractionDenominatorFirst: [],
  fractionDenominatorFirstInMixed: [],
  fractionNumeratorFirst: [],
  fractionProperWords: ['sur'],
  multipliers: { after: ['fois'], before: [], words: {} },
  mixedJoiners: ['et'],
  currencyBefore: {
    $: { iso: 'USD' }, 'us$': { iso: 'USD' }, 'c$': { iso: 'CAD' }, 'cad$': { iso: 'CAD' }, 'mxn$': { iso: 'MXN' },
    '€': { iso: 'EUR' }, '£': { iso: 'GBP' }, usd: { iso: 'USD' }, eur: { iso: 'EUR' },
  },
  currencyAfter: {
    $: {}, '$ c': { iso: 'CAD' }, '$ hk': { iso: 'HKD' }, '$ usd': { iso: 'USD' }, 'dollars': {}, dollar: {},
    'dollars australiens': { iso: 'AUD' }, 'dollars canadiens': { iso: 'CAD' }, 'dollars américains': { iso: 'USD' },
    usd: { iso: 'USD' }, euros: { iso: 'EUR' }, euro: { iso: 'EUR' }, eur: { iso: 'EUR' }, '€': { iso: 'EUR' },
    '£': { iso: 'GBP' }, livres: { iso: 'GBP' }, 'livres sterling': { iso: 'GBP' }, yens: { iso: 'JPY' },
    yen: { iso: 'JPY' }, yuans: { iso: 'CNY' }, francs: {}, 'francs suisses': { iso: 'CHF' }, cents: { factor: 0.01 },
    centimes: { factor: 0.01 }, pence: { iso: 'GBP', factor: 0.01 }, penny: { iso: 'GBP', factor: 0.01 },
    roupies: { iso: 'INR' }, roubles: { iso: 'RUB' }, pesewas: {}, 'mark finlandais': {}, 'florins hollandais': {},
  },
  unitWords: {
    kilomètres: 'km', kilomètre: 'km', mètres: 'm', mètre: 'm', milles: 'mi', tonnes: 't', kilogrammes: 'kg',
    kilos: 'kg', litres: 'l', hectares: 'ha', 'kilomètres carrés': 'km2', 'kilomètres par heure': 'km/h',
    'kilomètres-heure': 'km/h', gigaoctets: 'gb', 'go': 'gb', mégawatts: 'mw',
  },
  currencyLinks: ['de', "d'"],
  minorUnits: { cents: 0.01, centimes: 0.01, cent: 0.01, centime: 0.01 },
  ranges: [
    { open: 'entre', join: 'et' }, { open: 'du', join: 'au' },
    { open: '', join: 'à' }, { open: '', join: '-' }, { open: '', join: '–' },
  ],
  boundsBefore: {
    'plus de': low, "plus d'": low, 'plus que': low, 'au-delà de': low, "au-delà d'": low, 'supérieur à': low, 'supérieure à': low, 'supérieurs à': low,
    'supérieures à': low, 'au-dessus de': low, 'au moins': lowIn, 'au moins de': lowIn, 'pas moins de': lowIn,
    'supérieur ou égal à': lowIn, 'supérieure ou égale à': lowIn, 'supérieures ou égales à': lowIn,
    'au moins ou égal à': lowIn, 'plus de ou égal à': lowIn, '>': low, '>=': lowIn,
    'moins de': high, "moins d'": high, 'moins que': high, 'inférieur à': high, 'inférieure à': high,
    'inférieurs à': high, 'inférieures à': high, 'en dessous de': high, 'au-dessous de': high, "jusqu'à": highIn,
    'au plus': highIn, 'pas plus de': highIn, 'inférieur ou égal à': highIn, 'inférieure ou égale à': highIn,
    'inférieures ou égales à': highIn, 'plus petits ou égaux à': highIn, 'plus petit ou égal à': highIn, '<': high,
    '<=': highIn, 'égal à': equal, 'égale à': equal, 'égal': equal, 'égale': equal, 'égaux': equal, 'au nombre de': equal,
  },
  vague: { words: { dizaines: 10, douzaines: 12, centaines: 100, milliers: 1e3, millions: 1e6, milliards: 1e9 }, links: ['de', 'des', "d'"], before: [], after: [] },
  orWords: ['ou'],
  boundJoiners: ['et', 'mais', ','],
  // "30+": a plus sign glued after a number makes it a lower bound.
  boundsAfter: { '+': { side: 'low', inclusive: true }, 'ou plus': lowIn, 'ou moins': highIn, 'ou égal': equal },
  months: ['janvier', 'février', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre',
    'octobre', 'novembre', 'décembre', 'decembre'],
  yearBefore: ['en', 'de', 'depuis', 'année', 'an', "jusqu'en", 'avant', 'après', 'dès'],
  dateAfter: [],
  yearAfter: [],
  codeBefore: ['nº', 'n°', 'numéro', 'version', 'modèle', 'uran'],
  ordinalBefore: [],
  codeAfter: [],
  fractionOfLinks: ['de', "d'un"],
  ordinalSuffixes: ['e', 'er', 're', 'ère', 'ème', 'eme', 'nd', 'nde', 'es', 'ers', 'res', 'èmes'],
  notNumbers: [
    // Idioms with a number that counts nothing ("a tres bandas": a carom, three-sided).
    'à quatre pattes', 'à deux vitesses', 'à quatre mains', 'deux par deux', 'en deux temps trois mouvements',
    'un peu', "l'un", "l'une", 'les uns', 'chacun', 'quelqu’un', "quelqu'un", 'aucun', 'un jour'],
};
