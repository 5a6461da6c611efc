import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadArticleFile } from '../../../cli/load-article.ts';
import { analyzeArticle, analyzePage } from '../../../lib/analysis/analyze-article.ts';
import { CachedMatchIndex } from '../../../lib/db/cached-match-index.ts';
import type { CorpusDb } from '../../../lib/db/corpus-db.ts';
import { saveReport } from '../../../lib/db/corpus-store.ts';
import { comparePage } from '../../../lib/pipeline/compare-page.ts';
import { loadGold, SEEDS_DIR } from '../conflicts/seed-gold.ts';
import { dropDb, freshDb } from '../../support/corpus-helpers.ts';

let db: CorpusDb;
let corpus: CachedMatchIndex;
beforeEach(async () => {
  db = await freshDb();
  corpus = new CachedMatchIndex(db);
});
afterEach(async () => {
  corpus.close();
  await dropDb(db);
});

const SRC = { kind: 'import' as const, key: 'seeds', title: 'Seeds' };
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('comparePage (the service worker’s work on an article after analysis)', () => {
  it('shows the Vietnamese seed its versions in other languages and the gold conflicts, and marks them', async () => {
    const gold = loadGold();
    const articles = new Map(await Promise.all(Object.entries(gold.reports).map(async ([id, r]) => [id, await loadArticleFile(resolve(SEEDS_DIR, r.file))] as const)));
    for (const [id, article] of articles) if (id !== '001') await saveReport(db, analyzeArticle(article), SRC, 0);
    await settle();

    const page = articles.get('001');
    if (!page) throw new Error('seed 001 missing');
    const { report, keyLabels } = analyzePage(page);
    const { state, marks } = await comparePage({ ...page, lang: report.lang }, report, keyLabels, corpus);
    if (state.status !== 'ready') throw new Error(`not ready: ${state.status}`);
    expect(state.page.storedId).toBeNull();
    expect(state.corpusSize).toBe(4);
    const langs = state.versions.map((v) => v.lang);
    for (const lang of ['zh', 'pt', 'en']) expect(langs).toContain(lang);
    // Other languages first.
    expect(langs.indexOf('vi')).toBeGreaterThan(langs.indexOf('en'));
    const disputed = state.groups.filter((g) => g.verdict !== 'consistent');
    const values = disputed.flatMap((g) => g.members.map((m) => m.value));
    // The gold conflicts as this report meets them: its troops and deaths against the others'.
    expect(values).toEqual(expect.arrayContaining([14000, 15000, 12000, 6000, 600]));
    // The settlements agree: never in dispute.
    expect(values).not.toContain(37);
    expect(state.groups.some((g) => g.verdict === 'consistent' && g.members.some((m) => m.value === 37))).toBe(true);
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(page.text).toContain(m.quote);

    // Once the page is stored, it is recognised as itself and not listed among its own versions.
    const { id } = await saveReport(db, report, SRC, 1);
    await settle();
    const again = await comparePage({ ...page, lang: report.lang }, report, keyLabels, corpus);
    if (again.state.status !== 'ready') throw new Error('not ready');
    expect(again.state.page.storedId).toBe(id);
    expect(again.state.corpusSize).toBe(5);
    expect(again.state.versions.map((v) => v.id)).not.toContain(id);
    expect(again.state.versions.length).toBe(state.versions.length);
  });
});
