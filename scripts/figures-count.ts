/**
 * Figures on real news pages, counted by hand and re-checked by this script: what `parallax analyze` reports in
 * the first 1,000 characters of each page's text, against the figures a reader sees there
 * (scripts/figures-count.json, judged by hand: short quotes only, never the texts).
 *
 *   npx tsx scripts/figures-count.ts [--half dev|held|fresh|fresh2|fresh3] [--text] [--page NAME] [--verbose]
 *
 * Pages: the news pages of Mozilla Readability's test suite (a git clone of github.com/mozilla/readability, read at
 * commit ab4027a8; READABILITY_REPO, by default ../readability beside the project; Apache-2.0) and a fixed sample
 * of ../shared/realnews/semeval-es/txt.
 * Each page is in the dev half or the held half by a hash of its name, fixed before any page was read. A third,
 * fresh half (other semeval-es texts and French and Italian mlcrisis reports, picked by number) was counted once
 * before the rules it checks were written and once after, never studied in between. A fourth, fresh2 (the same
 * sources at 13 instead of 7), was added the same way before the third round of rules, and a fifth, fresh3
 * (semeval-es at 27 mod 40, mlcrisis at 3 mod 20), before the fourth.
 * A reported figure is right when a judged figure of the page has its value and its quote inside the figure's span;
 * it is wrong otherwise (the judgments say why where known); a judged figure nobody reported is missed.
 * `--text` prints each page's counted text and its figures, to judge new pages; it is read from its source and
 * never stored.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticleFile } from '../cli/load-article.ts';
import { extractFigures } from '../lib/figures/extract-figures.ts';
import type { Figure } from '../lib/model/figure.ts';
import { isReadLanguage } from '../lib/model/language.ts';

/** Characters of each page's text that are counted (the previous count read 600–1,000). */
export const WINDOW = 1000;

const READABILITY = process.env.READABILITY_REPO ?? fileURLToPath(new URL('../../readability/', import.meta.url));
/** The commit of Readability's test pages that was counted. */
const READABILITY_COMMIT = 'ab4027a8b37669745016869a37a504727992b2ba';
const SEMEVAL = fileURLToPath(new URL('../../shared/realnews/semeval-es/txt/', import.meta.url));
const MLCRISIS = fileURLToPath(new URL('../../shared/realnews/mlcrisis/html/', import.meta.url));
const JUDGMENTS = fileURLToPath(new URL('./figures-count.json', import.meta.url));

/** News articles among Readability's test pages, in the languages read (blogs, docs and Czech left out). */
const READABILITY_NEWS = [
  'ars-1', 'bbc-1', 'breitbart', 'buzzfeed-1', 'citylab-1', 'cnet', 'cnn', 'engadget', 'folha', 'gmw',
  'guardian-1', 'heise', 'herald-sun-1', 'la-nacion', 'lemonde-1', 'liberation-1', 'msn', 'nytimes-1', 'nytimes-2',
  'nytimes-3', 'nytimes-4', 'nytimes-5', 'pixnet', 'qq', 'salon-1', 'seattletimes-1', 'telegraph', 'theverge',
  'tmz-1', 'wapo-1', 'wapo-2', 'yahoo-1', 'yahoo-2', 'yahoo-3',
];

/** Two in 40 of the semeval-es texts, by number: a sample of many outlets fixed before reading any. */
const SEMEVAL_STEP = 20;

/** The fresh half: semeval-es texts numbered 7 mod 40, and the French and Italian mlcrisis reports whose place in
 *  their language's sorted list is 7 mod 20. */
const FRESH_STEP = 40;
const FRESH_MLCRISIS_STEP = 20;
const FRESH_AT = 7;
/** The fresh2 half: the same sources at 13 mod 40 and 13 mod 20. */
const FRESH2_AT = 13;
/** The fresh3 half: semeval-es texts at 27 mod 40, mlcrisis reports at 3 mod 20. */
const FRESH3_AT = 27;
const FRESH3_MLCRISIS_AT = 3;

export interface JudgedFigure {
  /** A few words of the text around the number, enough to find it (first occurrence in the window). */
  q: string;
  /** The value a reader takes from it (shares 0..1, money in its currency's units, measures in their unit). */
  v: number;
}

export interface WrongFigure extends JudgedFigure {
  /** The kind of error: not-a-figure (year, name, model, code, ...), wrong-value, ... */
  why: string;
}

