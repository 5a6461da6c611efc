import countries from 'i18n-iso-countries/langs/vi.json';
import type { NameLanguage } from '../name-language.ts';

export const vi: NameLanguage = {
  code: 'vi',
  countries: countries.countries,
  notNames: [
    'bo', 'tong', 'thong', 'thu', 'tuong', 'chu', 'tich', 'dien', 'quoc', 'hoi', 'phong', 'ngoai', 'giao', 'chinh',
    'phu', 'dang', 'ong', 'ba', 'chi', 'theo', 'tai', 'trong', 'cac', 'nhung', 'mot', 'hai', 'ba', 'nguoi', 'hang',
    'bao', 'to', 'kenh', 'thong', 'tan', 'xa', 'co', 'quan', 'luc', 'luong', 'doi', 'tinh', 'thanh', 'pho', 'vung',
    'khu', 'vuc', 'mien', 'tay', 'dong', 'nam', 'bac', 'trung', 'lien', 'minh', 'hop', 'vien', 'toa', 'so', 'cuc',
    'ban', 'uy', 'ngay', 'thang', 'hom', 'sau', 'truoc', 'khi', 'va', 'voi', 'vi', 'do', 'de', 'day', 'nay',
    'ho', 'chung', 'toi', 'anh', 'nguon', 'video', 'clip', 'tin', 'the', 'gioi', 'nha', 'nuoc', 'cong', 'an',
    'bien', 'gioi', 'lanh', 'dao', 'tu', 'lenh', 'pho', 'truong', 'giam', 'doc', 'nhan', 'dan', 'su', 'tuan',
    'chu', 'nhat', 'thu', 'hien', 'ngoai', 'ra', 'tuy', 'nhien', 'neu', 'dong', 'thoi', 'ca', 'cung', 'da', 'dang',
    'se', 'van', 'con', 'chien', 'tranh', 'trieu', 'ty', 'nghin', 'ngan', 'tram', 'ngay', 'hoa', 'binh', 'moi',
  ],
  connectors: [],
  aliases: {
    'Mát-xcơ-va': '=RU-CAPITAL', Matxcơva: '=RU-CAPITAL', Moskva: '=RU-CAPITAL', 'Bình Nhưỡng': '=KP-CAPITAL',
    'Xơ-un': '=KR-CAPITAL', 'Bắc Kinh': '=CN-CAPITAL', 'Oa-sinh-tơn': '=US-CAPITAL', 'Luân Đôn': '=GB-CAPITAL',
    'Hà Nội': '=VN-CAPITAL', 'Tê-hê-ran': '=IR-CAPITAL', 'Đài Bắc': '=TW-CAPITAL',
    'Điện Kremlin': '=KREMLIN', 'Nhà Trắng': '=WHITE-HOUSE', 'Lầu Năm Góc': '=PENTAGON',
    'châu Âu': '=EUROPE', 'Châu Âu': '=EUROPE', 'châu Á': '=ASIA', 'Châu Á': '=ASIA', 'châu Phi': '=AFRICA',
    'Liên Hợp Quốc': '=UN', 'Liên hợp quốc': '=UN', LHQ: '=UN', 'Liên minh châu Âu': '=EU',
    'Tổ chức Y tế Thế giới': '=WHO', 'Quỹ Tiền tệ Quốc tế': '=IMF',
    // Chinese names in their Sino-Vietnamese reading, as Vietnamese writes them.
    'Tập Cận Bình': 'Xi Jinping', 'Lý Cường': 'Li Qiang', 'Vương Nghị': 'Wang Yi', 'Mao Trạch Đông': 'Mao Zedong',
    'Đặng Tiểu Bình': 'Deng Xiaoping', 'Hồ Cẩm Đào': 'Hu Jintao', 'Ôn Gia Bảo': 'Wen Jiabao', 'Lý Khắc Cường': 'Li Keqiang',
    'Tân Hoa Xã': '=XINHUA', 'Thông tấn xã Trung ương Triều Tiên': '=KCNA',
    'Bắc Triều Tiên': '=KP', 'CHDCND Triều Tiên': '=KP', 'Nam Triều Tiên': '=KR', 'Hoa Kỳ': '=US', Mỹ: '=US',
    Anh: '=GB', Pháp: '=FR', Đức: '=DE', 'Nhật Bản': '=JP', Nhật: '=JP', 'Ấn Độ': '=IN', 'Tây Ban Nha': '=ES',
    'Bồ Đào Nha': '=PT', Ý: '=IT', 'Ba Lan': '=PL', 'Thổ Nhĩ Kỳ': '=TR', 'Đài Loan': '=TW', Ukraina: '=UA',
    // Cities and regions in the news, each its own entity.
    'New York': '=NEW-YORK', 'Thượng Hải': '=SHANGHAI', 'Vũ Hán': '=WUHAN', 'Quảng Châu': '=GUANGZHOU',
    'Thâm Quyến': '=SHENZHEN', Jerusalem: '=JERUSALEM', Gaza: '=GAZA', 'Dải Gaza': '=GAZA', 'Bờ Tây': '=WEST-BANK',
    Crimea: '=CRIMEA', 'Bán đảo Crimea': '=CRIMEA', Donbass: '=DONBAS', Donbas: '=DONBAS',
    'Thành phố Hồ Chí Minh': '=HCMC', 'TP.HCM': '=HCMC', TPHCM: '=HCMC', 'Sài Gòn': '=HCMC', Istanbul: '=ISTANBUL',
    Geneva: '=GENEVA', 'Giơ-ne-vơ': '=GENEVA', Brussels: '=BRUSSELS',
  },
  suffixes: [],
  lookupSuffixes: [],
  abbreviations: {},
  abbreviationHeads: '',
  nounMarkers: [],
  months: [],
  nounEndings: [],
};
