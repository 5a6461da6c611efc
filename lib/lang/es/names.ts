import countries from 'i18n-iso-countries/langs/es.json';
import type { NameLanguage } from '../name-language.ts';

export const es: NameLanguage = {
  code: 'es',
  countries: countries.countries,
  notNames: [
    'el', 'la', 'los', 'las', 'un', 'una', 'y', 'o', 'pero', 'si', 'en', 'de', 'del', 'al', 'por', 'para', 'con',
    'sin', 'sobre', 'tras', 'antes', 'durante', 'desde', 'hasta', 'cuando', 'donde', 'que', 'quien', 'como', 'este',
    'esta', 'estos', 'estas', 'ese', 'esa', 'eso', 'esto', 'el', 'ella', 'ellos', 'ellas', 'su', 'sus',
    'presidente', 'primer', 'ministro', 'ministerio', 'secretario', 'general', 'portavoz', 'lider', 'jefe', 'lunes',
    'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'enero', 'febrero', 'marzo', 'abril', 'mayo',
    'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre', 'segun', 'sin', 'embargo',
    'tambien', 'ya', 'no', 'mas', 'todos', 'gobierno', 'fuerzas', 'ejercito', 'consejo', 'agencia', 'noticias',
    'estado', 'departamento', 'defensa', 'norte', 'sur', 'este', 'oeste', 'central', 'nacional', 'federal',
  ],
  connectors: ['de', 'del', 'la', 'y'],
  aliases: {
    Moscú: '=RU-CAPITAL', Seúl: '=KR-CAPITAL', Pekín: '=CN-CAPITAL', Londres: '=GB-CAPITAL', París: '=FR-CAPITAL',
    Berlín: '=DE-CAPITAL', Tokio: '=JP-CAPITAL', Hanói: '=VN-CAPITAL', Teherán: '=IR-CAPITAL',
    'Nueva Delhi': '=IN-CAPITAL', Lisboa: '=PT-CAPITAL', Roma: '=IT-CAPITAL', Varsovia: '=PL-CAPITAL',
    Damasco: '=SY-CAPITAL', 'El Cairo': '=EG-CAPITAL',
    'Casa Blanca': '=WHITE-HOUSE', Pentágono: '=PENTAGON', Europa: '=EUROPE', Asia: '=ASIA', África: '=AFRICA',
    OTAN: '=NATO', ONU: '=UN', 'Naciones Unidas': '=UN', 'Unión Europea': '=EU', UE: '=EU',
    'Organización Mundial de la Salud': '=WHO', OMS: '=WHO', FMI: '=IMF',
    EEUU: '=US', 'EE UU': '=US', 'Gran Bretaña': '=GB',
    ruso: '=RU', rusa: '=RU', ucraniano: '=UA', ucraniana: '=UA', norcoreano: '=KP', norcoreana: '=KP',
    surcoreano: '=KR', surcoreana: '=KR', estadounidense: '=US', chino: '=CN', británico: '=GB', británica: '=GB',
    francés: '=FR', francesa: '=FR', alemán: '=DE', alemana: '=DE', japonés: '=JP', japonesa: '=JP',
    europeo: '=EUROPE', europea: '=EUROPE', soviético: '=SU', 'Unión Soviética': '=SU',
    // Cities and regions in the news, each its own entity.
    'Nueva York': '=NEW-YORK', 'Shanghái': '=SHANGHAI', 'Cantón': '=GUANGZHOU', 'Jerusalén': '=JERUSALEM',
    Gaza: '=GAZA', Cisjordania: '=WEST-BANK', Crimea: '=CRIMEA', 'Donbás': '=DONBAS', 'Ciudad Ho Chi Minh': '=HCMC',
    Estambul: '=ISTANBUL', Ginebra: '=GENEVA', Bruselas: '=BRUSSELS',
  },
  suffixes: [],
  lookupSuffixes: ['s', 'es'],
  abbreviations: {},
  abbreviationHeads: '',
  nounMarkers: [],
  months: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  nounEndings: [],
};
