import type { NumberLanguage, NumberWord } from '../number-words.ts';

const v = (value: number): NumberWord => ({ kind: 'value', value });
/** Financial forms that are also common in names and words (伍兹, 大陆): numbers only beside other numerals. */
const fin = (value: number): NumberWord => ({ kind: 'value', value, notAlone: true, formal: true });
const formal = (value: number): NumberWord => ({ kind: 'value', value, formal: true });
const scale = (value: number): NumberWord => ({ kind: 'scale', value, bare: true, notAlone: true });
/** 十, 百, 千 multiply a single digit (五千, not 五十千). */
const small = (value: number, alone = false, isFormal = false): NumberWord =>
  ({ kind: 'scale', value, bare: true, maxBase: 10, ...(alone ? {} : { notAlone: true }), ...(isFormal ? { formal: true } : {}) });
const low = { side: 'low', inclusive: false } as const;
const lowIn = { side: 'low', inclusive: true } as const;
const high = { side: 'high', inclusive: false } as const;
const highIn = { side: 'high', inclusive: true } as const;
const equal = { side: 'equal', inclusive: true } as const;

const words: Record<string, NumberWord> = {
  '零': { kind: 'value', value: 0, filler: true }, '〇': { kind: 'value', value: 0, filler: true },
  '一': { kind: 'value', value: 1, weak: true }, '壹': formal(1), '幺': v(1),
  '二': v(2), '两': { kind: 'value', value: 2, notDigit: true }, '兩': { kind: 'value', value: 2, notDigit: true }, '贰': formal(2), '貳': formal(2), '貮': formal(2),
  '三': v(3), '叁': formal(3), '參': formal(3), '叄': formal(3), '四': v(4), '肆': fin(4), '五': v(5), '伍': fin(5),
  '六': v(6), '陆': fin(6), '陸': fin(6), '七': v(7), '柒': fin(7), '八': v(8), '捌': fin(8), '九': v(9), '玖': fin(9),
  '廿': v(20), '卅': v(30), '卌': v(40),
  '十': small(10, true), '拾': { kind: 'scale', value: 10, bare: true, maxBase: 10, formal: true, needsFormal: true }, '百': small(100), '佰': small(100, false, true), '千': small(1e3), '仟': small(1e3, false, true),
  '万': scale(1e4), '萬': scale(1e4), '亿': scale(1e8), '億': scale(1e8), '兆': scale(1e12),
  '点': { kind: 'point' }, '點': { kind: 'point' },
  '负': { kind: 'minus' }, '負': { kind: 'minus' },
  '半': { kind: 'half', value: 0.5 }, '一半': v(0.5), '一半半': v(0.5), '1半': v(0.5), '半个': v(0.5), '半個': v(0.5),
  '打': { kind: 'group', value: 12 },
};

