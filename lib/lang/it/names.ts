import countries from 'i18n-iso-countries/langs/it.json';
import { foldLatin } from '../fold-latin.ts';
import type { NameLanguage } from '../name-language.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from './cldr.ts';

const months = MONTH_NAMES.map((m) => [foldLatin(m)]);

export const it: NameLanguage = {
  code: 'it',
  countries: countries.countries,
  notNames: [
    'il', 'lo', 'la', 'i', 'gli', 'le', 'l', 'un', 'uno', 'una', 'e', 'ed', 'o', 'ma', 'se', 'in', 'di', 'del', 'della',
    'dei', 'degli', 'delle', 'dell', 'a', 'al', 'alla', 'ai', 'agli', 'alle', 'all', 'da', 'dal', 'dalla', 'dai',
    'dagli', 'dalle', 'dall', 'nel', 'nella', 'nei', 'negli', 'nelle', 'nell', 'sul', 'sulla', 'sui', 'sugli',
    'sulle', 'sull', 'per', 'con', 'tra', 'fra', 'su', 'senza', 'dopo', 'prima', 'durante', 'mentre', 'quando',
    'dove', 'che', 'chi', 'come', 'questo', 'questa', 'questi', 'queste', 'quel', 'quello', 'quella', 'quelli',
    'quelle', 'lui', 'lei', 'loro', 'noi', 'voi', 'io', 'suo', 'sua', 'suoi', 'sue', 'non', 'anche', 'gia', 'piu',
    'tutti', 'tutte', 'ecco', 'intanto', 'oggi', 'ieri', 'domani', 'secondo', 'pero', 'inoltre', 'infatti',
    'presidente', 'premier', 'primo', 'ministro', 'ministero', 'segretario', 'generale', 'portavoce', 'leader',
    'capo', 'colonnello', 'rais', 'governo', 'esercito', 'forze', 'consiglio', 'agenzia', 'stato', 'dipartimento',
    'difesa', 'nord', 'sud', 'est', 'ovest', 'centrale', 'nazionale', 'federale', 'signor', 'signora', 'sig',
    'dott', 'on', ...WEEKDAY_NAMES.map(foldLatin), ...months.flat(),
  ],
  connectors: ['di', 'del', 'della', 'dei', 'degli', 'delle', 'e'],
  aliases: {
    Mosca: '=RU-CAPITAL', Seul: '=KR-CAPITAL', Pechino: '=CN-CAPITAL', Londra: '=GB-CAPITAL', Parigi: '=FR-CAPITAL',
    Berlino: '=DE-CAPITAL', Tokyo: '=JP-CAPITAL', Hanoi: '=VN-CAPITAL', Teheran: '=IR-CAPITAL',
    'Nuova Delhi': '=IN-CAPITAL', Lisbona: '=PT-CAPITAL', Varsavia: '=PL-CAPITAL', Damasco: '=SY-CAPITAL',
    'Il Cairo': '=EG-CAPITAL', Cairo: '=EG-CAPITAL', Tripoli: '=LY-CAPITAL',
    'Casa Bianca': '=WHITE-HOUSE', Pentagono: '=PENTAGON', Cremlino: '=KREMLIN', Europa: '=EUROPE', Asia: '=ASIA',
    Africa: '=AFRICA', NATO: '=NATO', Nato: '=NATO', ONU: '=UN', Onu: '=UN', 'Nazioni Unite': '=UN',
    'Unione Europea': '=EU', UE: '=EU', Ue: '=EU', 'Organizzazione Mondiale della Sanità': '=WHO', OMS: '=WHO',
    Oms: '=WHO', 'Fondo Monetario Internazionale': '=IMF', FMI: '=IMF', Fmi: '=IMF',
    'Stati Uniti': '=US', USA: '=US', Usa: '=US', 'Gran Bretagna': '=GB',
    russo: '=RU', russa: '=RU', russi: '=RU', ucraino: '=UA', ucraina: '=UA', ucraini: '=UA', nordcoreano: '=KP',
    nordcoreana: '=KP', nordcoreani: '=KP', sudcoreano: '=KR', sudcoreana: '=KR', sudcoreani: '=KR',
    americano: '=US', americana: '=US', americani: '=US', statunitense: '=US', statunitensi: '=US', cinese: '=CN',
    cinesi: '=CN', britannico: '=GB', britannica: '=GB', britannici: '=GB', francese: '=FR', francesi: '=FR',
    tedesco: '=DE', tedesca: '=DE', tedeschi: '=DE', giapponese: '=JP', giapponesi: '=JP', italiano: '=IT',
    italiana: '=IT', italiani: '=IT', egiziano: '=EG', egiziana: '=EG', egiziani: '=EG', libico: '=LY',
    libica: '=LY', libici: '=LY', siriano: '=SY', siriana: '=SY', siriani: '=SY', europeo: '=EUROPE',
    europea: '=EUROPE', europei: '=EUROPE', sovietico: '=SU', 'Unione Sovietica': '=SU',
    // Cities and regions in the news, each its own entity.
    'New York': '=NEW-YORK', Shanghai: '=SHANGHAI', Canton: '=GUANGZHOU', Gerusalemme: '=JERUSALEM', Gaza: '=GAZA',
    Cisgiordania: '=WEST-BANK', Crimea: '=CRIMEA', Donbass: '=DONBAS', 'Città di Ho Chi Minh': '=HCMC',
    Istanbul: '=ISTANBUL', Ginevra: '=GENEVA', Bruxelles: '=BRUSSELS',
  },
  suffixes: [],
  lookupSuffixes: [],
  abbreviations: {},
  abbreviationHeads: '',
  nounMarkers: [],
  months,
  nounEndings: [],
};
