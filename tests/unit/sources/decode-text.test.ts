import { describe, expect, it } from 'vitest';
import { classifyContent, parseContentType } from '../../../lib/sources/content-kind.ts';
import { decodeText, declaredCharset } from '../../../lib/sources/decode-text.ts';

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8('Cảng Caldera'))).toEqual({ ok: true, text: 'Cảng Caldera' });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('港口')))).toEqual({ ok: true, text: '港口' });
  });

  it('UTF-16 by its byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x2f, 0x6e, 0xe3, 0x53))).toEqual({ ok: true, text: '港口' });
    expect(decodeText(bytes(0xfe, 0xff, 0x6e, 0x2f, 0x53, 0xe3))).toEqual({ ok: true, text: '港口' });
  });

  it('the charset the server declares, then the one the document declares', () => {
    expect(decodeText(bytes(0x44, 0x69, 0xe1, 0x72, 0x69, 0x6f), { charset: 'windows-1252' })).toEqual({ ok: true, text: 'Diário' });
    const html = new Uint8Array([...utf8('<meta charset="iso-8859-1"><p>S'), 0xe3, ...utf8('o Paulo</p>')]);
    expect(decodeText(html)).toEqual({ ok: true, text: '<meta charset="iso-8859-1"><p>São Paulo</p>' });
    expect(declaredCharset(utf8('<?xml version="1.0" encoding="Shift_JIS"?><rss/>'))).toBe('shift_jis');
  });

  it('refuses an encoding it does not know', () => {
    expect(decodeText(utf8('abc'), { charset: 'x-klingon-7' })).toEqual({ ok: false, error: { code: 'encoding', params: ['x-klingon-7'] } });
  });

  it('a file in an undeclared encoding that is not UTF-8 is refused (strict), a web page read leniently', () => {
    const latin1 = bytes(0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f);
    expect(decodeText(latin1, { strict: true })).toEqual({ ok: false, error: { code: 'encoding', params: ['?'] } });
    expect(decodeText(latin1)).toEqual({ ok: true, text: 'S\uFFFDo Paulo' });
  });
});

describe('content type and kind', () => {
  it('parses Content-Type', () => {
    expect(parseContentType('Text/HTML; Charset="UTF-8"')).toEqual({ mime: 'text/html', charset: 'utf-8' });
    expect(parseContentType(null)).toEqual({ mime: '', charset: null });
  });

  it('classifies by type, and sniffs where the type says little', () => {
    expect(classifyContent('application/rss+xml', utf8(''))).toBe('feed');
    expect(classifyContent('text/xml', utf8('<rss>'))).toBe('xml');
    expect(classifyContent('text/html', utf8('<?xml version="1.0"?><rss>'))).toBe('xml');
    expect(classifyContent('text/html', utf8('<!doctype html>'))).toBe('html');
    expect(classifyContent('', utf8('%PDF-1.4'))).toBe('pdf');
    expect(classifyContent('application/octet-stream', bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image');
    expect(classifyContent('text/plain', utf8('  <feed xmlns="http://www.w3.org/2005/Atom">'))).toBe('xml');
    expect(classifyContent('text/plain', utf8('Just words.'))).toBe('text');
    expect(classifyContent('application/json', utf8('{}'))).toBe('json');
    expect(classifyContent('video/mp4', utf8(''))).toBe('media');
    expect(classifyContent('application/zip', utf8('PK'))).toBe('binary');
  });
});
