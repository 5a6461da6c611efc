import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CorpusDb } from '../../../lib/db/corpus-db.ts';
import type { FileInput, FileResult } from '../../../lib/protocol/options-messages.ts';
import type { Outcome } from '../../../lib/model/source-error.ts';
import { validateBackgroundMessage } from '../../../lib/protocol/validate.ts';
import { parseHtml } from '../../../lib/extract/parse-html.ts';
import { articleFromPage } from '../../../lib/sources/page-article.ts';
import { storeFiles } from '../../../lib/sources/add-files.ts';
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
