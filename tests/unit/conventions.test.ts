// Meta-tests: the project's own conventions, checked over the tree.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(ROOT, dir))) {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...files(path, ext));
    else if (ext.test(name)) out.push(path);
  }
  return out;
}

const SOURCE = ['lib', 'extension', 'components', 'entrypoints'].flatMap((d) => files(d, /\.tsx?$/));

describe('conventions', () => {
  it('every message key the UI uses exists in every locale', () => {
    const used = new Set<string>();
    for (const f of SOURCE) {
      for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    for (const locale of readdirSync(join(ROOT, 'public/_locales'))) {
      const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, unknown>;
      const missing = [...used].filter((k) => !(k in messages));
      expect(missing, `missing in ${locale}`).toEqual([]);
    }
  });

  it('lib/ is pure: no browser API, no wxt, no Dexie outside lib/db', () => {
    for (const f of files('lib', /\.ts$/)) {
      const src = readFileSync(join(ROOT, f), 'utf8');
      expect(src, f).not.toMatch(/from ['"]wxt/);
      expect(src, f).not.toMatch(/\b(chrome|browser)\.(runtime|tabs|storage|action|alarms|permissions)\b/);
      if (!f.startsWith('lib/db/')) expect(src, f).not.toMatch(/from ['"]dexie['"]/);
    }
  });

  it('no HTML is written from strings', () => {
    for (const f of SOURCE) {
      const src = readFileSync(join(ROOT, f), 'utf8');
      expect(src, f).not.toMatch(/innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/);
    }
  });

  it('entrypoints stay short: they only wire things up', () => {
    for (const f of files('entrypoints', /\.(ts|tsx)$/)) {
      const lines = readFileSync(join(ROOT, f), 'utf8').split('\n').length;
      expect(lines, f).toBeLessThanOrEqual(60);
    }
  });
});
