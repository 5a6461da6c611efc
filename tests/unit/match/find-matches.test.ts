import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/generate-corpus.ts';
import { findMatches, MATCH_DEFAULTS } from '../../../lib/match/find-matches.ts';
import type { MatchIndex } from '../../../lib/match/match-index.ts';
import { MemoryMatchIndex } from '../../../lib/match/memory-index.ts';
import { MAX_KEYS, reportKeys } from '../../../lib/match/report-keys.ts';

const keysOf = (text: string, lang: string) => reportKeys({ title: '', text, lang, publishedTime: null, figures: [] });

/** Counts calls, to check that the work per query is bounded. */
class CountingIndex implements MatchIndex {
  postingsRead = 0;
  loaded = 0;
  constructor(private readonly inner: MatchIndex) {}
  count() {
    return this.inner.count();
  }
  keysLooked = 0;
  async lookup(keys: readonly string[], limit: number) {
    const stats = await this.inner.lookup(keys, limit);
    this.keysLooked += keys.length;
    this.postingsRead += stats.reduce((n, s) => n + s.ids.length, 0);
    return stats;
  }
  async load(ids: readonly number[]) {
    this.loaded += ids.length;
    return this.inner.load(ids);
  }
}

describe('findMatches', () => {
  const corpus = generateCorpus({ reports: 600, seed: 7 });
  const index = new MemoryMatchIndex();
  const keys = corpus.map((r) => reportKeys({ ...r, figures: [] }));
  corpus.forEach((r, id) => index.add({ id, keys: keys[id] ?? [], lang: r.lang, publishedAt: Date.parse(r.publishedTime) }));

  it('chooses among candidates that tie the same way however the index was filled', async () => {
    const report = corpus[10];
    if (!report) throw new Error('corpus too small');
    const twins = (ids: number[]) => {
      const twin = new MemoryMatchIndex();
      for (const id of ids) twin.add({ id, keys: keys[10] ?? [], lang: report.lang, publishedAt: Date.parse(report.publishedTime) });
      return twin;
    };
    const query = { keys: keys[10] ?? [], publishedAt: Date.parse(report.publishedTime) };
    const fresh = twins([1, 2, 3, 4, 5]);
    // The same five reports, the first removed and added back: it now comes last in every posting.
    const refilled = twins([1, 2, 3, 4, 5]);
    refilled.remove(1);
    refilled.add({ id: 1, keys: keys[10] ?? [], lang: report.lang, publishedAt: Date.parse(report.publishedTime) });
    const options = { maxDatedCandidates: 2, maxCandidates: 2 };
    const ids = async (index: MatchIndex) => (await findMatches(query, index, options)).map((m) => m.id);
    expect(await ids(fresh)).toEqual([1, 2]);
    expect(await ids(refilled)).toEqual([1, 2]);
  });

  it('keeps other-language versions among its results however many reports of the query’s own language match', async () => {
    // A story told in two languages, and 30 copies of the query's own-language report: these all outscore the other.
    const query = corpus.findIndex((r, i) => corpus.some((o, j) => j !== i && o.story === r.story && o.lang !== r.lang));
    const report = corpus[query]!;
    const other = corpus.findIndex((o, j) => j !== query && o.story === report.story && o.lang !== report.lang);
    const busy = new MemoryMatchIndex();
    const at = Date.parse(report.publishedTime);
    for (let id = 0; id < 30; id++) busy.add({ id, keys: keys[query] ?? [], lang: report.lang, publishedAt: at });
    busy.add({ id: 100, keys: keys[other] ?? [], lang: corpus[other]!.lang, publishedAt: Date.parse(corpus[other]!.publishedTime) });
    const alone = new MemoryMatchIndex();
    alone.add({ id: 100, keys: keys[other] ?? [], lang: corpus[other]!.lang, publishedAt: Date.parse(corpus[other]!.publishedTime) });
    const q = { keys: keys[query] ?? [], publishedAt: at, lang: report.lang };
    // The other-language report is a match on its own...
    expect((await findMatches(q, alone)).map((m) => m.id)).toEqual([100]);
    const matches = await findMatches(q, busy, { limit: 20, maxDatedCandidates: 40 });
    // ...and stays one beside 30 better-scoring reports of the query's language, which fill the other places.
    expect(matches).toHaveLength(20);
    expect(matches.map((m) => m.id)).toContain(100);
    expect(matches.filter((m) => m.lang === report.lang)).toHaveLength(19);
    const scores = matches.map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // Without a language for the query, the best 20 are all there is.
    const { lang: _lang, ...unknown } = q;
    expect((await findMatches(unknown, busy, { limit: 20, maxDatedCandidates: 40 })).map((m) => m.id)).not.toContain(100);
  });

  it('finds a report’s story among hundreds, in other languages too', async () => {
    let found = 0;
    let crossLanguage = 0;
    const queries = [10, 100, 200, 300, 400, 500];
    for (const id of queries) {
      const report = corpus[id];
      if (!report) continue;
      const matches = await findMatches({ keys: keys[id] ?? [], publishedAt: Date.parse(report.publishedTime), exclude: [id] }, index);
      const same = matches.filter((m) => m.relation === 'same_story');
      if (same.length && same.every((m) => corpus[m.id]?.story === report.story)) found++;
      if (same.some((m) => corpus[m.id]?.lang !== report.lang)) crossLanguage++;
      expect(matches.map((m) => m.id)).not.toContain(id);
    }
    expect(found).toBeGreaterThanOrEqual(queries.length - 1);
    expect(crossLanguage).toBeGreaterThan(0);
  });

  it('returns nothing for a query without names, figures or dates, and for an empty corpus', async () => {
    expect(await findMatches({ keys: keysOf('the of and to in that it is was for on are', 'en'), publishedAt: null }, index)).toEqual([]);
    expect(await findMatches({ keys: [], publishedAt: null }, index)).toEqual([]);
    expect(await findMatches({ keys: keysOf('Peskov visited Kursk', 'en'), publishedAt: null }, new MemoryMatchIndex())).toEqual([]);
  });

  it('weighs keys by how rare they are now, as reports come and go', async () => {
    const small = new MemoryMatchIndex();
    const a = keysOf('Peskov said in Kursk that 37 of 64 villages stay closed after 14,000 troops left.', 'en');
    small.add({ id: 1, keys: a, lang: 'en', publishedAt: null });
    small.add({ id: 2, keys: keysOf('Песков заявил в Курске, что 37 из 64 сел закрыты; 14 000 военных ушли.', 'ru'), lang: 'ru', publishedAt: null });
    const before = await findMatches({ keys: a, publishedAt: null, exclude: [1] }, small);
    expect(before[0]?.id).toBe(2);
    // Add many reports sharing the same names: they become common, and count for less.
    for (let i = 10; i < 400; i++) small.add({ id: i, keys: keysOf('Peskov in Kursk.', 'en'), lang: 'en', publishedAt: null });
    const after = await findMatches({ keys: a, publishedAt: null, exclude: [1] }, small);
    expect(after[0]?.id).toBe(2);
    expect(after[0]?.score ?? 1).toBeLessThan(before[0]?.score ?? 0);
    for (let i = 10; i < 400; i++) small.remove(i);
    expect((await findMatches({ keys: a, publishedAt: null, exclude: [1] }, small))[0]?.score).toBe(before[0]?.score);
  });

  it('bounds its work on thousands of near-identical reports', async () => {
    const copies = new MemoryMatchIndex();
    const text = corpus[0]?.text ?? '';
    const base = keysOf(text, corpus[0]?.lang ?? 'en');
    // Each copy differs by one number, as reprints differ by a line.
    for (let id = 0; id < 3000; id++) copies.add({ id, keys: [...base, `v:${100_000 + id}`], lang: 'en', publishedAt: null });
    const counting = new CountingIndex(copies);
    const started = performance.now();
    const matches = await findMatches({ keys: keysOf(text, corpus[0]?.lang ?? 'en'), publishedAt: null }, counting, { limit: 10 });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(matches.length).toBe(10);
    expect(matches.every((m) => m.relation === 'same_story' && m.wireCopy)).toBe(true);
    // Each of the query's keys (at most MAX_KEYS) is looked up once, with at most 300 postings.
    expect(counting.keysLooked).toBeLessThanOrEqual(MAX_KEYS);
    expect(counting.postingsRead).toBeLessThanOrEqual(counting.keysLooked * 300);
    expect(counting.loaded).toBeLessThanOrEqual(MATCH_DEFAULTS.maxCandidates);
  });

  it('handles a corpus of one language and a report in a language it does not read', async () => {
    const english = new MemoryMatchIndex();
    const en = corpus.filter((r) => r.lang === 'en');
    en.forEach((r, id) => english.add({ id, keys: reportKeys({ ...r, figures: [] }), lang: 'en', publishedAt: null }));
    const first = en[0];
    if (!first) throw new Error('no English report generated');
    const own = await findMatches({ keys: reportKeys({ ...first, figures: [] }), publishedAt: null, exclude: [0] }, english);
    expect(own.every((m) => m.lang === 'en')).toBe(true);
    const thai = keysOf('กรุงเทพมหานคร รายงานว่า 14,000 คน เมื่อ 2025', 'th');
    await expect(findMatches({ keys: thai, publishedAt: null }, english)).resolves.toBeInstanceOf(Array);
  });

  it('keeps room for each language among the reports of the same days, however many of its own language share more', async () => {
    const day = Date.parse('2011-03-20T12:00:00Z');
    const crowd = new MemoryMatchIndex();
    const shared = ['n:Kdhf', 'n:Trpl', 'n:Bngz', 'v:1973', 'd:2011-03-19', 'c4:1x3f', 'c3:2a9', 'c5:77k'];
    // 120 reports of the query's language and day that share all its keys, and one in French that shares fewer.
    for (let id = 0; id < 120; id++) {
      crowd.add({ id, keys: [...shared, `n:Own${id}`, 'p:2011-03-20:es'], lang: 'es', publishedAt: day });
    }
    crowd.add({ id: 500, keys: [...shared.filter((k) => k !== 'n:Bngz'), 'n:Sarkz', 'p:2011-03-20:fr'], lang: 'fr', publishedAt: day });
    const counting = new CountingIndex(crowd);
    const matches = await findMatches({ keys: [...shared, 'n:Qry'], publishedAt: day, lang: 'es' }, counting, { limit: 200 });
    expect(counting.loaded).toBeLessThanOrEqual(MATCH_DEFAULTS.maxDatedCandidates);
    expect(matches.map((m) => m.id)).toContain(500);
    // Without the query's day nothing says which reports are French: the wider field is scored on shared weight.
    const undated = new CountingIndex(crowd);
    await findMatches({ keys: [...shared, 'n:Qry'], publishedAt: null, lang: 'es' }, undated, { limit: 200 });
    expect(undated.loaded).toBe(121); // all of them: up to maxCandidates (150)
  });
});
