import type { CorpusDb } from '../../lib/db/corpus-db.ts';
import type { KeyStatRecord } from '../../lib/db/records.ts';
import { decodeBucket } from '../../lib/db/key-bucket-codec.ts';
import { bucketOf, KEPT_POSTINGS, KEY_BUCKETS, KEY_DELTA_FROM, keyStatsOf, mainBucket } from '../../lib/db/key-stats.ts';
import { REPORT_COUNT } from '../../lib/db/report-count.ts';
import { contentHash, normalizedForHash } from '../../lib/util/hash.ts';

/**
 * What must hold of a corpus after any write, whatever wrote it; the list of what does not (empty when all holds).
 * - keyStats are a recount of the reports' keys: every key of a report has a row, df = the reports that have it;
 *   no row for a key no report has, none with df <= 0; its postings are those reports (in id order, a sample of
 *   the first KEPT_POSTINGS when the key has been more common than that);
 * - the report count kept in meta (when kept) is the number of reports;
 * - a report's identity is its text: contentHash is the hash of its text, a "text:" URL is "text:" + that hash;
 *   URLs are unique, and so are texts; other URLs are http(s);
 * - publishedAt is publishedTime as epoch ms; a report's source exists; every figure quotes the text at its offsets.
 */
export async function corpusViolations(db: CorpusDb): Promise<string[]> {
  const [reports, sources, meta] = await Promise.all([db.reports.toArray(), db.sources.toArray(), db.meta.toArray()]);
  const out = await keyStoreViolations(db);

  const kept = meta.find((m) => m.key === REPORT_COUNT);
  if (kept && kept.value !== reports.length) out.push(`meta ${REPORT_COUNT} is ${kept.value}, the store holds ${reports.length}`);

  const sourceIds = new Set(sources.map((s) => s.id));
  const urls = new Set<string>();
  const texts = new Set<string>();
  for (const r of reports) {
    const at = `report ${r.id} (${r.url.slice(0, 60)})`;
    if (urls.has(r.url)) out.push(`${at}: URL stored twice`);
    urls.add(r.url);
    if (texts.has(r.contentHash)) out.push(`${at}: text stored twice`);
    texts.add(r.contentHash);
    const hash = contentHash(normalizedForHash(r.text));
    if (r.contentHash !== hash) out.push(`${at}: contentHash ${r.contentHash}, its text hashes to ${hash}`);
    if (r.url.startsWith('text:') ? r.url !== `text:${hash}` : !/^https?:\/\//i.test(r.url)) out.push(`${at}: URL is neither http(s) nor its text's hash`);
    const publishedAt = r.publishedTime ? Date.parse(r.publishedTime) : null;
    if (r.publishedAt !== (Number.isNaN(publishedAt) ? null : publishedAt)) out.push(`${at}: publishedAt ${r.publishedAt} for ${r.publishedTime}`);
    if (r.sourceId !== null && !sourceIds.has(r.sourceId)) out.push(`${at}: source ${r.sourceId} does not exist`);
    r.figures.forEach((f, i) => {
      if (r.text.slice(f.start, f.end) !== f.quote) out.push(`${at}: figure ${i} quotes ${JSON.stringify(f.quote)} at ${f.start}-${f.end}`);
    });
  }
  return out;
}

/**
 * Where the stored key buckets (main and delta rows) are not a recount of the stored reports' keys, or a row holds a
 * report on the wrong side of KEY_DELTA_FROM (main rows below it, delta rows from it on).
 */
export async function keyStoreViolations(db: CorpusDb): Promise<string[]> {
  const [reports, buckets, from] = await Promise.all([db.reports.toArray(), db.keyBuckets.toArray(), db.meta.get(KEY_DELTA_FROM)]);
  const out: string[] = [];
  const split = from?.value ?? Infinity;
  for (const row of buckets) {
    const [low, high] = row.bucket >= KEY_BUCKETS ? [split, Infinity] : [0, split];
    for (const [key, entry] of decodeBucket(row)) {
      if (bucketOf(key) !== mainBucket(row)) out.push(`keyStats ${JSON.stringify(key)}: in bucket ${row.bucket}, belongs in ${bucketOf(key)}`);
      for (const id of entry.ids ?? []) if (id < low || id >= high) out.push(`keyStats ${JSON.stringify(key)}: report ${id} in row ${row.bucket}, outside [${low}, ${high})`);
    }
  }
  out.push(...keyStatViolations(reports, keyStatsOf(buckets)));
  return out;
}

/** Where key statistics are not a recount of the reports' keys: df and postings (or, for a sample, a subset). */
export function keyStatViolations(reports: ReadonlyArray<{ id?: number; keys: readonly string[] }>, keyStats: readonly KeyStatRecord[]): string[] {
  const out: string[] = [];
  const holders = new Map<string, number[]>();
  for (const r of [...reports].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))) {
    for (const k of new Set(r.keys)) {
      const list = holders.get(k);
      if (list) list.push(r.id ?? -1);
      else holders.set(k, [r.id ?? -1]);
    }
  }
  const stored = new Map(keyStats.map((s) => [s.key, s]));
  for (const [key, ids] of holders) {
    const row = stored.get(key);
    const at = `keyStats ${JSON.stringify(key)}`;
    if (row?.df !== ids.length) out.push(`${at}: ${row?.df ?? 'no row'}, recount ${ids.length}`);
    if (!row) continue;
    const postings = [...row.ids].sort((a, b) => a - b);
    if (new Set(postings).size !== postings.length) out.push(`${at}: postings repeat an id`);
    if (row.sample) {
      const held = new Set(ids);
      if (postings.length > KEPT_POSTINGS || postings.some((id) => !held.has(id))) out.push(`${at}: sample ${postings.join(',')} is not among the holders`);
    } else if (postings.join(',') !== ids.join(',')) out.push(`${at}: postings ${postings.join(',')}, holders ${ids.join(',')}`);
  }
  for (const [key, row] of stored) if (!holders.has(key)) out.push(`keyStats ${JSON.stringify(key)}: df ${row.df}, but no report has the key`);
  return out;
}

/**
 * The corpus stores (reports, sources, key statistics, meta), every row in key order, as one string: two dumps are
 * equal only when the corpus is the same byte for byte, ids and times included.
 */
export async function corpusDump(db: CorpusDb): Promise<string> {
  const [reports, sources, buckets, meta] = await Promise.all([db.reports.toArray(), db.sources.toArray(), db.keyBuckets.toArray(), db.meta.toArray()]);
  const keyStats = keyStatsOf(buckets).sort((a, b) => (a.key < b.key ? -1 : 1));
  return JSON.stringify({ reports, sources, keyStats, meta });
}