/** Chinese, simplified and traditional, with the financial forms (壹貳參) and mixed digits (1万4000). */
export const zh: NumberLanguage = {
  code: 'zh',
  decimalMark: '.',
  groupMarks: [','],
  words,
  compoundWords: false,
  bareScaleLowercaseOnly: false,
  unitBeforeTen: false,
  tensTakingTeens: [],
  tenJoinsOrdinal: false,
  joinerStartsFraction: false,
  dropLoneWeak: false,
  trailingDigitAbbreviation: true,
  loneScaleBefore: ['近', '逾', '过', '過', '破', '超', '约', '約'],
  approximateSuffixes: ['多', '余', '餘', '几', '幾', '来', '來', '数', '數'],
  digitSuffixes: { k: 1e3, K: 1e3, M: 1e6, G: 1e9 },
  percentAfter: ['%', '个百分点', '個百分點', '百分点', '百分點', '個百分点'],
  percentBefore: { '百分之': 100, '佰分之': 100, '千分之': 1e3, '万分之': 1e4, '萬分之': 1e4, '百万分之': 1e6,
    '百萬分之': 1e6, '万万分之': 1e8, '萬萬分之': 1e8, '亿分之': 1e8 },
  tenthsPercent: ['成', '折'],
  percentWords: { '对折': 50, '半成': 5, '百分之百': 100, '佰分之佰': 100 },
  fractionDenominatorFirst: ['分之', '份'],
  fractionDenominatorFirstInMixed: ['分'],
  fractionNumeratorFirst: [],
  fractionProperWords: [],
  everyShare: { open: ['每'], join: ['中就有', '中有', '就有', '之中就有', '之中有', '当中就有', '当中有', '中就會有', '中就会有'] },
  multipliers: { after: ['倍'], before: [], words: { '翻一番': 2, '翻了一番': 2, '翻两番': 4, '翻了两番': 4, '翻兩番': 4 } },
  mixedJoiners: ['又'],
  currencyBefore: {
    $: { iso: 'USD' }, 'us$': { iso: 'USD' }, '¥': { iso: 'CNY' }, '￥': { iso: 'CNY' }, '€': { iso: 'EUR' },
    '£': { iso: 'GBP' }, 'rmb': { iso: 'CNY' }, usd: { iso: 'USD' }, 'hk$': { iso: 'HKD' }, '人民币': { iso: 'CNY' },
    '人民幣': { iso: 'CNY' },
  },
  currencyAfter: {
    '元': { iso: 'CNY' }, '元人民币': { iso: 'CNY' }, '人民币': { iso: 'CNY' }, '人民幣': { iso: 'CNY' },
    '块': { iso: 'CNY' }, '塊': { iso: 'CNY' }, '块钱': { iso: 'CNY' }, '美元': { iso: 'USD' }, '美圆': { iso: 'USD' },
    '美金': { iso: 'USD' }, '欧元': { iso: 'EUR' }, '歐元': { iso: 'EUR' }, '英镑': { iso: 'GBP' }, '英鎊': { iso: 'GBP' },
    '日元': { iso: 'JPY' }, '日圆': { iso: 'JPY' }, '日圓': { iso: 'JPY' }, '港元': { iso: 'HKD' }, '港币': { iso: 'HKD' },
    '港幣': { iso: 'HKD' }, '台币': { iso: 'TWD' }, '台幣': { iso: 'TWD' }, '新台币': { iso: 'TWD' },
    '新台幣': { iso: 'TWD' }, '卢布': { iso: 'RUB' }, '盧布': { iso: 'RUB' }, '越南盾': { iso: 'VND' },
    '韩元': { iso: 'KRW' }, '韓元': { iso: 'KRW' }, '比特币': { iso: 'XBT' }, '个比特币': { iso: 'XBT' },
    '比特幣': { iso: 'XBT' }, '个比特幣': { iso: 'XBT' }, '美分': { iso: 'USD', factor: 0.01 },
  },
  unitWords: { '公里': 'km', '米': 'm', '英里': 'mi', '吨': 't', '公斤': 'kg', '升': 'l', '公顷': 'ha', '平方公里': 'km2',
    '千克': 'kg', '克': 'g', '千米': 'km', '厘米': 'cm', '毫米': 'mm', '平方米': 'm2', '立方米': 'm3', '毫升': 'ml', '英尺': 'ft',
    '海里': 'nm', '千瓦': 'kw', '千瓦时': 'kwh', '兆瓦': 'mw', '吉瓦': 'gw', '摄氏度': '°c' },
  currencyLinks: [],
  minorUnits: { '角': 0.1, '毛': 0.1, '分': 0.01, '美分': 0.01, '日本銭': 0.01, '仙': 0.01 },
  ranges: [
    { open: '', join: '至' }, { open: '', join: '到' }, { open: '', join: '-' }, { open: '', join: '–' },
    { open: '', join: '—' }, { open: '', join: '~' }, { open: '', join: '〜' }, { open: '从', join: '到' },
    { open: '从', join: '至' }, { open: '在', join: '和', close: '之间' }, { open: '在', join: '与', close: '之间' },
    { open: '', join: '与', close: '之间' }, { open: '', join: '和', close: '之间' }, { open: '介于', join: '和', close: '之间' },
    { open: '介于', join: '与', close: '之间' },
  ],
  boundsBefore: {
    '大于': low, '大於': low, '超过': low, '超過': low, '超过了': low, '多于': low, '多於': low, '高于': low, '高於': low,
    '过': low, '逾': low, '至少': lowIn, '至少有': lowIn, '不少于': lowIn, '不小于': lowIn, '不低于': lowIn,
    '大于等于': lowIn, '大于或者等于': lowIn, '大于或等于': lowIn, '≥': lowIn, '>': low, '>=': lowIn,
    '小于': high, '小於': high, '少于': high, '少於': high, '低于': high, '低於': high, '不到': high,
    '最多': highIn, '多达': highIn, '多達': highIn, '高达': highIn, '高達': highIn, '至多': highIn, '不超过': highIn, '不超過': highIn, '不大于': highIn, '不多于': highIn,
    '小于等于': highIn, '小于或者等于': highIn, '小于或等于': highIn, '≤': highIn, '<': high, '<=': highIn, '< =': highIn, '> =': lowIn,
    '等于': equal, '等於': equal, '比…大': low, '比…多': low, '比…高': low, '比…小': high, '比…少': high, '比…低': high,
  },
  vague: { words: { '成千上万': 1e3, '成千上萬': 1e3, '成百上千': 100 }, links: [], before: ['数以', '數以'], after: ['计', '計'], beforeAlone: ['数', '數', '几', '幾', '上'] },
  orWords: ['或', '或者'],
  boundJoiners: ['的同时', '同时', '并', '且', '并且', '而', ',', ''],
  // "30+": a plus sign glued after a number makes it a lower bound.
  boundsAfter: { '+': { side: 'low', inclusive: true }, '以上': low, '之上': low, '以下': high, '之下': high, '以内': highIn, '以內': highIn },
  months: [],
  yearBefore: [],
  dateAfter: ['月', '日', '号', '號', '时', '時', '世纪', '世紀'],
  yearAfter: ['年', '年度'],
  codeBefore: ['总第', '總第', '编号', '編號', '型号'],
  ordinalBefore: ['第'],
  codeAfter: ['期', '型'],
  ordinalSuffixes: [],
  notNumbers: ['几十', '幾十', '数十', '數十', '上百', '上千', '上万', '上萬', '成千上万', '成千上萬', '周一', '周二', '周三', '周四', '周五', '周六', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六',
    '礼拜一', '礼拜二', '礼拜三', '礼拜四', '礼拜五', '礼拜六', '零售', '零件', '零星', '零钱', '零食', '零散', '一切', '一些', '一起', '一直', '一定', '一样', '一樣', '一般', '一旦', '一致', '一再', '一边', '一邊',
    '一面', '一方面', '一下', '一点', '一點', '有点', '統一', '统一', '唯一', '万一', '萬一', '千万', '千萬', '十分',
    '十足', '四川', '陆地', '陸地', '大陆', '大陸', '登陆', '登陸', '着陆', '著陸', '海陆', '海陸', '放肆', '肆无忌惮',
    '肆無忌憚', '拾起', '收拾', '队伍', '隊伍', '退伍', '入伍', '两两', '兩兩', '一看', '七嘴八舌', '乱七八糟',
    '五角大楼', '五角大樓', '半岛', '半島', '一律', '一同', '一向', '一带', '一帶', '一道', '一番', '一路', '一连',
    '一時', '一时', '一阵', '一陣', '一会', '一會', '一体', '一體', '一手', '一心', '一身', '一口气', '一流', '不一',
    '一贯', '一貫', '一度', '一举', '一舉', '一系列', '进一步', '進一步', '一旁', '一侧', '一側', '独一',
    '多半', '大半', '半天', '一线', '一線', '第一时间', '三思', '九州', '万岁', '萬歲', '百姓', '千里',
    '百货', '百貨', '八卦', '五湖四海', '十字', '三角', '一味', '一下子'],
};
