import countries from 'i18n-iso-countries/langs/de.json';
import type { NameLanguage } from '../name-language.ts';

export const de: NameLanguage = {
  code: 'de',
  countries: countries.countries,
  notNames: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'und', 'oder',
    'aber', 'wenn', 'in', 'im', 'an', 'am', 'auf', 'aus', 'bei', 'mit', 'nach', 'seit', 'von', 'vom', 'zu', 'zum',
    'zur', 'fur', 'uber', 'unter', 'vor', 'wahrend', 'als', 'wie', 'was', 'wer', 'wo', 'dies', 'diese', 'dieser',
    'dieses', 'er', 'sie', 'es', 'wir', 'ihr', 'sein', 'seine', 'ihre', 'prasident', 'premierminister', 'minister',
    'ministerium', 'kanzler', 'kanzlerin', 'sprecher', 'sprecherin', 'chef', 'general', 'montag', 'dienstag',
    'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'januar', 'februar', 'marz', 'april', 'mai', 'juni',
    'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'laut', 'jedoch', 'auch', 'schon', 'nicht',
    'mehr', 'alle', 'regierung', 'armee', 'agentur', 'staat', 'nord', 'sud', 'ost', 'west', 'herr', 'frau',
    // Nouns are capitalised in German: the commonest ones in news are not names.
    'jahr', 'jahre', 'jahren', 'tag', 'tage', 'tagen', 'woche', 'monat', 'monate', 'menschen', 'land', 'lander',
    'stadt', 'teil', 'zeit', 'ende', 'angaben', 'millionen', 'milliarden', 'prozent', 'euro', 'dollar', 'polizei',
    'behorden', 'soldaten', 'truppen', 'krieg', 'grenze', 'region', 'gebiet', 'bericht', 'berichten', 'medien',
  ],
  connectors: ['von', 'van', 'der', 'den', 'de', 'zu'],
  aliases: {
    Moskau: '=RU-CAPITAL', Pjöngjang: '=KP-CAPITAL', Peking: '=CN-CAPITAL', Kiew: '=UA-CAPITAL', Tokio: '=JP-CAPITAL',
    Teheran: '=IR-CAPITAL', 'Neu-Delhi': '=IN-CAPITAL', Lissabon: '=PT-CAPITAL', Rom: '=IT-CAPITAL',
    Warschau: '=PL-CAPITAL', Damaskus: '=SY-CAPITAL', Kairo: '=EG-CAPITAL',
    Kreml: '=KREMLIN', 'Weißes Haus': '=WHITE-HOUSE', 'Weißen Haus': '=WHITE-HOUSE', Europa: '=EUROPE', Asien: '=ASIA',
    Afrika: '=AFRICA', UNO: '=UN', 'Vereinte Nationen': '=UN', 'Vereinten Nationen': '=UN',
    'Europäische Union': '=EU', 'Europäischen Union': '=EU', 'Weltgesundheitsorganisation': '=WHO', IWF: '=IMF',
    Großbritannien: '=GB',
    russisch: '=RU', Russe: '=RU', Russen: '=RU', ukrainisch: '=UA', Ukrainer: '=UA', nordkoreanisch: '=KP',
    Nordkoreaner: '=KP', südkoreanisch: '=KR', amerikanisch: '=US', 'US-amerikanisch': '=US', Amerikaner: '=US',
    chinesisch: '=CN', Chinesen: '=CN', britisch: '=GB', Briten: '=GB', französisch: '=FR', Franzosen: '=FR',
    deutsch: '=DE', japanisch: '=JP', europäisch: '=EUROPE', Europäer: '=EUROPE', sowjetisch: '=SU',
    Sowjetunion: '=SU',
    // Cities and regions in the news, each its own entity.
    'New York': '=NEW-YORK', Schanghai: '=SHANGHAI', Kanton: '=GUANGZHOU', Jerusalem: '=JERUSALEM', Gaza: '=GAZA',
    Gazastreifen: '=GAZA', Westjordanland: '=WEST-BANK', Krim: '=CRIMEA', Donbass: '=DONBAS',
    'Ho-Chi-Minh-Stadt': '=HCMC', Istanbul: '=ISTANBUL', Genf: '=GENEVA', 'Brüssel': '=BRUSSELS',
  },
  suffixes: [],
  lookupSuffixes: ['s', 'es', 'e', 'en', 'er', 'em', 'n'],
  abbreviations: {},
  abbreviationHeads: '',
  nounMarkers: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'zum', 'zur',
    'im', 'am', 'vom', 'beim', 'kein', 'keine', 'jede', 'jeder', 'alle', 'viele', 'mehrere', 'einige', 'seine',
    'ihre', 'unsere', 'diese', 'dieser', 'diesem', 'diesen',
  ],
  months: [['januar', 'jan'], ['februar', 'feb'], ['marz'], ['april', 'apr'], ['mai'], ['juni'], ['juli'], ['august', 'aug'], ['september', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  nounEndings: [
    'ung', 'ungen', 'keit', 'keiten', 'heit', 'heiten', 'schaft', 'schaften', 'tion', 'tionen', 'tat', 'taten',
    'nis', 'nisse', 'ismus', 'chen', 'ment', 'mente', 'ende', 'enden', 'zeit', 'tag', 'tage',
    'jahr', 'jahre', 'land', 'punkt', 'punkte', 'punkten', 'spiel', 'spiele', 'sieg', 'siege', 'siegen', 'halter',
  ],
};
