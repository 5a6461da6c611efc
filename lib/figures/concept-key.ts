import type { BaseKey, EventKey, Quantity } from '../lang/figure-words.ts';
import type { ReadLanguage } from '../model/language.ts';

export interface ConceptParts {
  lang: ReadLanguage;
  /** What the noun counts, when the language data knows the noun. */
  base: BaseKey | null;
  /** A bare "people"/"người"/"人": counts troops in a military sentence. */
  generic: boolean;
  military: boolean;
  event: EventKey | null;
  /** For measures (km, days): the quantity; money has `currency` instead. */
  quantity: Quantity | null;
  currency: string | null;
  /** The noun as written, for nouns the language data does not know. */
  noun: string;
}

/**
 * The language-independent key of what a figure counts: `<what>_<event>` (troops_sent, troops_killed,
 * settlements_closed), or `<what>` when nothing happens to it in the sentence (troops, settlements).
 *
 * - A generic "people" in a sentence about war counts troops: "12.000 người Triều Tiên được gửi đến hỗ trợ nỗ lực
 *   chiến tranh" and "hơn 6.000 người đã thiệt mạng" are troops_sent and troops_killed, like "soldiers".
 * - Shares take the key of what they are a share of: "nearly 60% of settlements ... closed" is settlements_closed,
 *   like "37 of 64 settlements": the unit ("share" or "count", with `of`) tells them apart, and a consumer can
 *   compare 37/64 with 60%. A share of nothing named is `share` (`share_killed` for "two thirds died").
 * - Measures are keyed by quantity (distance, duration, speed), money by `money`.
 * - A noun the language data does not know gives `other:<lang>:<noun>`: it groups within one language only.
 */
export function conceptKey(p: ConceptParts): string | null {
  if (p.currency !== null) return 'money';
  if (p.quantity !== null && p.quantity !== 'share') return p.quantity;
  if (p.base !== null) {
    const base = p.generic && p.base === 'people' && p.military ? 'troops' : p.base;
    return p.event !== null ? `${base}_${p.event}` : base;
  }
  if (p.quantity === 'share' && p.noun === '') return p.event !== null ? `share_${p.event}` : 'share';
  const noun = p.noun.toLowerCase().replace(/\s+/g, ' ').trim();
  if (noun !== '') return `other:${p.lang}:${noun}`;
  return null;
}
