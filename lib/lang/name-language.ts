/** What name extraction knows about one language. Same shape for every language: adding one is adding a file. */
export interface NameLanguage {
  code: string;
  /** Country names by ISO 3166 code, from i18n-iso-countries: read as names of the countries. */
  countries: Readonly<Record<string, string | readonly string[]>>;
  /**
   * Capitalised words that are not names in this language (function words, titles, institutions, days), lower
   * case without diacritics. Months are here too: dates are read separately.
   */
  notNames: readonly string[];
  /** Lower-case words that may stand inside a name ("de" in "Coreia do Norte", "von"), without diacritics. */
  connectors: readonly string[];
  /**
   * Names this language writes its own way, as written: the value is an entity ("=RU", "=KP-CAPITAL") or the name's
   * usual Latin spelling ("Putin" for 普京), from which its skeleton is taken. Country names come from
   * i18n-iso-countries and need not be repeated; demonyms, capitals and organisations do.
   */
  aliases: Readonly<Record<string, string>>;
  /** Inflection endings stripped from a word before it is looked up or reduced to a skeleton (Пескова -> Песков). */
  suffixes: readonly string[];
  /** Endings tried off a word only when it is looked up among the aliases (Russlands -> Russland, russos -> russo). */
  lookupSuffixes: readonly string[];
  /**
   * One-character abbreviations of countries (Han), read only inside compounds with another abbreviation or with
   * one of `abbreviationHeads`: 俄朝, 俄军 (Russian army), 乌方 (the Ukrainian side).
   */
  abbreviations: Readonly<Record<string, string>>;
  abbreviationHeads: string;
  /**
   * Words after which a capitalised word is a common noun, in languages that capitalise nouns (German articles):
   * "die Soldaten" is no name.
   */
  nounMarkers: readonly string[];
  /**
   * Month names, January first, lower case without diacritics, every form the language writes (ноября, août ->
   * aout); empty where months are numbered (tháng 11, 11月). Read by the date keys, not as names.
   */
  months: readonly (readonly string[])[];
  /** Endings of common nouns in languages that capitalise nouns (German -ung, -keit): such a word is no name. */
  nounEndings: readonly string[];
}
