import { describe, expect, it } from 'vitest';
import { isExcludedSite, shouldCollect, siteList, siteOf } from '../../../lib/collect/collect-rules.ts';

describe('collect rules', () => {
  it('a site is named by host, address or pattern, without www.', () => {
    expect(siteOf('Example.com')).toBe('example.com');
    expect(siteOf('https://www.example.com/news/1?x=2')).toBe('example.com');
    expect(siteOf('*.example.co.uk')).toBe('example.co.uk');
    expect(siteOf('127.0.0.1:8080')).toBe('127.0.0.1');
    expect(siteOf('not a site')).toBeNull();
    expect(siteOf('')).toBeNull();
  });

  it('the list keeps each site once and drops what is not one', () => {
    expect(siteList(['example.com', 'www.example.com', 'news example', 'other.org'])).toEqual(['example.com', 'other.org']);
  });

  it('excluding a site excludes its subdomains, not sites that merely end alike', () => {
    expect(isExcludedSite('https://news.example.com/a', ['example.com'])).toBe(true);
    expect(isExcludedSite('https://example.com/a', ['example.com'])).toBe(true);
    expect(isExcludedSite('https://notexample.com/a', ['example.com'])).toBe(false);
    expect(isExcludedSite('https://example.org/a', ['example.com'])).toBe(false);
  });

  it('collects only with the setting on, outside private windows, web pages of sites not excluded', () => {
    const base = { collect: true, excluded: ['skip.example'], incognito: false, url: 'https://news.example/a' };
    expect(shouldCollect(base)).toBe(true);
    expect(shouldCollect({ ...base, collect: false })).toBe(false);
    expect(shouldCollect({ ...base, incognito: true })).toBe(false);
    expect(shouldCollect({ ...base, url: 'https://www.skip.example/a' })).toBe(false);
    expect(shouldCollect({ ...base, url: 'file:///home/a.html' })).toBe(false);
    expect(shouldCollect({ ...base, url: '' })).toBe(false);
  });
});
