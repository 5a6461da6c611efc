import countries from 'i18n-iso-countries/langs/zh.json';
import type { NameLanguage } from '../name-language.ts';

export const zh: NameLanguage = {
  code: 'zh',
  countries: countries.countries,
  // Runs of transcription characters that are ordinary words.
  notNames: [
    '多达', '东西', '西南', '东南', '西北', '东北', '南北', '东西方', '马上', '万多', '多万', '利亚', '尔后', '比比',
    '多多', '安全', '巴士', '沙发', '克隆', '基本', '高达', '达成', '罗列', '塔利', '本地', '本土', '布局', '加利',
  ],
  connectors: [],
  aliases: {
    莫斯科: '=RU-CAPITAL', 平壤: '=KP-CAPITAL', 首尔: '=KR-CAPITAL', 汉城: '=KR-CAPITAL', 北京: '=CN-CAPITAL',
    华盛顿: '=US-CAPITAL', 基辅: '=UA-CAPITAL', 伦敦: '=GB-CAPITAL', 巴黎: '=FR-CAPITAL', 柏林: '=DE-CAPITAL',
    东京: '=JP-CAPITAL', 河内: '=VN-CAPITAL', 德黑兰: '=IR-CAPITAL', 安卡拉: '=TR-CAPITAL', 新德里: '=IN-CAPITAL',
    巴西利亚: '=BR-CAPITAL', 里斯本: '=PT-CAPITAL', 马德里: '=ES-CAPITAL', 罗马: '=IT-CAPITAL', 华沙: '=PL-CAPITAL',
    明斯克: '=BY-CAPITAL', 大马士革: '=SY-CAPITAL', 台北: '=TW-CAPITAL', 开罗: '=EG-CAPITAL',
    克里姆林宫: '=KREMLIN', 白宫: '=WHITE-HOUSE', 五角大楼: '=PENTAGON', 欧洲: '=EUROPE', 亚洲: '=ASIA', 非洲: '=AFRICA',
    北约: '=NATO', 北大西洋公约组织: '=NATO', 联合国: '=UN', 欧盟: '=EU', 欧洲联盟: '=EU', 世界卫生组织: '=WHO',
    世卫组织: '=WHO', 国际货币基金组织: '=IMF',
    路透社: '=REUTERS', 路透: '=REUTERS', 美联社: '=AP', 法新社: '=AFP', 塔斯社: '=TASS', 俄新社: '=RIA',
    俄罗斯卫星通讯社: '=SPUTNIK', 卫星通讯社: '=SPUTNIK', 新华社: '=XINHUA', 朝中社: '=KCNA', 韩联社: '=YONHAP',
    英国广播公司: '=BBC', 美国有线电视新闻网: '=CNN',
    北韩: '=KP', 南韩: '=KR', 美利坚合众国: '=US', 苏联: '=SU', 台湾: '=TW',
    普京: 'Putin', 特朗普: 'Trump', 川普: 'Trump', 拜登: 'Biden', 奥巴马: 'Obama', 金正恩: 'Kim Jong Un',
    金正日: 'Kim Jong Il', 习近平: 'Xi Jinping', 李强: 'Li Qiang', 王毅: 'Wang Yi', 尹锡悦: 'Yoon Suk Yeol',
    文在寅: 'Moon Jae-in', 李在明: 'Lee Jae-myung', 岸田文雄: 'Kishida', 石破茂: 'Ishiba', 安倍晋三: 'Abe',
    毛泽东: 'Mao Zedong', 邓小平: 'Deng Xiaoping', 胡锦涛: 'Hu Jintao', 温家宝: 'Wen Jiabao', 李克强: 'Li Keqiang',
    金与正: 'Kim Yo Jong', 崔善姬: 'Choe Son Hui', 高市早苗: 'Takaichi', 苏林: 'Tô Lâm', 范明政: 'Phạm Minh Chính',
    梁强: 'Lương Cường', 胡志明: 'Hồ Chí Minh', 默克尔: 'Merkel', 马克龙: 'Macron', 约翰逊: 'Johnson', 特蕾莎·梅: 'Theresa May', 梅德韦杰夫: 'Medvedev',
    // Cities and regions in the news, each its own entity.
    '纽约': '=NEW-YORK', '洛杉矶': '=LOS-ANGELES', '上海': '=SHANGHAI', '武汉': '=WUHAN', '广州': '=GUANGZHOU',
    '深圳': '=SHENZHEN', '耶路撒冷': '=JERUSALEM', '加沙': '=GAZA', '约旦河西岸': '=WEST-BANK', '克里米亚': '=CRIMEA',
    '顿巴斯': '=DONBAS', '胡志明市': '=HCMC', '西贡': '=HCMC', '伊斯坦布尔': '=ISTANBUL', '日内瓦': '=GENEVA', '布鲁塞尔': '=BRUSSELS',
  },
  suffixes: [],
  lookupSuffixes: [],
  abbreviations: {
    俄: '=RU', 乌: '=UA', 美: '=US', 中: '=CN', 朝: '=KP', 韩: '=KR', 日: '=JP', 英: '=GB', 法: '=FR', 德: '=DE',
    越: '=VN', 印: '=IN', 土: '=TR', 欧: '=EUROPE',
  },
  abbreviationHeads: '军方媒籍裔企舰机',
  nounMarkers: [],
  months: [],
  nounEndings: [],
};
