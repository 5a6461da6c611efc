import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CATALOG_FEEDS } from '../../../lib/catalog/feeds.ts';
import type { CatalogFeed } from '../../../lib/model/catalog-feed.ts';
import { EXTENSION_DIR } from './extension.ts';
import { seedPages, type SeedPage } from './seed-pages.ts';
import type { Handler } from './server.ts';

/** Where the catalogue's feed number i is served on the local server. */
export const localFeedPath = (i: number) => `/catalog/feed-${i}.xml`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A copy of the built extension whose catalogue points at the local server: the addresses are data, so each feed's
 * address becomes `origin + localFeedPath(i)` and each site the server's origin. Fails when an address is not found
 * in the bundle (the catalogue moved), rather than testing real addresses.
 */
export function catalogBuild(origin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-catalog-build-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const swaps = new Map<string, string>();
  CATALOG_FEEDS.forEach((f, i) => {
    swaps.set(f.url, origin + localFeedPath(i));
    swaps.set(f.site, `${origin}/`);
  });
  const found = new Set<string>();
  for (const path of files(dir).filter((p) => p.endsWith('.js'))) {
    const text = readFileSync(path, 'utf8');
    let out = text;
    for (const [from, to] of swaps) {
      // Only whole string literals: a feed's address is never a part of another's.
      const re = new RegExp(`(["'\`])${escapeRegExp(from)}\\1`, 'g');
      out = out.replace(re, (_, q: string) => (found.add(from), `${q}${to}${q}`));
    }
    if (out !== text) writeFileSync(path, out);
  }
  const missing = [...swaps.keys()].filter((k) => !found.has(k));
  if (missing.length) throw new Error(`catalogue addresses not found in the build: ${missing.slice(0, 3).join(', ')}`);
  return dir;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** An RSS feed listing the seed reports in the feed's language, each as a page on the local server. */
function seedFeed(feed: CatalogFeed, seeds: readonly SeedPage[], origin: string): string {
  const items = seeds
    .filter((s) => s.lang === feed.lang)
    .map((s) => {
      const title = /<title>([^<]*)<\/title>/.exec(s.html)?.[1] ?? s.id;
      return `<item><title>${title}</title><link>${origin}${s.path}</link><guid>${origin}${s.path}</guid><description>${escapeXml(title)}</description></item>`;
    });
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${escapeXml(feed.outlet)}</title><link>${origin}/</link><language>${feed.lang}</language>${items.join('')}</channel></rss>`;
}

/** Serves every catalogue feed (its items: the seeds in its language) and the seed pages. */
export function catalogSite(origin: () => string): Handler {
  const seeds = seedPages();
  return (_req, res, url) => {
    const seed = seeds.find((s) => s.path === url.pathname);
    if (seed) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(seed.html);
      return true;
    }
    const i = CATALOG_FEEDS.findIndex((_, j) => localFeedPath(j) === url.pathname);
    if (i < 0) return false;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(seedFeed(CATALOG_FEEDS[i]!, seeds, origin()));
    return true;
  };
}
