/**
 * Entities that name extraction recognises by their written forms in each language: countries (ISO 3166 alpha-2
 * codes, from i18n-iso-countries), and the capitals, institutions and agencies listed here. A capital or an
 * institution also stands for its country ("Pyongyang said", "the Kremlin said"), so it yields both keys.
 */
export const ENTITY_LABELS: Readonly<Record<string, string>> = {
  'RU-CAPITAL': 'Moscow', 'KP-CAPITAL': 'Pyongyang', 'KR-CAPITAL': 'Seoul', 'CN-CAPITAL': 'Beijing',
  'US-CAPITAL': 'Washington', 'UA-CAPITAL': 'Kyiv', 'GB-CAPITAL': 'London', 'FR-CAPITAL': 'Paris',
  'DE-CAPITAL': 'Berlin', 'JP-CAPITAL': 'Tokyo', 'VN-CAPITAL': 'Hanoi', 'IR-CAPITAL': 'Tehran',
  'TR-CAPITAL': 'Ankara', 'IN-CAPITAL': 'New Delhi', 'BR-CAPITAL': 'Brasília', 'PT-CAPITAL': 'Lisbon',
  'ES-CAPITAL': 'Madrid', 'IT-CAPITAL': 'Rome', 'PL-CAPITAL': 'Warsaw', 'BY-CAPITAL': 'Minsk',
  'SY-CAPITAL': 'Damascus', 'TW-CAPITAL': 'Taipei', 'EG-CAPITAL': 'Cairo',
  KREMLIN: 'the Kremlin', 'WHITE-HOUSE': 'the White House', PENTAGON: 'the Pentagon',
  EUROPE: 'Europe', ASIA: 'Asia', AFRICA: 'Africa',
  NATO: 'NATO', UN: 'the United Nations', EU: 'the European Union', WHO: 'the WHO', IMF: 'the IMF',
  REUTERS: 'Reuters', AP: 'AP', AFP: 'AFP', TASS: 'TASS', RIA: 'RIA Novosti', XINHUA: 'Xinhua', KCNA: 'KCNA',
  'NEW-YORK': 'New York', 'LOS-ANGELES': 'Los Angeles', SHANGHAI: 'Shanghai', WUHAN: 'Wuhan',
  GUANGZHOU: 'Guangzhou', SHENZHEN: 'Shenzhen', JERUSALEM: 'Jerusalem', GAZA: 'Gaza', 'WEST-BANK': 'the West Bank',
  CRIMEA: 'Crimea', DONBAS: 'Donbas', HCMC: 'Ho Chi Minh City', ISTANBUL: 'Istanbul', GENEVA: 'Geneva',
  BRUSSELS: 'Brussels',
  YONHAP: 'Yonhap', SPUTNIK: 'Sputnik', BBC: 'BBC', CNN: 'CNN', SU: 'the Soviet Union',
};

const PARENTS: Readonly<Record<string, string>> = {
  KREMLIN: 'RU', 'WHITE-HOUSE': 'US', PENTAGON: 'US', GAZA: 'PS', 'WEST-BANK': 'PS', HCMC: 'VN',
};

/** The entity and what it stands for: "KP-CAPITAL" -> ["KP-CAPITAL", "KP"]. */
export function entityWithParents(id: string): string[] {
  const parent = PARENTS[id] ?? (id.endsWith('-CAPITAL') ? id.slice(0, -'-CAPITAL'.length) : undefined);
  return parent ? [id, parent] : [id];
}
