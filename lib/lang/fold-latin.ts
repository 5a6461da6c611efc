/** Letters that do not decompose into a base letter and a mark. */
const SPECIAL: Readonly<Record<string, string>> = {
  đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', ı: 'i', þ: 'th', ŋ: 'ng',
};

const ASCII_WORD = /^[A-Za-z0-9 ]*$/;

/**
 * Lower case, without diacritics: "Triều Tiên" -> "trieu tien", "Rússia" -> "russia", "Đà Nẵng" -> "da nang".
 * Apostrophes and hyphens go; other characters stay as they are.
 */
export function foldLatin(text: string): string {
  if (ASCII_WORD.test(text)) return text.toLowerCase();
  const lower = text.toLowerCase().normalize('NFD');
  let out = '';
  for (const ch of lower) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x300 && code <= 0x36f) continue; // combining marks
    if (ch === "'" || ch === '’' || ch === '‘' || ch === '-' || ch === '‐' || ch === '‑') continue;
    out += SPECIAL[ch] ?? ch;
  }
  return out;
}
