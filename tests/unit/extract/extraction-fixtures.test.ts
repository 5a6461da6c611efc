import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addExtractionCase, expectedFiles, PAGES_DIR } from '../../../scripts/add-extraction-case.ts';

const PAGES = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'));

describe('extraction fixtures: each page against its expected article and metadata', () => {
  it('has pages', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(4);
  });

  for (const page of PAGES) {
    it(page, () => {
      const name = page.replace(/\.html$/, '');
      for (const [path, content] of expectedFiles(PAGES_DIR, name, readFileSync(join(PAGES_DIR, page), 'utf8'))) {
        // A missing baseline is written once (review it in the diff); after that any change fails.
        if (!existsSync(path)) writeFileSync(path, content);
        expect(content, path).toBe(readFileSync(path, 'utf8'));
      }
    });
  }
});

describe('adding an extraction case', () => {
  it('copies the page in and writes its expected article and metadata; never replaces a case', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extraction-case-'));
    try {
      const written = addExtractionCase(join(PAGES_DIR, 'news--flood-da-nang-en.html'), 'news--flood-copy', dir);
      expect(written.map((p) => p.slice(dir.length + 1))).toEqual(['news--flood-copy.html', 'news--flood-copy.expected.json', 'news--flood-copy.expected.txt']);
      const metadata = JSON.parse(readFileSync(join(dir, 'news--flood-copy.expected.json'), 'utf8')) as Record<string, unknown>;
      expect(metadata).toMatchObject({ ok: true, lang: 'en', siteName: 'Harbour Post' });
      expect(readFileSync(join(dir, 'news--flood-copy.expected.txt'), 'utf8')).toContain('Rescue teams used boats');
      expect(() => addExtractionCase(join(PAGES_DIR, 'news--flood-da-nang-en.html'), 'news--flood-copy', dir)).toThrow(/exists/);
      expect(() => addExtractionCase(join(PAGES_DIR, 'news--flood-da-nang-en.html'), 'Flood', dir)).toThrow(/case name/);
      addExtractionCase(join(PAGES_DIR, 'not-article--search-results.html'), 'not-article--copy', dir);
      expect(existsSync(join(dir, 'not-article--copy.expected.txt'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
