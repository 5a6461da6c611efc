/** Russian letters as an English-language press would spell them (Песков -> peskov, Харьков -> kharkov). */
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian, Belarusian and Serbian letters, for names that come with them.
  є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
};

/** Lower-case Latin spelling of Cyrillic text; other characters pass through lower-cased. */
export function transliterateCyrillic(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += LETTERS[ch] ?? ch;
  return out;
}