export interface PageJudgment {
  lang: string;
  /** The figures a reader sees in the window. */
  gold: JudgedFigure[];
  /** Figures reported once and judged wrong, with why (a later run reporting them counts them wrong again). */
  wrong?: WrongFigure[];
  /** Right value but the wrong thing counted (a concept or noun a reader would not take). */
  badConcept?: string[];
  /** Vague or generic amounts ("miles de millones", "a billion-dollar deal"): counted neither way. */
  ignore?: string[];
}

interface Page {
  name: string;
  half: 'dev' | 'held' | 'fresh' | 'fresh2' | 'fresh3';
  load: () => Promise<{ text: string; lang: string; figures: Figure[] }>;
}

/** FNV-1a of the name: the half a page belongs to, independent of its content. */
export function halfOf(name: string): 'dev' | 'held' {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'dev' : 'held';
}

async function analyzeFile(path: string) {
  const article = await loadArticleFile(path);
  const figures = isReadLanguage(article.lang)
    ? extractFigures(article.text, article.lang, { published: article.publishedTime })
    : [];
  return { text: article.text, lang: article.lang, figures };
}

function pages(): Page[] {
  if (!existsSync(join(READABILITY, 'HEAD')) && !existsSync(join(READABILITY, '.git'))) {
    throw new Error(`no Readability checkout at ${READABILITY} (set READABILITY_REPO)`);
  }
  if (!existsSync(SEMEVAL)) throw new Error(`no semeval-es texts at ${SEMEVAL}`);
  if (!existsSync(MLCRISIS)) throw new Error(`no mlcrisis reports at ${MLCRISIS}`);
  const tmp = join(tmpdir(), 'parallax-figures-count');
  mkdirSync(tmp, { recursive: true });
  const out: Page[] = READABILITY_NEWS.map((id) => {
    const name = `readability/${id}`;
    return {
      name,
      half: halfOf(name),
      load: async () => {
        const html = execFileSync('git', ['-C', READABILITY, 'show', `${READABILITY_COMMIT}:test/test-pages/${id}/source.html`], {
          maxBuffer: 64 << 20,
        });
        const file = join(tmp, `${id}.html`);
        writeFileSync(file, html);
        return analyzeFile(file);
      },
    };
  });
  const files = readdirSync(SEMEVAL).filter((f) => /^es_\d+\.txt$/.test(f)).sort();
  for (const f of files) {
    if (Number(f.slice(3, -4)) % SEMEVAL_STEP !== 0) continue;
    const name = `semeval-es/${f.slice(0, -4)}`;
    out.push({ name, half: halfOf(name), load: () => analyzeFile(join(SEMEVAL, f)) });
  }
  const reports = readdirSync(MLCRISIS).filter((f) => f.endsWith('.html')).sort();
  const fresh = [
    ['fresh', FRESH_AT, FRESH_AT],
    ['fresh2', FRESH2_AT, FRESH2_AT],
    ['fresh3', FRESH3_AT, FRESH3_MLCRISIS_AT],
  ] as const;
  for (const [half, at, atReport] of fresh) {
    for (const f of files) {
      if (Number(f.slice(3, -4)) % FRESH_STEP !== at) continue;
      out.push({ name: `semeval-es/${f.slice(0, -4)}`, half, load: () => analyzeFile(join(SEMEVAL, f)) });
    }
    for (const lang of ['fr', 'it']) {
      reports
        .filter((f) => f.startsWith(`${lang}_`))
        .forEach((f, i) => {
          if (i % FRESH_MLCRISIS_STEP !== atReport) return;
          out.push({ name: `mlcrisis/${f.slice(0, -5)}`, half, load: () => analyzeFile(join(MLCRISIS, f)) });
        });
    }
  }
  return out;
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b), 1e-9);
}

export interface PageScore {
  reported: number;
  right: number;
  gold: number;
  found: number;
  lines: string[];
}

