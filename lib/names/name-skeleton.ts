/**
 * The consonant skeleton of a name: its consonants in seven sound classes, vowels and h dropped, repeats merged.
 * Spellings of one name across languages and scripts meet on it: Peskov, Песков (peskov) and 佩斯科夫 (pe s ko f)
 * are all "pskf"; Kursk, Курск and 库尔斯克 are "krsk".
 * Classes: p (p b), t (t d th), k (k g c q kh), f (f v w ph), s (s z j x-as-s sh ch zh ts dz), r (r l), n (m n).
 * Input: lower-case Latin letters (fold or transliterate first); anything else is skipped.
 */
export function nameSkeleton(latin: string): string {
  let out = '';
  const push = (c: string) => {
    if (out[out.length - 1] !== c) out += c;
  };
  const s = latin;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const n = s[i + 1] ?? '';
    switch (c) {
      case 'a': case 'e': case 'i': case 'o': case 'u': case 'y': case 'h':
        break;
      case 'b': case 'p':
        if (c === 'p' && n === 'h') { push('f'); i++; } else push('p');
        break;
      case 't':
        if (n === 'h') { push('t'); i++; }
        else if (n === 's' || n === 'z') { push('s'); i++; if (s[i + 1] === 'c' && s[i + 2] === 'h') i += 2; }
        else if (n === 'c' && s[i + 2] === 'h') { push('s'); i += 2; }
        else push('t');
        break;
      case 'd':
        if (n === 'z' || n === 'j') { push('s'); i++; if (s[i + 1] === 'h') i++; }
        else push('t');
        break;
      case 'c':
        if (i === 1 && s[0] === 'm') push('k'); // McIlroy
        else if (n === 'h') { push('s'); i++; }
        else if (n === 'k') { push('k'); i++; }
        else if (n === 'z') { push('s'); i++; }
        else if (n === 'e' || n === 'i' || n === 'y') push('s');
        else push('k');
        break;
      case 'k': case 'g': case 'q':
        // Russian х is "kh" in Latin letters and h in other spellings (Kharkiv, Hazeltine/Хазелтин, 哈): all silent.
        if (c === 'k' && n === 'h') i++;
        else {
          push('k');
          if (n === 'h') i++;
        }
        break;
      case 'x':
        push('k');
        push('s');
        break;
      case 's':
        if (n === 'c' && s[i + 2] === 'h') i += 2;
        else if (n === 'h' || n === 'z') i++;
        push('s');
        break;
      case 'z': case 'j':
        if (n === 'h') i++;
        push('s');
        break;
      case 'f': case 'v': case 'w':
        push('f');
        break;
      case 'l': case 'r':
        push('r');
        break;
      case 'm': case 'n':
        push('n');
        break;
      default:
        break;
    }
  }
  return out;
}
