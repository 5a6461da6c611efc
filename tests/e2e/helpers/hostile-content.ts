import { analyzeArticle, ANALYSIS_VERSION } from '../../../lib/analysis/analyze-article.ts';
import type { ReportRecord } from '../../../lib/model/report.ts';
import type { SourceRecord } from '../../../lib/model/source.ts';
import { endLine, headerLine, reportLine, sourceLine } from '../../../lib/transfer/export-writer.ts';

/** The global a payload sets in whatever page runs it. */
export const XSS_FLAG = '__parallaxXss';
/** Path of the beacon every payload calls (fetch from script, or the request of an image). */
export const BEACON = '/xss-hit';

/**
 * Payloads for one field (`where`), each of which reports itself if it ever runs: it requests the test server's
 * beacon (`/xss-hit?where=<where>-<how>`) and sets a global flag. An image's own request hits the beacon too, so an
 * injected <img> is caught even where a content security policy blocks its handler.
 */
export function payloads(origin: string, where: string) {
  const hit = (how: string) => `${origin}${BEACON}?where=${where}-${how}`;
  const js = (how: string) => `fetch('${hit(how)}');window.${XSS_FLAG}='${where}-${how}'`;
  const img = `<img src="${hit('img')}" onerror="${js('onerror')}">`;
  const svg = `<svg onload="${js('svg')}"></svg>`;
  const script = `<script>${js('script')}</script>`;
  return {
    img,
    svg,
    script,
    /** Markup of all three kinds, as a text field carries it. */
    markup: `${img}${svg}${script}`,
    jsUrl: `javascript:${js('jsurl')}`,
    dataUrl: `data:text/html,<script>${js('dataurl')}</script>`,
  };
}

