import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusDb } from '../../../lib/db/corpus-db.ts';
import type { FileInput, FileResult } from '../../../lib/protocol/options-messages.ts';
import type { Outcome } from '../../../lib/protocol/options-views.ts';
import { validateBackgroundMessage } from '../../../lib/protocol/validate.ts';
import { analyseFile, storeFiles } from '../../../lib/sources/add-files.ts';
import { keyStoreViolations } from '../../support/corpus-invariants.ts';

let db: CorpusDb;
let n = 0;
beforeEach(async () => {
  db = new CorpusDb(`add-files-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const text = (i: number) => `Floods in province ${i} kill ${i + 3} people.\n\nAbout ${1000 + i} homes were flooded on 28 October, officials said.`;
const html = (i: number) => `<!doctype html><html><head><title>Storm ${i}</title></head><body><article><h1>Storm ${i}</h1><p>${text(i)}</p><p>${'More of the story. '.repeat(40)}</p></article></body></html>`;

function analyseFileOk(name: string, content: string) {
  const a = analyseFile(name, 'text', content);
  if (!a.ok) throw new Error('not an article');
  return a.report;
}

type FileIn = { name: string; type: 'text' | 'html'; content: string };

/**
 * The options page's part (read; analyse every other file, as the page does every other batch), the message as the
 * service worker checks it, then the store.
 */
async function addFiles(db: CorpusDb, files: readonly FileIn[], now: number): Promise<Outcome<{ results: FileResult[] }>> {
  const results: FileResult[] = [];
  const sent: FileInput[] = [];
  const at: number[] = [];
  files.forEach((f, i) => {
    if (i % 2 === 1) {
      sent.push(f);
      at.push(i);
      return;
    }
    const a = analyseFile(f.name, f.type, f.content);
    if (!a.ok) results[i] = a;
    else {
      sent.push({ name: f.name, report: a.report });
      at.push(i);
    }
  });
  const env = validateBackgroundMessage(JSON.parse(JSON.stringify({ type: 'bg:files.add', payload: { files: sent } })));
  // The message carries the reports' fields, not their identity: that is recomputed where they are stored.
  const plain = (fs: FileInput[]) => fs.map((f) => ('report' in f ? { ...f, report: { ...f.report, contentHash: '', publishedAt: null } } : f));
  const received = (env.payload as { files: FileInput[] }).files;
  expect(plain(received)).toEqual(plain(sent));
  const stored = await storeFiles(db, received, now);
  if (!stored.ok) return stored;
  stored.results.forEach((r, j) => (results[at[j]!] = r));
  return { ok: true, results };
}

describe('adding files (a folder of articles: analysed by the page, stored together)', () => {
  it('stores every readable file in one go, answers each file, and keeps the key statistics a recount', async () => {
    const files = [
      { name: 'a.txt', type: 'text' as const, content: text(1) },
      { name: 'empty.txt', type: 'text' as const, content: '  \n ' },
      { name: 'b.html', type: 'html' as const, content: html(2) },
      // The same text under another name: one report, the second answer says it was there already.
      { name: 'a-copy.txt', type: 'text' as const, content: text(1) },
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

  it('refuses a report that is not one (as an import would), and stores the others of the message', async () => {
    const good = analyseFile('a.txt', 'text', text(1));
    if (!good.ok) throw new Error('not an article');
    const out = await storeFiles(db, [
      { name: 'bad-url.txt', report: { ...good.report, url: 'javascript:alert(1)' } },
      { name: 'bad-keys.txt', report: { ...good.report, keys: 'n:kursk' as unknown as string[] } },
      { name: 'a.txt', report: good.report },
    ], 1);
    if (!out.ok) throw new Error('not stored');
    expect(out.results.map((r) => r.ok)).toEqual([false, false, true]);
    expect(await db.reports.count()).toBe(1);
    // Identity is recomputed, never taken from the sender.
    const forged = await storeFiles(db, [{ name: 'b.txt', report: { ...analyseFileOk('b.txt', text(2)), contentHash: good.report.contentHash } }], 2);
    expect(forged.ok && forged.results[0]?.ok && forged.results[0].created).toBe(true);
    expect(await db.reports.count()).toBe(2);
  });

  it('says once that storage failed, and stores none of the files', async () => {
    db.close();
    const out = await addFiles(db, [{ name: 'a.txt', type: 'text', content: text(1) }, { name: 'b.txt', type: 'text', content: text(2) }], 1);
    expect(out.ok).toBe(false);
    await db.open();
    expect(await db.reports.count()).toBe(0);
  });
});
