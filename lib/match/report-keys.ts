import type { Figure } from '../model/figure.ts';

/** Placeholder until matching lands: capitalised words as keys. */
export function reportKeys(input: {
  title: string;
  text: string;
  lang: string;
  publishedTime: string | null;
  figures: Figure[];
}): string[] {
  const keys = new Set<string>();
  for (const m of input.text.matchAll(/\p{Lu}\p{Ll}{2,}/gu)) keys.add('n:' + m[0].toLowerCase());
  return [...keys].slice(0, 200);
}
