import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Handler } from './server.ts';

export const SITE_DIR = resolve(import.meta.dirname, '../../fixtures/site');

/** Paths of the fixture site, and the fixture each serves (feeds and pages written for these tests). */
export const SITE_PAGES: Record<string, [file: string, type: string]> = {
  '/ledger/': ['home--harbour-ledger.html', 'text/html; charset=utf-8'],
  '/ledger/caldera-port-reopens': ['news--caldera-port-en.html', 'text/html; charset=utf-8'],
  '/ledger/feed.xml': ['feed--ledger.rss.xml', 'application/rss+xml; charset=utf-8'],
  '/courrier/port-caldera': ['news--caldera-port-fr.html', 'text/html; charset=utf-8'],
  '/diario/porto-reabre': ['news--caldera-port-pt.html', 'text/html; charset=utf-8'],
  '/diario/atom.xml': ['feed--diario.atom.xml', 'application/atom+xml'],
  '/tincang/cang-caldera': ['news--caldera-port-vi.html', 'text/html; charset=utf-8'],
  '/tincang/feed.json': ['feed--tincang.json', 'application/feed+json'],
  '/xinwen/gangkou': ['news--caldera-port-zh.html', 'text/html; charset=utf-8'],
  '/rail/bahnstreik': ['news--rail-strike-de.html', 'text/html; charset=utf-8'],
  '/rail/huelga': ['news--rail-strike-es.html', 'text/html; charset=utf-8'],
};

export function siteFile(name: string, origin: string): string {
  return readFileSync(resolve(SITE_DIR, name), 'utf8').replaceAll('{{ORIGIN}}', origin);
}

/** State the tests change between requests: the rail feed's version, whether the changing feed is broken. */
export interface SiteControl {
  railVersion: 1 | 2;
  brokenFeed: boolean;
  /** Requests for the rail feed, with the If-None-Match they sent. */
  railRequests: Array<string | null>;
}

/**
 * The fixture site, plus the hostile cases: a 404, a server that never answers, a PDF, an image, a 50 MB page
 * (streamed, with and without a Content-Length), a feed that changes between requests (ETag / 304), a feed that
 * stops being XML.
 */
export function optionsSite(origin: () => string, control: SiteControl): Handler {
  return (req, res, url) => {
    const page = SITE_PAGES[url.pathname];
    if (page) {
      res.writeHead(200, { 'content-type': page[1] }).end(siteFile(page[0], origin()));
      return true;
    }
    switch (url.pathname) {
      case '/rail/feed.xml': {
        const etag = `"rail-${control.railVersion}"`;
        const sent = req.headers['if-none-match'] ?? null;
        control.railRequests.push(typeof sent === 'string' ? sent : null);
        if (sent === etag) {
          res.writeHead(304, { etag }).end();
          return true;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(siteFile(`feed--rail-${control.railVersion}.rss.xml`, origin()));
        return true;
      }
      case '/broken/feed.xml':
        if (control.brokenFeed) res.writeHead(200, { 'content-type': 'text/plain' }).end(siteFile('feed--not-xml.txt', origin()));
        else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(siteFile('feed--rail-1.rss.xml', origin()));
        return true;
      case '/not-xml/feed.xml':
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(siteFile('feed--not-xml.txt', origin()));
        return true;
      case '/errors/slow':
        // Never answers: the extension's time limit must end it.
        req.on('close', () => res.destroy());
        return true;
      case '/errors/report.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n');
        return true;
      case '/errors/photo.png':
        res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        return true;
      case '/errors/huge':
      case '/errors/huge-declared': {
        const total = 50 * 1024 * 1024;
        const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
        if (url.pathname.endsWith('declared')) headers['content-length'] = String(total);
        res.writeHead(200, headers);
        const chunk = Buffer.alloc(64 * 1024, '<p>word word word word</p>\n');
        let sent = 0;
        const pump = () => {
          while (sent < total) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('close', () => (sent = total));
        pump();
        return true;
      }
      default:
        return false;
    }
  };
}
