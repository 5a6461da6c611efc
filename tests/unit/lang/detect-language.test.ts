import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryTag } from '../../../lib/lang/detect-language.ts';

const SEEDS = resolve(import.meta.dirname, '../../../../shared/seeds');

function seed(name: string): string {
  const path = resolve(SEEDS, name);
  if (!existsSync(path)) throw new Error(`../shared/seeds/${name} is missing: this test needs ../shared beside the project`);
  return readFileSync(path, 'utf8');
}

describe('detectLanguage', () => {
  it.each([
    ['000_99b3e1f753a52581.txt', 'vi'],
    ['001_6734c75bb0122d19.txt', 'vi'],
    ['002_974e82f5ace58dd1.txt', 'zh'],
    ['003_4c6361a3f450cd33.txt', 'pt'],
    ['004_c40972abc659b7b6.txt', 'en'],
  ])('reads the seed %s as %s', (file, lang) => {
    expect(detectLanguage(seed(file))).toBe(lang);
  });

  it('gives "und" for short text rather than a guess', () => {
    expect(detectLanguage('Breaking news tonight')).toBe('und');
    expect(detectLanguage(seed('003_4c6361a3f450cd33.txt').slice(0, 60))).toBe('und');
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12 345 678 — 2025')).toBe('und');
  });

  it('uses the page lang attribute to decide between close candidates only', () => {
    const pt = seed('003_4c6361a3f450cd33.txt');
    expect(detectLanguage(pt, 'pt-BR')).toBe('pt');
    // A wrong hint does not override clear text.
    expect(detectLanguage(pt, 'en')).toBe('pt');
  });

  it('reads the text, not a wrong lang attribute: every NTREX article marked as another of our languages', () => {
    const dir = resolve(SEEDS, '../peers/ntrex');
    if (!existsSync(dir)) throw new Error('../shared/peers/ntrex is missing: this test needs ../shared beside the project');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    const others = ['en', 'fr', 'de', 'es', 'pt', 'ru', 'vi', 'zh'];
    const wrong = files.flatMap((f, i) => {
      const lang = f.split('.').at(-2) ?? '';
      const hint = others.filter((x) => x !== lang)[i % 7] ?? 'fr';
      const got = detectLanguage(readFileSync(resolve(dir, f), 'utf8'), hint);
      return got === lang ? [] : [`${f} marked ${hint}: ${got}`];
    });
    expect(wrong).toEqual([]);
  });

  it('reads every NTREX article in its language (8 languages, 200+ files)', () => {
    const dir = resolve(SEEDS, '../peers/ntrex');
    if (!existsSync(dir)) throw new Error('../shared/peers/ntrex is missing: this test needs ../shared beside the project');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(200);
    const wrong = files.filter((f) => detectLanguage(readFileSync(resolve(dir, f), 'utf8')) !== f.split('.').at(-2));
    expect(wrong).toEqual([]);
  });

  it('reads Italian text as Italian, and Italian news reports of many outlets', () => {
    const it = "Il ministero ha detto che le squadre di soccorso hanno raggiunto martedì in barca i villaggi allagati lungo il fiume, dove migliaia di persone aspettano ancora l'acqua potabile. ";
    expect(detectLanguage(it.repeat(3))).toBe('it');
    const dir = resolve(SEEDS, '../realnews/mlcrisis/txt');
    if (!existsSync(dir)) throw new Error('../shared/realnews/mlcrisis is missing: this test needs ../shared beside the project');
    const files = readdirSync(dir).filter((f) => f.startsWith('it_'));
    expect(files.length).toBeGreaterThan(100);
    const read = files.map((f) => detectLanguage(readFileSync(resolve(dir, f), 'utf8')));
    // A few reports are a line or two of text (und); none is read as another language.
    expect(read.filter((lang) => lang !== 'it' && lang !== 'und')).toEqual([]);
    expect(read.filter((lang) => lang === 'it').length / files.length).toBeGreaterThan(0.95);
  });

  it('gives "und" for text split between scripts in equal measure', () => {
    const en = 'The ministry said the rescue teams reached the flooded villages along the river by boat on Tuesday. ';
    const zh = '该部表示，救援队周二乘船抵达了沿河被洪水淹没的村庄，并向村民分发了食品和饮用水。';
    const ru = 'Министерство заявило, что спасатели во вторник добрались на лодках до затопленных деревень у реки. ';
    expect(detectLanguage((en + zh).repeat(4))).toBe('und');
    expect(detectLanguage((en + ru).repeat(4))).toBe('und');
    expect(detectLanguage(en.repeat(12))).toBe('en');
    expect(detectLanguage(ru.repeat(12))).toBe('ru');
  });

  it('reads primary subtags', () => {
    expect(primaryTag('pt-BR')).toBe('pt');
    expect(primaryTag('zh_Hans')).toBe('zh');
    expect(primaryTag('')).toBeNull();
    expect(primaryTag(null)).toBeNull();
  });
});
