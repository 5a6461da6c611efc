/**
 * Figures across translations: NTREX-128 articles (../shared/peers/ntrex/, `<doc>.<lang>.txt`) are professional
 * translations of one English original, so each language should state the English figures, with the same values,
 * and none that contradicts them.
 *
 *   npx tsx scripts/ntrex-figures.ts [--verbose]
 *
 * The files are line-aligned (line n of a translation translates line n of the English), so figures are compared
 * line by line. Per language, over all documents: how many English figures the translation states on the same
 * line with the same value (recall), how many of its figures the English states (precision), and agreement =
 * 2·matched / (English + translation figures). A conflict is a figure whose concept and unit the other side's
 * same line also states, none of whose intervals overlap it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../lib/figures/extract-figures.ts';
import type { Figure } from '../lib/model/figure.ts';
import { type ReadLanguage, isReadLanguage } from '../lib/model/language.ts';

interface ManifestEntry {
  file: string;
  doc: string;
  lang: string;
}

const NTREX = fileURLToPath(new URL('../../shared/peers/ntrex/', import.meta.url));

/** Same value: counts within 0.5%, shares within half a point, converted measures within 8% (translators round). */
export function sameValue(a: Figure, b: Figure): boolean {
  if ((a.unit === 'share') !== (b.unit === 'share')) return false;
  if (a.unit === 'share') return Math.abs(a.value - b.value) <= 0.005;
  const tolerance = a.stated !== undefined || b.stated !== undefined ? 0.08 : 0.005;
  return Math.abs(a.value - b.value) <= tolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
}

function overlaps(a: Figure, b: Figure): boolean {
  return a.low <= b.high * 1.0001 && b.low <= a.high * 1.0001;
}

/** Greedy one-to-one matching by value, in text order. */
export function matchFigures(english: readonly Figure[], other: readonly Figure[]): [Figure, Figure][] {
  const used = new Set<number>();
  const pairs: [Figure, Figure][] = [];
  for (const e of english) {
    const k = other.findIndex((o, i) => !used.has(i) && sameValue(e, o));
    if (k >= 0) {
      used.add(k);
      pairs.push([e, other[k] as Figure]);
    }
  }
  return pairs;
}

/** Figures of `side` whose concept and unit the other side states, with no overlapping interval there. */
export function conflicts(side: readonly Figure[], other: readonly Figure[]): Figure[] {
  return side.filter((f) => {
    if (f.concept.startsWith('other:')) return false;
    const peers = other.filter((o) => o.concept === f.concept && o.unit === f.unit);
    return peers.length > 0 && !peers.some((o) => overlaps(f, o));
  });
}

/** Figures grouped by the line of the text they start on. */
function byLine(text: string, figures: readonly Figure[]): Figure[][] {
  const lines: Figure[][] = [];
  let line = 0;
  let pos = 0;
  for (const f of figures) {
    for (; pos < f.start; pos++) if (text.charCodeAt(pos) === 10) line++;
    (lines[line] ??= []).push(f);
  }
  return lines;
}

function main(): void {
  if (!existsSync(NTREX)) throw new Error(`NTREX articles not found at ${NTREX}`);
  const verbose = process.argv.includes('--verbose');
  const manifest = JSON.parse(readFileSync(`${NTREX}manifest.json`, 'utf8')) as ManifestEntry[];
  const docs = new Map<string, Map<ReadLanguage, Figure[][]>>();
  for (const m of manifest) {
    if (!isReadLanguage(m.lang)) continue;
    const text = readFileSync(`${NTREX}${m.file}`, 'utf8');
    let perDoc = docs.get(m.doc);
    if (perDoc === undefined) {
      perDoc = new Map();
      docs.set(m.doc, perDoc);
    }
    perDoc.set(m.lang, byLine(text, extractFigures(text, m.lang)));
  }

  interface Tally {
    english: number;
    other: number;
    matched: number;
    conflicts: number;
  }
  const tallies = new Map<string, Tally>();
  const conflictLines: string[] = [];
  for (const [doc, perLang] of docs) {
    const englishLines = perLang.get('en');
    if (englishLines === undefined) continue;
    for (const [lang, lines] of perLang) {
      if (lang === 'en') continue;
      const t = tallies.get(lang) ?? { english: 0, other: 0, matched: 0, conflicts: 0 };
      for (let line = 0; line < Math.max(lines.length, englishLines.length); line++) {
        const english = englishLines[line] ?? [];
        const figures = lines[line] ?? [];
        const pairs = matchFigures(english, figures);
        const bad = [...conflicts(figures, english), ...conflicts(english, figures)];
        t.english += english.length;
        t.other += figures.length;
        t.matched += pairs.length;
        t.conflicts += bad.length;
        for (const f of bad) conflictLines.push(`${doc} line ${line + 1} ${lang}: ${f.concept} "${f.quote}" (${f.value})`);
        if (verbose) {
          const matched = new Set(pairs.flatMap(([e, o]) => [e, o]));
          for (const e of english) if (!matched.has(e)) console.log(`${doc}:${line + 1} ${lang} missing en: "${e.quote}" ${e.value}`);
          for (const o of figures) if (!matched.has(o)) console.log(`${doc}:${line + 1} ${lang} extra: "${o.quote}" ${o.value}`);
        }
      }
      tallies.set(lang, t);
    }
  }

  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const rows: string[] = [];
  const total: Tally = { english: 0, other: 0, matched: 0, conflicts: 0 };
  for (const lang of ['vi', 'zh', 'pt', 'es', 'fr', 'de', 'ru']) {
    const t = tallies.get(lang);
    if (t === undefined) continue;
    total.english += t.english;
    total.other += t.other;
    total.matched += t.matched;
    total.conflicts += t.conflicts;
    rows.push(row(lang, t));
  }
  function row(label: string, t: Tally): string {
    const agreement = t.english + t.other === 0 ? 1 : (2 * t.matched) / (t.english + t.other);
    const recall = t.english === 0 ? 1 : t.matched / t.english;
    const precision = t.other === 0 ? 1 : t.matched / t.other;
    return `| ${label} | ${t.english} | ${t.other} | ${t.matched} | ${pct(recall)} | ${pct(precision)} | ${pct(agreement)} | ${t.conflicts} |`;
  }
  console.log(`Figures in NTREX translations vs the English original (${docs.size} documents)\n`);
  console.log('| language | en figures | figures | same value | recall | precision | agreement | conflicts |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
  console.log(row('**all**', total));
  if (conflictLines.length > 0) {
    console.log('\nConflicts:');
    for (const line of conflictLines) console.log(`- ${line}`);
  }
}

main();
