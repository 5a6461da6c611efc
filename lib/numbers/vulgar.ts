// Vulgar fraction characters (½, ¾): each one a number on its own.

export const VULGAR: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅐': 1 / 7, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8, '⅑': 1 / 9, '⅒': 1 / 10,
};

/** VULGAR's own entries, from a Map: a property lookup by a token's fresh string is slow, and an object would also
 * answer Object.prototype's names (the Spanish word "constructor" read as a fraction). */
const VULGAR_LOOKUP: ReadonlyMap<string, number> = new Map(Object.entries(VULGAR));

export function vulgarValue(key: string): number | undefined {
  return VULGAR_LOOKUP.get(key);
}