/** Scores one page's reported figures (those starting in the window) against its judgment. */
export function scorePage(text: string, figures: readonly Figure[], j: PageJudgment): PageScore {
  const window = text.slice(0, WINDOW);
  const shown = figures.filter((f) => f.start < WINDOW);
  const place = (q: string) => {
    const at = window.indexOf(q);
    return at < 0 ? null : { start: at, end: at + q.length };
  };
  // A whole stated with its part ("10 députés (sur 288)") is found as the part's `of`.
  const covers = (f: Figure, g: JudgedFigure) => {
    const p = place(g.q);
    if (p === null) return false;
    if (p.start < f.end && f.start < p.end && sameValue(f.value, g.v)) return true;
    return f.of !== null && sameValue(f.of, g.v) && p.start >= f.start && p.start <= f.end + 48;
  };
  const ignored = (f: Figure) => (j.ignore ?? []).some((q) => {
    const p = place(q);
    return p !== null && p.start < f.end && f.start < p.end;
  });
  const lines: string[] = [];
  for (const g of [...j.gold, ...(j.wrong ?? [])]) {
    if (place(g.q) === null) lines.push(`  ! judged quote not in the window: "${g.q}"`);
  }
  const foundGold = new Set<JudgedFigure>();
  let right = 0;
  let counted = 0;
  for (const f of shown) {
    if (ignored(f)) continue;
    counted++;
    const g = j.gold.find((x) => !foundGold.has(x) && covers(f, x));
    const tag = `"${f.quote}" ${f.value} ${f.unit} ${f.concept}`;
    if (g) {
      foundGold.add(g);
      right++;
      const bad = j.badConcept?.some((q) => f.quote.includes(q)) ? ' (wrong concept)' : '';
      lines.push(`  ok     ${tag}${bad}`);
      // The whole of a part, stated beside it, is found with it.
      const whole = j.gold.find((x) => x !== g && !foundGold.has(x) && f.of !== null && covers(f, x));
      if (whole) foundGold.add(whole);
    } else {
      const w = j.wrong?.find((x) => covers(f, x));
      lines.push(`  WRONG  ${tag}  [${w ? w.why : 'not judged yet'}]`);
    }
  }
  for (const g of j.gold) if (!foundGold.has(g)) lines.push(`  missed "${g.q}" ${g.v}`);
  return { reported: counted, right, gold: j.gold.length, found: foundGold.size, lines };
}

function pct(a: number, b: number): string {
  return b ? `${((100 * a) / b).toFixed(1)}%` : '-';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const half = args.includes('--half') ? args[args.indexOf('--half') + 1] : null;
  const only = args.includes('--page') ? args[args.indexOf('--page') + 1] : null;
  const showText = args.includes('--text');
  const verbose = args.includes('--verbose') || showText;
  const judgments = JSON.parse(readFileSync(JUDGMENTS, 'utf8')) as { pages: Record<string, PageJudgment> };
  const totals: Record<string, { pages: number; reported: number; right: number; gold: number; found: number; bad: number }> = {};
  const byLang: Record<string, number> = {};
  for (const page of pages()) {
    if (half && page.half !== half) continue;
    if (only && page.name !== only) continue;
    const { text, lang, figures } = await page.load();
    const j = judgments.pages[page.name];
    if (showText) {
      console.log(`\n=== ${page.name} (${page.half}, ${lang}) ===\n${text.slice(0, WINDOW)}\n---`);
      for (const f of figures.filter((x) => x.start < WINDOW)) {
        console.log(`  [${f.start}] "${f.quote}" ${f.value} ${f.qualifier} ${f.unit} ${f.concept}`);
      }
    }
    if (!j) {
      if (!showText) console.log(`${page.name}: not judged yet (${lang})`);
      continue;
    }
    const s = scorePage(text, figures, j);
    const t = (totals[page.half] ??= { pages: 0, reported: 0, right: 0, gold: 0, found: 0, bad: 0 });
    t.pages++;
    t.reported += s.reported;
    t.right += s.right;
    t.gold += s.gold;
    t.found += s.found;
    t.bad += s.lines.filter((l) => l.endsWith('(wrong concept)')).length;
    byLang[`${page.half} ${j.lang}`] = (byLang[`${page.half} ${j.lang}`] ?? 0) + 1;
    if (verbose) console.log(`${page.name} (${page.half}, ${j.lang}): ${s.right}/${s.reported} right, ${s.found}/${s.gold} found\n${s.lines.join('\n')}`);
  }
  for (const [h, t] of Object.entries(totals)) {
    console.log(
      `${h}: ${t.pages} pages; precision ${pct(t.right, t.reported)} (${t.right} of ${t.reported}; ` +
        `${t.bad} of them with a wrong concept); recall ${pct(t.found, t.gold)} (${t.found} of ${t.gold})`,
    );
  }
  console.log(Object.entries(byLang).sort().map(([k, n]) => `${k}: ${n}`).join(', '));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
