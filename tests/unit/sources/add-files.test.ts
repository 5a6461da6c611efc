import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorpusDb } from '../../../lib/db/corpus-db.ts';
import type { AnalysedFile, FileInput, FileResult } from '../../../lib/protocol/options-messages.ts';
import type { Outcome } from '../../../lib/model/source-error.ts';
import { validateBackgroundMessage } from '../../../lib/protocol/validate.ts';
import { InvalidMessage } from '../../../lib/protocol/validate-fields.ts';
import { parseHtml } from '../../../lib/extract/parse-html.ts';
import { articleFromPage } from '../../../lib/sources/page-article.ts';
import { analyseFile, storeAnalysedFiles, storeFiles } from '../../../lib/sources/add-files.ts';
import { keyStoreViolations } from '../../support/corpus-invariants.ts';
import { dropDb, freshDb } from '../../support/corpus-helpers.ts';

let db: CorpusDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await dropDb(db);
});

const text = (i: number) => `Floods in province ${i} kill ${i + 3} people.\n\nAbout ${1000 + i} homes were flooded on 28 October, officials said.`;
const html = (i: number) => `<!doctype html><html><head><title>Storm ${i}</title></head><body><article><h1>Storm ${i}</h1><p>${text(i)}</p><p>${'More of the story. '.repeat(40)}</p></article></body></html>`;

/** A saved page as the options page sends it: its article, read there (here by linkedom, there by the browser). */
function page(name: string, content: string): FileInput {
  const read = articleFromPage(name, parseHtml(content));
  if (!read.ok) throw new Error(`${name}: no article`);
  return { name, type: 'article', article: read.article };
}

/** The message as the service worker receives and checks it, then the store. */
async function addFiles(target: CorpusDb, files: FileInput[], now: number): Promise<Outcome<{ results: FileResult[] }>> {
  const env = validateBackgroundMessage(JSON.parse(JSON.stringify({ type: 'bg:files.add', payload: { files } })));
  expect(env.payload).toEqual({ files });
  return storeFiles(target, files, now);
}

describe('adding files (a folder of articles, stored together)', () => {
  it('stores every readable file in one go, answers each file, and keeps the key statistics a recount', async () => {
    const files: FileInput[] = [
      { name: 'a.txt', type: 'text', content: text(1) },
      { name: 'empty.txt', type: 'text', content: '  \n ' },
      page('b.html', html(2)),
      // The same text under another name: one report, the second answer says it was there already.
      { name: 'a-copy.txt', type: 'text', content: text(1) },
    ];
    const out = await addFiles(db, files, 1);
    if (!out.ok) throw new Error('not stored');
    expect(out.results.map((r) => (r.ok ? (r.created ? 'added' : 'updated') : r.error.code))).toEqual(['added', 'empty', 'added', 'updated']);
    expect(await db.reports.count()).toBe(2);
    expect(out.results[3]).toMatchObject({ ok: true, id: out.results[0]!.ok ? out.results[0]!.id : -1 });
    expect((await db.sources.toArray()).map((s) => s.key).sort()).toEqual(['file:a-copy.txt', 'file:a.txt', 'file:b.html']);
    expect(await keyStoreViolations(db)).toEqual([]);

    // Again: nothing new.
    const again = await addFiles(db, files, 2);
    if (!again.ok) throw new Error('not stored');
    expect(again.results.filter((r) => r.ok && r.created)).toEqual([]);
    expect(await db.reports.count()).toBe(2);
  });

  it('stores two batches sent together (the options page keeps two in flight) as if sent one after the other', async () => {
    // Batch B repeats a text of batch A and a file name of it: each text is one report, each file its own source.
    const a: FileInput[] = Array.from({ length: 25 }, (_, i) => ({ name: `a${i}.txt`, type: 'text', content: text(i) }));
    const b: FileInput[] = [{ name: 'b0.txt', type: 'text', content: text(3) }, { name: 'a1.txt', type: 'text', content: text(40) }, ...Array.from({ length: 23 }, (_, i) => page(`b${i + 1}.html`, html(100 + i)))];
    const [outA, outB] = await Promise.all([addFiles(db, a, 1), addFiles(db, b, 2)]);
    if (!outA.ok || !outB.ok) throw new Error('not stored');
    expect(outA.results.every((r) => r.ok && r.created)).toBe(true);
    expect(outB.results[0]).toMatchObject({ ok: true, created: false, id: outA.results[3]!.ok ? outA.results[3]!.id : -1 });
    expect(outB.results.slice(1).every((r) => r.ok && r.created)).toBe(true);
    expect(await db.reports.count()).toBe(25 + 24);
    // Each batch has its turn: the first is analysed and stored before the second's reports.
    const ids = (out: FileResult[]) => out.flatMap((r) => (r.ok && r.created ? [r.id] : []));
    expect(Math.max(...ids(outA.results))).toBeLessThan(Math.min(...ids(outB.results)));
    expect(await keyStoreViolations(db)).toEqual([]);
  });

  it('says once that storage failed, and stores none of the files', async () => {
    db.close();
    const out = await storeFiles(db, [{ name: 'a.txt', type: 'text', content: text(1) }, { name: 'b.txt', type: 'text', content: text(2) }], 1);
    expect(out.ok).toBe(false);
    await db.open();
    expect(await db.reports.count()).toBe(0);
  });
});

