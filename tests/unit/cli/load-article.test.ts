import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticleFile } from '../../../cli/load-article.ts';

const TEXT = 'La ONU aprueba una zona de exclusión aérea sobre Libia\n\nEl Consejo de Seguridad votó la resolución 1973 con diez votos a favor y cinco abstenciones.\n';
const page = (meta: string) =>
  `<html lang="es"><head><title>Zona de exclusión aérea</title>${meta}</head><body><article><h1>Zona de exclusión aérea</h1><p>${TEXT.repeat(4)}</p></article></body></html>`;

describe('a file as the command line reads it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-load-'));
  const file = (name: string, content: string) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };

  it('dates a text file by the day its name gives, and leaves a file undated when its name gives no day', async () => {
    expect((await loadArticleFile(file('es_libya_2011-03-17_ext_4.txt', TEXT))).publishedTime).toBe('2011-03-17T00:00:00.000Z');
    expect((await loadArticleFile(file('onu.txt', TEXT))).publishedTime).toBeNull();
  });

  it("keeps a page's own date over its name's, and takes the name's when the page has none", async () => {
    const dated = file('2011-03-17.html', page('<meta property="article:published_time" content="2011-03-18T06:00:00Z">'));
    expect((await loadArticleFile(dated)).publishedTime).toBe('2011-03-18T06:00:00.000Z');
    expect((await loadArticleFile(file('onu-20110317.html', page('')))).publishedTime).toBe('2011-03-17T00:00:00.000Z');
  });
});
