import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../../../shared/seeds');

export interface SeedPage {
  id: string;
  lang: string;
  path: string;
  html: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The shared seed reports as news pages, built at run time from ../shared/seeds (never copied into the project).
 * Throws when ../shared is missing: these tests need it.
 */
export function seedPages(): SeedPage[] {
  if (!existsSync(resolve(SEEDS_DIR, 'gold.json'))) {
    throw new Error(`../shared/seeds is missing (looked in ${SEEDS_DIR}); the end-to-end tests need it.`);
  }
  const gold = JSON.parse(readFileSync(resolve(SEEDS_DIR, 'gold.json'), 'utf8')) as {
    reports: Record<string, { file: string; lang: string; published: string | null; outlet: string }>;
  };
  const files = new Set(readdirSync(SEEDS_DIR));
  return Object.entries(gold.reports).map(([id, r]) => {
    if (!files.has(r.file)) throw new Error(`seed ${r.file} is missing`);
    const text = readFileSync(resolve(SEEDS_DIR, r.file), 'utf8');
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => /\p{L}/u.test(l));
    const [title = id, ...body] = lines;
    const published = r.published ? `<meta property="article:published_time" content="${r.published}T08:00:00Z">` : '';
    const html = `<!doctype html><html lang="${r.lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
${published}<meta property="og:site_name" content="${escapeHtml(r.outlet)}"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${escapeHtml(title)}</h1>
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main><footer><p>© News</p></footer></body></html>`;
    return { id, lang: r.lang, path: `/seeds/${id}.html`, html };
  });
}
