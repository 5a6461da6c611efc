import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract-article.ts';
import { parseHtml } from '../../../lib/extract/parse-html.ts';
import { isDenseScript, looksLikeArticle } from '../../../lib/extract/readerable.ts';
import { detectLanguage } from '../../../lib/lang/detect-language.ts';

const page = (name: string) => parseHtml(readFileSync(resolve(import.meta.dirname, '../../fixtures/pages', name), 'utf8'));

describe('the article check, fitted to scripts without spaces', () => {
  it('takes a Chinese article of short paragraphs that Readability alone refuses', () => {
    const doc = page('news--zh-short-paragraphs.html');
    expect(isProbablyReaderable(doc)).toBe(false);
    expect(looksLikeArticle(doc)).toBe(true);
    const result = extractArticle(doc, { url: 'http://127.0.0.1/zh', detectLanguage });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.lang).toBe('zh');
      expect(result.article.text).toContain('三千二百多名居民');
    }
  });

  it('still refuses a Chinese page of links and headlines', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<li><a href="/n/${i}">第${i + 1}条新闻标题：本市今日天气晴朗</a></li>`).join('');
    const doc = parseHtml(`<!doctype html><html lang="zh"><head><title>新闻列表</title></head><body><ul>${links}</ul></body></html>`);
    expect(looksLikeArticle(doc)).toBe(false);
    expect(extractArticle(doc, { url: 'http://127.0.0.1/list' }).ok).toBe(false);
  });

  it('tells dense scripts from spaced ones by their letters', () => {
    expect(isDenseScript('受持续强降雨影响，本市主要河流水位上涨 (Reuters)')).toBe(true);
    expect(isDenseScript('Ferries resumed on Monday, 渡轮')).toBe(false);
    expect(isDenseScript('2025 — 12:30')).toBe(false);
  });
});

describe('the page language from its text', () => {
  it('reads English text marked lang="fr" as English', () => {
    const result = extractArticle(page('news--en-marked-fr.html'), { url: 'http://127.0.0.1/ferry', detectLanguage });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.lang).toBe('en');
  });
});
