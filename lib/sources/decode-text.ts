import { sourceError, type SourceError } from '../model/source-error.ts';

export type DecodeResult = { ok: true; text: string } | { ok: false; error: SourceError };

function decoderFor(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

/** The encoding a document declares in its first bytes: `<meta charset>` for HTML, the XML declaration for XML. */
export function declaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, 2048); i++) head += String.fromCharCode(bytes[i]!);
  const xml = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  const meta = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

/**
 * Bytes to text. A byte-order mark wins, then the charset the server declares, then the one the document declares.
 * Without any declaration the bytes must be UTF-8: a file in some other, unnamed encoding is refused with a clear
 * error rather than stored as mojibake. `strict` (files) refuses invalid UTF-8; web pages get the browser's
 * leniency (replacement characters), as a browser would show them.
 */
export function decodeText(bytes: Uint8Array, options: { charset?: string | null; strict?: boolean } = {}): DecodeResult {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const label = options.charset ?? declaredCharset(bytes);
  if (label) {
    const decoder = decoderFor(label, false);
    if (!decoder) return { ok: false, error: sourceError('encoding', label) };
    // A declared UTF-8 that is not UTF-8 in a file is a mislabelled file: say so.
    if (options.strict && decoder.encoding === 'utf-8') {
      try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
      } catch {
        return { ok: false, error: sourceError('encoding', label) };
      }
    }
    return { ok: true, text: decoder.decode(bytes) };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    if (!options.strict) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
    return { ok: false, error: sourceError('encoding', '?') };
  }
}
