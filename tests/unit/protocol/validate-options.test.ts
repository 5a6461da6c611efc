import { describe, expect, it } from 'vitest';
import { InvalidMessage } from '../../../lib/protocol/validate-fields.ts';
import { validateBackgroundMessage } from '../../../lib/protocol/validate.ts';
import { OPTIONS_FROM } from '../../../lib/protocol/validate-options.ts';
import { OPTIONS_LIMITS } from '../../../lib/model/limits.ts';
import { ANALYSIS_VERSION } from '../../../lib/analysis/analyze-article.ts';
import { analyseFile } from '../../../lib/sources/add-files.ts';

/** A report as the analysis worker sends it, with text of its own. */
const report = (text: string) => ({ url: '', title: 't', byline: null, siteName: null, publishedTime: null, lang: 'en', text, excerpt: '', figures: [], keys: [], analysisVersion: ANALYSIS_VERSION });

const msg = (type: string, payload: unknown) => ({ type, payload });

describe('options messages are validated like every background message', () => {
  it('passes on known fields only', () => {
    expect(validateBackgroundMessage(msg('bg:sources.add', { urls: ['https://a.example/x'], extra: 1 }))).toEqual(msg('bg:sources.add', { urls: ['https://a.example/x'] }));
    expect(validateBackgroundMessage(msg('bg:corpus.query', { text: 'caldera', lang: 'vi', site: null, sourceId: 3, evil: true }))).toEqual(
      msg('bg:corpus.query', { text: 'caldera', lang: 'vi', site: null, sourceId: 3 }),
    );
    expect(validateBackgroundMessage(msg('bg:text.add', { text: 'x', title: null, url: null, publishedTime: null }))).toEqual(
      msg('bg:text.add', { text: 'x', title: null, url: null, publishedTime: null }),
    );
  });

  it('takes a prune of the kinds that may be pruned', () => {
    expect(validateBackgroundMessage(msg('bg:corpus.prune', { kinds: ['feed'], olderThanDays: 30, keep: null, all: true }))).toEqual(
      msg('bg:corpus.prune', { kinds: ['feed'], olderThanDays: 30, keep: null }),
    );
  });

  it("takes a page the options page read as its article, checked as a page's article is", () => {
    const article = { url: '', title: 'Caldera', byline: null, siteName: null, publishedTime: null, lang: 'en', text: 'The port reopened.', excerpt: '' };
    expect(validateBackgroundMessage(msg('bg:files.add', { files: [{ name: 'a.html', type: 'article', article: { ...article, script: 'x' }, content: 'x' }] }))).toEqual(
      msg('bg:files.add', { files: [{ name: 'a.html', type: 'article', article }] }),
    );
    expect(() => validateBackgroundMessage(msg('bg:files.add', { files: [{ name: 'a.html', type: 'article', article: { ...article, url: 'javascript:alert(1)' } }] }))).toThrow(InvalidMessage);
    expect(() => validateBackgroundMessage(msg('bg:files.add', { files: [{ name: 'a.html', type: 'article', article: 'Caldera' }] }))).toThrow(InvalidMessage);
    // Articles count towards what one message carries as contents do.
    const big = { ...article, text: 'x'.repeat(1_900_000) };
    expect(() => validateBackgroundMessage(msg('bg:files.add', { files: Array(6).fill({ name: 'a.html', type: 'article', article: big }) }))).toThrow(InvalidMessage);
  });

  it("takes the reports the options page's worker analysed, checked as an import's are, known fields only", () => {
    const analysed = analyseFile({ name: 'a.txt', type: 'text', content: `Floods\n\nFloods in the north killed 12 people on Monday, and about 3,000 homes were flooded, officials said. ${'The rain went on. '.repeat(20)}` });
    if (!analysed.ok) throw new Error('not analysed');
    expect(analysed.report.figures.length).toBeGreaterThan(0);
    const sent = { files: [{ name: 'a.txt', report: { ...analysed.report, evil: 1 }, extra: true }] };
    expect(validateBackgroundMessage(msg('bg:files.store', sent))).toEqual(msg('bg:files.store', { files: [{ name: 'a.txt', report: analysed.report }] }));
    expect(() => validateBackgroundMessage(msg('bg:files.store', { files: [{ name: 'a.txt', report: { ...analysed.report, url: 'javascript:alert(1)' } }] }))).toThrow(InvalidMessage);
  });

  it.each([
    ['bg:sources.add', { urls: [] }],
    ['bg:sources.add', { urls: ['javascript:alert(1)'] }],
    ['bg:sources.add', { urls: Array(1001).fill('https://a.example/') }],
    ['bg:text.add', { text: 'x', title: null, url: 'file:///etc/passwd', publishedTime: null }],
    ['bg:text.add', { text: 'x'.repeat(2_000_001), title: null, url: null, publishedTime: null }],
    ['bg:files.add', { files: [{ name: 'a.exe', type: 'binary', content: '' }] }],
    ['bg:files.add', { files: [{ name: 'a.txt', type: 'text', content: 'x'.repeat(10 * 1024 * 1024 + 1) }] }],
    ['bg:files.add', { files: [] }],
    ['bg:files.add', { files: 'a.txt' }],
    ['bg:files.add', { files: [null] }],
    ['bg:files.add', { files: Array(OPTIONS_LIMITS.files + 1).fill({ name: 'a.txt', type: 'text', content: 'x' }) }],
    // Each file within its limit, together over what one message carries.
    ['bg:files.add', { files: Array(3).fill({ name: 'a.txt', type: 'text', content: 'x'.repeat(4 * 1024 * 1024) }) }],
    ['bg:files.store', { files: [] }],
    ['bg:files.store', { files: [{ name: 'a.txt' }] }],
    ['bg:files.store', { files: [{ name: 'a.txt', report: 'Caldera' }] }],
    ['bg:files.store', { files: [{ name: 'a.txt', report: { title: 'no text' } }] }],
    ['bg:files.store', { files: Array(OPTIONS_LIMITS.files + 1).fill({ name: 'a.txt', report: report('x') }) }],
    ['bg:files.store', { files: [{ name: 'a.txt', report: { ...report('x'), keys: 'v:12' } }] }],
    // Each report within its limit, together over what one message carries.
    ['bg:files.store', { files: Array(6).fill({ name: 'a.txt', report: report('x'.repeat(1_900_000)) }) }],
    ['bg:import.chunk', { jobId: 1, seq: -1, text: '' }],
    ['bg:import.chunk', { jobId: 1, seq: 0, text: 'x'.repeat(4 * 1024 * 1024 + 1) }],
    ['bg:corpus.delete', { ids: [1, 'two'] }],
    ['bg:corpus.clear', {}],
    ['bg:corpus.export', { ids: null, after: 0, emitted: [], written: -1 }],
    ['bg:sources.configure', { sourceId: 1, intervalMinutes: 0.5 }],
    ['bg:corpus.prune', { kinds: ['page'], olderThanDays: 30, keep: null }],
    ['bg:corpus.prune', { kinds: 'feed', olderThanDays: 30, keep: null }],
    ['bg:corpus.prune', { kinds: ['feed'], olderThanDays: -1, keep: null }],
  ])('%s refuses %j', (type, payload) => {
    expect(() => validateBackgroundMessage(msg(type, payload))).toThrow(InvalidMessage);
  });

  it('every options message is accepted from extension pages only', () => {
    expect(new Set(Object.values(OPTIONS_FROM))).toEqual(new Set(['page']));
  });
});
