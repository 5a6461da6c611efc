import { describe, expect, it } from 'vitest';
import { discoverFeeds } from '../../../lib/feeds/discover-feeds.ts';
import { parseHtml } from '../../../lib/extract/parse-html.ts';

const page = (head: string) => parseHtml(`<!doctype html><html><head>${head}</head><body><p>x</p></body></html>`);

describe('discoverFeeds', () => {
  it('finds RSS, Atom and JSON Feed alternates, resolved against the page, main feeds before comment feeds', () => {
    const doc = page(`
      <link rel="alternate" type="application/rss+xml" title="Comments Feed" href="/comments/feed">
      <link rel="alternate" type="application/rss+xml" title="News" href="/feed.xml">
      <link rel="alternate" type="application/atom+xml" href="https://other.example/atom">
      <link rel="alternate" type="application/feed+json" title="JSON" href="feed.json">
      <link rel="alternate" type="application/rss+xml" href="/feed.xml">
      <link rel="stylesheet" type="text/css" href="/style.css">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">`);
    expect(discoverFeeds(doc, 'https://site.example/news/story')).toEqual([
      { url: 'https://site.example/feed.xml', title: 'News', format: 'rss' },
      { url: 'https://other.example/atom', title: null, format: 'atom' },
      { url: 'https://site.example/news/feed.json', title: 'JSON', format: 'json' },
      { url: 'https://site.example/comments/feed', title: 'Comments Feed', format: 'rss' },
    ]);
  });

  it('finds nothing on a page without feeds', () => {
    expect(discoverFeeds(page('<title>x</title>'), 'https://site.example/')).toEqual([]);
  });
});
