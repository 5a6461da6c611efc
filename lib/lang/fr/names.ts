import countries from 'i18n-iso-countries/langs/fr.json';
import type { NameLanguage } from '../name-language.ts';

export const fr: NameLanguage = {
  code: 'fr',
  countries: countries.countries,
  notNames: [
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'et', 'ou', 'mais', 'si', 'en', 'dans', 'de', 'du', 'd', 'au', 'aux',
    'par', 'pour', 'avec', 'sans', 'sur', 'apres', 'avant', 'pendant', 'depuis', 'jusqu', 'quand', 'ou', 'que', 'qui',
    'comme', 'ce', 'cet', 'cette', 'ces', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'on', 'son', 'sa', 'ses',
    'leur', 'leurs', 'president', 'premier', 'ministre', 'ministere', 'secretaire', 'general', 'porte', 'parole',
    'chef', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'fevrier', 'mars',
    'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'selon', 'cependant',
    'aussi', 'deja', 'ne', 'pas', 'plus', 'tous', 'gouvernement', 'forces', 'armee', 'conseil', 'agence', 'etat',
    'defense', 'nord', 'sud', 'est', 'ouest', 'central', 'national', 'federal', 'monsieur', 'madame', 'm', 'mme',
  ],
  connectors: ['de', 'du', 'des', 'la', 'le', 'et'],
  aliases: {
    Moscou: '=RU-CAPITAL', Séoul: '=KR-CAPITAL', Pékin: '=CN-CAPITAL', Londres: '=GB-CAPITAL', Berlin: '=DE-CAPITAL',
    Hanoï: '=VN-CAPITAL', Téhéran: '=IR-CAPITAL', 'New Delhi': '=IN-CAPITAL', Lisbonne: '=PT-CAPITAL',
    Varsovie: '=PL-CAPITAL', Damas: '=SY-CAPITAL', 'Le Caire': '=EG-CAPITAL',
    'Maison Blanche': '=WHITE-HOUSE', 'Maison-Blanche': '=WHITE-HOUSE', Pentagone: '=PENTAGON', Europe: '=EUROPE',
    Asie: '=ASIA', Afrique: '=AFRICA', OTAN: '=NATO', Otan: '=NATO', ONU: '=UN', 'Nations unies': '=UN',
    'Union européenne': '=EU', UE: '=EU', 'Organisation mondiale de la santé': '=WHO', OMS: '=WHO', FMI: '=IMF',
    'Grande-Bretagne': '=GB',
    russe: '=RU', ukrainien: '=UA', ukrainienne: '=UA', 'nord-coréen': '=KP', 'nord-coréenne': '=KP',
    'sud-coréen': '=KR', 'sud-coréenne': '=KR', américain: '=US', américaine: '=US', chinois: '=CN',
    chinoise: '=CN', britannique: '=GB', français: '=FR', française: '=FR', allemand: '=DE', allemande: '=DE',
    japonais: '=JP', japonaise: '=JP', européen: '=EUROPE', européenne: '=EUROPE', soviétique: '=SU',
    'Union soviétique': '=SU',
    // Cities and regions in the news, each its own entity.
    'New York': '=NEW-YORK', Shanghai: '=SHANGHAI', Canton: '=GUANGZHOU', 'Jérusalem': '=JERUSALEM', Gaza: '=GAZA',
    Cisjordanie: '=WEST-BANK', 'Crimée': '=CRIMEA', Donbass: '=DONBAS', 'Hô Chi Minh-Ville': '=HCMC',
    Istanbul: '=ISTANBUL', 'Genève': '=GENEVA', Bruxelles: '=BRUSSELS',
  },
  suffixes: [],
  lookupSuffixes: ['s', 'es'],
  abbreviations: {},
  abbreviationHeads: '',
  nounMarkers: [],
  months: [['janvier'], ['fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['aout'], ['septembre'], ['octobre'], ['novembre'], ['decembre']],
  nounEndings: [],
};