/** Files analysed as the options page's worker analyses them, the message checked as the service worker checks it, then stored. */
async function storeAnalysed(target: CorpusDb, files: FileInput[], now: number, edit: (f: AnalysedFile) => AnalysedFile = (f) => f) {
  const analysed = files.flatMap((file) => {
    const a = analyseFile(file);
    return a.ok ? [edit({ name: file.name, report: a.report })] : [];
  });
  const env = validateBackgroundMessage(JSON.parse(JSON.stringify({ type: 'bg:files.store', payload: { files: analysed } })));
  return storeAnalysedFiles(target, (env.payload as { files: AnalysedFile[] }).files, now);
}

/** What a corpus holds, without the times of storing. */
async function contents(target: CorpusDb) {
  const reports = (await target.reports.toArray()).map(({ addedAt: _a, updatedAt: _u, ...r }) => r);
  const sources = (await target.sources.toArray()).map(({ addedAt: _a, ...s }) => s);
  return { reports, sources, buckets: await target.keyBuckets.toArray() };
}

describe('adding files analysed in the options page (its worker analyses, the service worker stores)', () => {
  it('stores what the service worker would have stored had it analysed the files itself', async () => {
    const files: FileInput[] = [
      ...Array.from({ length: 12 }, (_, i): FileInput => ({ name: `a${i}.txt`, type: 'text', content: text(i) })),
      ...Array.from({ length: 12 }, (_, i) => page(`b${i}.html`, html(50 + i))),
      { name: 'a-copy.txt', type: 'text', content: text(3) },
    ];
    expect(analyseFile({ name: 'empty.txt', type: 'text', content: ' \n ' })).toEqual({ ok: false, error: { code: 'empty', params: ['empty.txt'] } });
    const other = await freshDb();
    try {
      const direct = await storeFiles(other, files, 1);
      const analysed = await storeAnalysed(db, files, 1);
      expect(analysed).toEqual(direct);
      expect(await contents(db)).toEqual(await contents(other));
      expect(await keyStoreViolations(db)).toEqual([]);
    } finally {
      await dropDb(other);
    }
  });

  it('checks each report as an import is checked: a wrong one refuses the message, a claimed identity is recomputed', async () => {
    const files: FileInput[] = Array.from({ length: 3 }, (_, i) => page(`a${i}.html`, html(i)));
    const first = await storeAnalysed(db, files.slice(0, 1), 1);
    if (!first.ok || !first.results[0]!.ok) throw new Error('not stored');
    const firstHash = (await db.reports.get(first.results[0]!.id))!.contentHash;
    const wrongQuote = (f: AnalysedFile) => ({ ...f, report: { ...f.report, figures: f.report.figures.map((fig) => ({ ...fig, quote: 'forty' })) } });
    await expect(storeAnalysed(db, files.slice(1), 2, (f) => (f.name === 'a2.html' ? wrongQuote(f) : f))).rejects.toThrow(
      new InvalidMessage('files[1].report: figure 0: its quote is not the text at its offsets'),
    );
    expect(await db.reports.count()).toBe(1);
    // A report that claims the first one's identity is stored as itself.
    const out = await storeAnalysed(db, files.slice(1, 2), 3, (f) => ({ ...f, report: { ...f.report, contentHash: firstHash } }));
    expect(out).toMatchObject({ ok: true, results: [{ ok: true, created: true }] });
    expect((await db.reports.toArray()).map((r) => r.title).sort()).toEqual(['Storm 0', 'Storm 1']);
  });

  it('says once that storage failed, and stores none of the files', async () => {
    db.close();
    const out = await storeAnalysed(db, [{ name: 'a.txt', type: 'text', content: text(1) }], 1);
    expect(out).toMatchObject({ ok: false, error: { code: 'storage' } });
    await db.open();
    expect(await db.reports.count()).toBe(0);
  });
});
