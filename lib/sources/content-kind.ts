/** What a response holds, as far as adding a source is concerned. */
export type ContentKind = 'html' | 'feed' | 'xml' | 'json' | 'text' | 'pdf' | 'image' | 'media' | 'binary';

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/feed+json',
  'application/x-rss+xml',
]);

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** The first non-blank characters of a body, for sniffing (a byte-order mark and whitespace skipped). */
function head(bytes: Uint8Array): string {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  let out = '';
  for (let j = i; j < Math.min(bytes.length, i + 64); j++) out += String.fromCharCode(bytes[j]!);
  return out.toLowerCase();
}

function sniff(bytes: Uint8Array): ContentKind {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) ||
    (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && bytes[8] === 0x57 && bytes[9] === 0x45)
  ) {
    return 'image';
  }
  const start = head(bytes);
  if (start.startsWith('<?xml') || start.startsWith('<rss') || start.startsWith('<feed') || start.startsWith('<rdf:rdf')) {
    return 'xml';
  }
  if (start.startsWith('<')) return 'html';
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  for (const b of bytes.subarray(0, 512)) if (b === 0) return 'binary';
  return 'text';
}

/**
 * Classifies a response by its declared type, sniffing the first bytes where the type says little
 * (none, octet-stream, text/plain) or where an XML type may be a feed served under a generic name.
 */
export function classifyContent(mime: string, firstBytes: Uint8Array): ContentKind {
  const type = mime.toLowerCase();
  if (FEED_TYPES.has(type)) return 'feed';
  if (type === 'text/html' || type === 'application/xhtml+xml') {
    const sniffed = sniff(firstBytes);
    return sniffed === 'xml' ? 'xml' : 'html';
  }
  if (type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml')) return 'xml';
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('audio/') || type.startsWith('video/')) return 'media';
  if (type === '' || type === 'application/octet-stream' || type === 'text/plain' || type === 'binary/octet-stream') {
    const sniffed = sniff(firstBytes);
    return type === 'text/plain' && sniffed === 'binary' ? 'binary' : sniffed;
  }
  if (type.startsWith('text/')) return 'text';
  return 'binary';
}

/** The media type and charset of a Content-Type header ("text/html; charset=UTF-8" -> text/html, utf-8). */
export function parseContentType(header: string | null): { mime: string; charset: string | null } {
  if (!header) return { mime: '', charset: null };
  const [type = '', ...params] = header.split(';');
  let charset: string | null = null;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    if (param.slice(0, eq).trim().toLowerCase() === 'charset') {
      charset = param.slice(eq + 1).trim().replace(/^["']|["']$/g, '').toLowerCase() || null;
    }
  }
  return { mime: type.trim().toLowerCase(), charset };
}
