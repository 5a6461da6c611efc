import type { NumberLanguage, NumberWord } from '../number-words.ts';

const v = (value: number): NumberWord => ({ kind: 'value', value });
const inner = (value: number): NumberWord => ({ kind: 'value', value, inner: true });
const scale = (value: number, bare = true): NumberWord => ({ kind: 'scale', value, bare });
/** triệu, tỷ: 1× before more of a number (triệu rưỡi), never a number alone (tỷ số is a score). */
const big = (value: number): NumberWord => ({ kind: 'scale', value, bare: true, notAlone: true });
const low = { side: 'low', inclusive: false } as const;
const lowIn = { side: 'low', inclusive: true } as const;
const high = { side: 'high', inclusive: false } as const;
const highIn = { side: 'high', inclusive: true } as const;

/** Vietnamese. Tones and vowel marks are kept: "năm" is five (and year), "nam" is south. */
export const vi: NumberLanguage = {
  code: 'vi',
  decimalMark: ',',
  groupMarks: ['.'],
  words: {
    'không': inner(0), 'một': { kind: 'value', value: 1, weak: true }, 'mốt': inner(1), hai: v(2), ba: v(3),
    'bốn': v(4), 'tư': inner(4), 'năm': { kind: 'value', value: 5, weak: true, notAfterTen: true }, 'lăm': inner(5), 'nhăm': inner(5),
    'sáu': v(6), 'bảy': v(7), 'bẩy': v(7), 'tám': v(8), 'chín': v(9), 'mười': v(10), 'mươi': scale(10, false),
    'chục': scale(10, false), 'trăm': scale(100), 'nghìn': scale(1e3), 'ngàn': scale(1e3), 'vạn': scale(1e4),
    'triệu': big(1e6), 'tỷ': big(1e9), 'tỉ': big(1e9), 'nghìn tỷ': scale(1e12), 'ngàn tỷ': scale(1e12),
    linh: { kind: 'joiner' }, 'lẻ': { kind: 'joiner' }, 'và': { kind: 'joiner' },
    'phẩy': { kind: 'point' }, 'chấm': { kind: 'point' },
    'âm': { kind: 'minus' }, 'trừ': { kind: 'minus', weak: true },
    'rưỡi': { kind: 'half', value: 0.5 }, 'rưởi': { kind: 'half', value: 0.5 }, 'nửa': { kind: 'half', value: 0.5 },
    'một nửa': v(0.5),
    'tá': { kind: 'group', value: 12 },
  },
  compoundWords: false,
  bareScaleLowercaseOnly: false,
  unitBeforeTen: false,
  tensTakingTeens: [],
  tenJoinsOrdinal: false,
  joinerStartsFraction: false,
  dropLoneWeak: false,
  trailingDigitAbbreviation: false,
  approximateSuffixes: [],
  digitSuffixes: { k: 1e3, K: 1e3, M: 1e6, G: 1e9, tr: 1e6, 'tỷ': 1e9, 'tỉ': 1e9 },
  percentAfter: ['%', 'phần trăm'],
  percentBefore: {},
  tenthsPercent: [],
  percentWords: {},
  fractionDenominatorFirst: [],
  fractionDenominatorFirstInMixed: [],
  fractionNumeratorFirst: ['phần'],
  fractionProperWords: [],
  everyShare: { open: ['cứ'], join: ['thì có', 'có', 'lại có', 'thì lại có', 'sẽ có', 'thì sẽ có'] },
  multipliers: { after: ['lần'], before: ['gấp'], words: { 'gấp đôi': 2 } },
  mixedJoiners: ['và'],
  currencyBefore: {
    $: { iso: 'USD' }, usd: { iso: 'USD' }, 'us$': { iso: 'USD' }, '€': { iso: 'EUR' }, eur: { iso: 'EUR' },
    '£': { iso: 'GBP' }, gbp: { iso: 'GBP' }, vnd: { iso: 'VND' }, 'vnđ': { iso: 'VND' }, 'vn$': { iso: 'VND' },
    'rs.': { iso: 'INR' }, rs: { iso: 'INR' }, inr: { iso: 'INR' }, '₫': { iso: 'VND' }, '¥': { iso: 'JPY' },
    aed: { iso: 'AED' },
  },
  currencyAfter: {
    'đồng': { iso: 'VND' }, vnd: { iso: 'VND' }, 'vnđ': { iso: 'VND' }, 'đ': { iso: 'VND' }, '₫': { iso: 'VND' },
    $: { iso: 'USD' }, 'đô la': { iso: 'USD' }, 'đô-la': { iso: 'USD' }, 'đôla': { iso: 'USD' }, 'đô': { iso: 'USD' },
    'đô la mỹ': { iso: 'USD' }, 'đô mỹ': { iso: 'USD' }, 'usd': { iso: 'USD' }, 'euro': { iso: 'EUR' },
    'euros': { iso: 'EUR' }, '€': { iso: 'EUR' }, eur: { iso: 'EUR' }, 'bảng anh': { iso: 'GBP' },
    'bảng': { iso: 'GBP' }, pounds: { iso: 'GBP' }, pound: { iso: 'GBP' }, '£': { iso: 'GBP' },
    rupees: { iso: 'INR' }, rupee: { iso: 'INR' }, rs: { iso: 'INR' }, dirham: { iso: 'AED' }, aed: { iso: 'AED' },
    'yên': { iso: 'JPY' }, 'yên nhật': { iso: 'JPY' }, 'nhân dân tệ': { iso: 'CNY' }, 'tệ': { iso: 'CNY' },
    'rúp': { iso: 'RUB' }, 'won': { iso: 'KRW' }, 'xen': { factor: 0.01 }, 'xu': { factor: 0.01 }, cent: { factor: 0.01 },
    cents: { factor: 0.01 },
  },
  unitWords: {
    'ki-lô-mét': 'km', 'cây số': 'km', 'mét': 'm', 'dặm': 'mi', 'tấn': 't', 'ki-lô-gam': 'kg', 'lít': 'l',
    'héc-ta': 'ha', 'hecta': 'ha',
  },
  currencyLinks: [],
  minorUnits: { xen: 0.01, xu: 0.01, cent: 0.01, cents: 0.01 },
  ranges: [
    { open: 'từ', join: 'đến' }, { open: 'từ', join: 'tới' }, { open: 'từ', join: '-' }, { open: 'giữa', join: 'và' },
    { open: '', join: 'đến' }, { open: '', join: 'tới' }, { open: '', join: '-' }, { open: '', join: '–' },
    { open: '', join: '—' },
  ],
  boundsBefore: {
    'bằng': { side: 'equal', inclusive: true }, 'hơn': low, 'trên': low, 'nhiều hơn': low, 'cao hơn': low, 'vượt quá': low, 'vượt': low, 'quá': low,
    'ít nhất': lowIn, 'tối thiểu': lowIn, 'không ít hơn': lowIn, 'không dưới': lowIn,
    'dưới': high, 'ít hơn': high, 'kém hơn': high, 'thấp hơn': high, 'chưa tới': high, 'chưa đến': high,
    'không tới': highIn, 'không đến': highIn, 'không cao hơn': highIn, 'không hơn': highIn, 'không quá': highIn,
    'tối đa': highIn, 'nhiều nhất': highIn, 'lên tới': highIn, 'lên đến': highIn, 'tới': highIn,
    'từ … trở xuống': highIn, 'từ … trở lên': lowIn,
  },
  vague: { words: {}, links: [], before: ['hàng'], after: [], beforeAlone: ['vài', 'mấy', 'dăm'] },
  orWords: ['hoặc'],
  boundJoiners: ['và', 'nhưng', ','],
  // "30+": a plus sign glued after a number makes it a lower bound.
  boundsAfter: { '+': { side: 'low', inclusive: true }, 'trở lên': lowIn, 'trở xuống': highIn, 'trở lại': highIn },
  months: ['tháng', 'ngày'],
  yearBefore: ['năm', 'từ năm', 'cuối năm', 'đầu năm', 'giữa năm'],
  dateAfter: ['giờ', 'tháng'],
  yearAfter: [],
  codeBefore: ['số hiệu', 'mã', 'phiên bản', 'số báo danh', 'hiệu', 'uran', 'kỳ', 'quyển', 'khoản', 'điều', 'chương'],
  ordinalBefore: ['thứ'],
  codeAfter: [],
  ordinalSuffixes: [],
  notNumbers: ['tỷ số', 'tỉ số', 'tỷ lệ', 'tỉ lệ', 'tỷ giá', 'tỉ giá', 'tỷ phú', 'tỉ phú', 'triệu phú', 'xu hướng',
    'xu thế', 'vài trăm', 'vài nghìn', 'vài ngàn', 'vài triệu', 'mấy trăm', 'mấy nghìn', 'mấy ngàn', 'hàng ngàn', 'hàng nghìn', 'hàng trăm', 'hàng chục', 'hàng triệu', 'hàng tỷ', 'hàng vạn', 'một số', 'một cách', 'một chút', 'một mình', 'một khi', 'một vài', 'một loạt', 'một phần',
    'năm nay', 'năm ngoái', 'năm qua', 'năm tới', 'năm sau', 'năm trước', 'hàng năm', 'nhiều năm', 'mỗi năm',
    'cả năm', 'các năm', 'những năm', 'năm đó', 'năm này', 'năm ấy', 'quanh năm', 'ba lan', 'ba tư', 'chín chắn',
    'tư lệnh', 'tư pháp', 'tư nhân', 'tư vấn', 'tư cách', 'tư tưởng', 'tư liệu', 'tư duy', 'đầu tư', 'tư bản',
    'riêng tư', 'thứ tư', 'mười phân', 'ba má', 'hai bên', 'cả hai', 'thứ hai', 'thứ ba', 'thứ năm', 'thứ sáu',
    'thứ bảy', 'thứ nhất', 'một trong những', 'tám chuyện', 'bảy nổi ba chìm'],
};
