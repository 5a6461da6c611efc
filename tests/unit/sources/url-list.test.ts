import { describe, expect, it } from 'vitest';
import { originPattern, originPatterns, parseUrlList } from '../../../lib/sources/url-list.ts';

describe('parseUrlList', () => {
  it('one URL per line (or space), deduplicated, fragments dropped, bare hosts get https', () => {
    const input = ' https://a.example/x#top\n\nhttp://b.example:8080/y  https://a.example/x\nc.example/news/1\r\n';
    expect(parseUrlList(input)).toEqual({
      urls: ['https://a.example/x', 'http://b.example:8080/y', 'https://c.example/news/1'],
      invalid: [],
    });
  });

  it('reports what is not an http(s) URL instead of guessing', () => {
    expect(parseUrlList('javascript:alert(1)\nftp://x.example/\nhello\nfile:///etc/passwd')).toEqual({
      urls: [],
      invalid: ['javascript:alert(1)', 'ftp://x.example/', 'hello', 'file:///etc/passwd'],
    });
  });

  it('is linear on a long paste', () => {
    const started = performance.now();
    parseUrlList('a.'.repeat(200_000) + ' ' + 'https://x.example/'.repeat(1000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('origin patterns (what a permission request asks for)', () => {
  it('one pattern per host and scheme; ports are not part of match patterns', () => {
    expect(originPattern('http://127.0.0.1:8123/feed.xml')).toBe('http://127.0.0.1/*');
    expect(originPatterns(['https://a.example/1', 'https://a.example/2', 'http://a.example/3', 'https://b.example/'])).toEqual([
      'https://a.example/*',
      'http://a.example/*',
      'https://b.example/*',
    ]);
    expect(originPattern('chrome://settings')).toBeNull();
  });
});
