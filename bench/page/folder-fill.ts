// Runs in the built extension's options page (bundled by bench/browser-bundle.ts): a folder of articles added as the
// page adds one (extension/options/file-batches.ts): batches analysed by the service worker and, for a large folder,
// by the page's analysis worker too, and stored by the service worker. The files are made up here instead of read
// from disk (the files row of match-idb reads real ones).
import { DEFAULT_IMPORT_BATCH } from '../../lib/jobs/import-job.ts';
import type { FileInput } from '../../lib/protocol/options-messages.ts';
import { articleFromText } from '../../lib/extract/text-article.ts';
import { FileBatches, type FilesAnswer } from '../../extension/options/file-batches.ts';
import { generateCorpus, vocabularyOf, type Vocabulary } from '../generate-corpus.ts';
import { extensionBase, fetchLexiconTexts } from './install-concepts.ts';

/** Batches whose texts are made up at a time (a batch's texts are some 8 MB), as bench/page/idb-match.ts's fillTo. */
const FILL_AHEAD = 5;
let chunk = 0;

const base = extensionBase();
if (!base) throw new Error('folder-fill runs in an extension page');
// The lexicons' words, for made-up reports that carry concepts as real ones do (the page analyses nothing itself).
const vocabulary: Promise<Record<string, Vocabulary>> = fetchLexiconTexts(base).then((texts) =>
  Object.fromEntries(Object.entries(texts).map(([lang, text]) => [lang, vocabularyOf(text)])),
);


(globalThis as Record<string, unknown>)['parallaxFolder'] = {
  /**
   * A folder of `count` made-up files, added FILL_AHEAD batches at a time: the milliseconds spent from the first batch
   * sent to the last answered (making up the texts not), and the files stored.
   */
  async add(count: number): Promise<{ stored: number; ms: number }> {
    const folder = FileBatches.forFolder(count);
    // The batches' sizes as the options page sends them: small first, growing to the largest.
    let size = FileBatches.nextSize(0);
    let stored = 0;
    let ms = 0;
    for (let done = 0; done < count; ) {
      const n = Math.min(FILL_AHEAD * DEFAULT_IMPORT_BATCH, count - done);
      const files: FileInput[] = generateCorpus({ reports: n, seed: 50_000 + chunk++, vocabulary: await vocabulary }).map((r, j) => ({
        type: 'article',
        name: `folder-${chunk}-${j}.txt`,
        article: articleFromText(r.text, { title: r.title, url: `https://folder.example/${chunk}/${j}`, publishedTime: r.publishedTime, langHint: r.lang }),
      }));
      const answered = (answer: FilesAnswer) => {
        if (!answer.ok) throw new Error(`a batch was not stored: ${JSON.stringify(answer.error)}`);
        stored += answer.results.filter((r) => r.ok).length;
      };
      const t0 = performance.now();
      for (let i = 0; i < files.length; i += size, size = FileBatches.nextSize(size)) await folder.send(files.slice(i, i + size), answered);
      await folder.drain();
      ms += performance.now() - t0;
      done += n;
    }
    await folder.finish();
    return { stored, ms };
  },
};
