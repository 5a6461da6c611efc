import type { ReadLanguage } from '../model/language.ts';
import type { FigureWords } from './figure-words.ts';
import type { NameLanguage } from './name-language.ts';
import type { NumberLanguage } from './number-words.ts';

/** A language's ordinary words: its concept lexicon (built by scripts/build-concepts.ts) and how its words are stemmed. */
export interface ConceptWords {
  /** The lexicon's file in the language's folder, lib/lang/<code>/. */
  lexicon: 'concepts.txt';
  /**
   * Where its concepts come from: a wordnet linked to WordNet 3.0, English Wiktionary's translation tables read
   * through English senses (which reach fewer words: scripts/concept-ceilings.ts leaves these out of its fallback),
   * or both (Chinese).
   */
  source: 'wordnet' | 'wiktionary' | 'wordnet and wiktionary';
  /** A Snowball stemmer (lower-case word in, stem out); null where words do not inflect (Chinese). */
  stem: ((word: string) => string) | null;
}

/** What tells the language apart when its text is detected. */
export interface DetectionHints {
  /** The ISO 639-3 codes franc reports for the language. */
  franc: readonly string[];
  /** Letters only this language writes among the languages franc confuses it with (Russian ы, э among Bulgarian ...). */
  ownLetters?: { letters: RegExp; among: readonly string[] };
}

/** Everything Parallax knows of one language, from its folder lib/lang/<code>/. Same parts for every language. */
export interface LanguageModule {
  code: ReadLanguage;
  numbers: NumberLanguage;
  figures: FigureWords;
  names: NameLanguage;
  /** The concept lexicon, or null where the language has none yet (its reports are matched on names, numbers, dates). */
  words: ConceptWords | null;
  detection: DetectionHints;
}
