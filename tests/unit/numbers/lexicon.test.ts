import { describe, expect, it } from 'vitest';
import { numberLanguage } from '../../../lib/lang/number-languages.ts';
import type { NumberWord } from '../../../lib/lang/number-words.ts';
import { lexiconFor, phraseKeys } from '../../../lib/numbers/lexicon.ts';
import { foldWidth, tokenize } from '../../../lib/numbers/tokenize.ts';

const LANGUAGES = ['en', 'vi', 'zh', 'pt', 'es', 'fr', 'de', 'ru'] as const;

/** The fields a sense says something in. */
function defined(sense: NumberWord | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(sense ?? {}).filter(([, v]) => v !== undefined));
}

describe('lexiconFor', () => {
  it.each(LANGUAGES)('keeps every field of every %s number word', (code) => {
    const lang = numberLanguage(code);
    const lex = lexiconFor(lang);
    for (const [key, word] of Object.entries(lang.words)) {
      const single = phraseKeys(key);
      const folded = foldWidth(key.toLowerCase().normalize('NFC'));
      const found = single.length === 1 && single[0] === key.toLowerCase().normalize('NFC')
        ? lex.words.get(single[0])
        : lex.phrases.match(folded, tokenize(folded), 0)?.data;
      expect([key, defined(found)]).toEqual([key, defined(word)]);
    }
  });
});