/** The `where` tag of every beacon address in a text (`page-title-img` → `page-title`). */
export function beaconTags(text: string): Set<string> {
  const tags = new Set<string>();
  for (const m of text.matchAll(/xss-hit\?where=([a-z]+-[a-z]+)-[a-z]+/g)) tags.add(m[1]!);
  return tags;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The seed story (North Korean sappers in Kursk) told once more, in our own words, with another troop figure, so
 * that it matches the seed reports and its figure conflicts with theirs. `extra` goes right after the troop figure
 * (inside its quote, for the export); `inText` stands in a paragraph of its own.
 */
export function hostileStory(troops: string, inText: string, extra = ''): string {
  return [
    `Moscow said on Friday that soldiers from North Korea deployed in the Kursk region are removing the mines left after months of fighting with Ukrainian troops, the Russian Defence Ministry said.`,
    `Western and South Korean intelligence now says Pyongyang sent about ${troops} soldiers${extra} to help Moscow after the Ukrainian incursion into Kursk in August 2024, and that more than 6,000 of them were killed.`,
    `Our correspondent Ada Quillfeather read the statement twice. ${inText} The ministry gave no further details.`,
    `Kremlin spokesman Dmitry Peskov said Russia was deeply grateful to its Korean friends for a dangerous task. The army newspaper Krasnaya Zvezda said nearly 60% of settlements in the Bolshesoldatsky district remain closed to civilians because of unexploded mines.`,
  ].join('\n\n');
}

/** A news page whose every field is hostile, all of it escaped: the page itself runs nothing. */
export function hostilePage(origin: string): string {
  const p = (where: string) => payloads(origin, where);
  const attr = (where: string) => escapeHtml(p(where).markup);
  const body = hostileStory('19,000', escapeHtml(`Analysts quoted ${p('page-text').markup} in a note.`))
    .split('\n\n')
    .map((para) => `<p>${para}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${attr('page-title')}</title>
<link rel="canonical" href="${escapeHtml(p('page-canonical').jsUrl)}">
<meta property="og:url" content="${escapeHtml(p('page-ogurl').dataUrl)}">
<meta property="og:site_name" content="${attr('page-site')}">
<meta name="author" content="${attr('page-byline')}">
<meta name="description" content="${escapeHtml(`Sappers in Kursk, by ${p('page-excerpt').markup}`)}">
<meta property="article:published_time" content="2025-11-14T09:00:00Z">
</head><body><main><article><h1>${attr('page-title')}</h1>
${body}
<p>Read more: <a href="${escapeHtml(p('page-link').jsUrl)}">the statement</a> and <a href="${escapeHtml(p('page-link').dataUrl)}">the map</a>.</p>
</article></main></body></html>`;
}

/** A saved page to import as a file: hostile escaped text, and hostile markup in the page itself (never to be run). */
export function hostileHtmlFile(origin: string): string {
  const p = (where: string) => payloads(origin, where);
  const attr = (where: string) => escapeHtml(p(where).markup);
  const raw = p('file-markup');
  const paras = hostileStory('21,000', `${escapeHtml(`Analysts quoted ${p('file-text').markup} in a note.`)} ${raw.img}${raw.svg}${raw.script}`)
    .split('\n\n')
    .map((para) => `<p>${para}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${attr('file-title')}</title>
<link rel="canonical" href="${escapeHtml(p('file-canonical').jsUrl)}">
<meta property="og:site_name" content="${attr('file-site')}">
<meta name="author" content="${attr('file-byline')}">
<meta property="article:published_time" content="2025-11-15T09:00:00Z">
<script>${raw.script}</script>
</head><body onload="${escapeHtml(`fetch('${origin}/xss-hit?where=file-body-onload')`)}"><main><article><h1>${attr('file-title')}</h1>
${paras}
<p><a href="${escapeHtml(raw.jsUrl)}">statement</a> <iframe src="${escapeHtml(raw.dataUrl)}"></iframe></p>
</article></main></body></html>`;
}

/** A file name that is itself a payload (a file name has no slash: the beacon address is encoded). */
export function hostileFileName(origin: string, where: string, ending: string): string {
  const url = encodeURIComponent(`${origin}/xss-hit?where=${where}-onerror`);
  return `kursk <img src=x onerror="fetch(decodeURIComponent('${url}'));${XSS_FLAG}=1">${ending}`;
}

/** One hostile report as stored: the story analysed, with a payload made part of the troop figure's quote. */
export function hostileRecord(origin: string, troops: string, fields: Partial<ReportRecord>, tag: string): ReportRecord {
  const p = (where: string) => payloads(origin, where);
  const quoteExtra = ` ${p(`${tag}-quote`).markup}`;
  const text = hostileStory(troops, `Analysts quoted ${p(`${tag}-text`).markup} in a note.`, quoteExtra);
  const analysed = analyzeArticle({
    url: 'https://hostile.example/', title: 'Kursk', byline: null, siteName: null, publishedTime: '2025-11-16T09:00:00.000Z', lang: 'en', text, excerpt: '',
  });
  const troopFigure = analysed.figures.find((f) => f.concept === 'troops_sent');
  if (!troopFigure || !troopFigure.quote.includes(troops)) throw new Error(`the hostile story's troop figure was not read: ${JSON.stringify(analysed.figures)}`);
  // The quote runs on over the payload: an export may say anything, as long as the quote is the text at its offsets.
  const end = troopFigure.end + quoteExtra.length;
  const figures = analysed.figures.map((f) =>
    f === troopFigure ? { ...f, end, quote: text.slice(f.start, end), attribution: p(`${tag}-attribution`).img, asOf: p(`${tag}-asof`).svg, qualifierText: p(`${tag}-qualifier`).img } : f,
  );
  return {
    ...analysed,
    id: 1,
    title: p(`${tag}-title`).markup,
    byline: p(`${tag}-byline`).markup,
    siteName: p(`${tag}-site`).markup,
    excerpt: `Sappers in Kursk, by ${p(`${tag}-excerpt`).markup}`,
    figures,
    analysisVersion: ANALYSIS_VERSION,
    addedAt: 0,
    updatedAt: 0,
    sourceId: 1,
    ...fields,
  };
}

/**
 * A Parallax export carrying payloads everywhere it can: the source's key and title, and two reports (one whose
 * address is an http URL full of markup, one whose language tag is markup).
 */
export function hostileExport(origin: string): string {
  const p = (where: string) => payloads(origin, where);
  const source: SourceRecord = { id: 1, kind: 'import', key: p('export-sourcekey').jsUrl, title: p('export-source').markup, addedAt: 0 };
  const first = hostileRecord(origin, '17,000', { url: `https://hostile.example/kursk/"><svg onload="${XSS_FLAG}=1">?q=${p('export-url').img}` }, 'export');
  const second = hostileRecord(origin, '16,000', { url: 'https://hostile.example/kursk-lang', lang: `<svg onload=${XSS_FLAG}=1>` }, 'lang');
  return [
    headerLine({ exportedAt: '2025-11-16T10:00:00.000Z', analysisVersion: ANALYSIS_VERSION, reports: 2 }),
    sourceLine(source),
    reportLine(first, 1),
    reportLine(second, 1),
    endLine(2),
  ].join('');
}

/** An export whose one report has a non-http address (javascript: or data:): refused whole. */
export function exportWithAddress(origin: string, url: 'javascript' | 'data'): string {
  const p = payloads(origin, `bad-${url}`);
  const report = hostileRecord(origin, '18,000', { url: url === 'javascript' ? p.jsUrl : p.dataUrl }, `bad${url.slice(0, 4)}`);
  return [headerLine({ exportedAt: '2025-11-16T10:00:00.000Z', analysisVersion: ANALYSIS_VERSION, reports: 1 }), reportLine(report, null), endLine(1)].join('');
}
