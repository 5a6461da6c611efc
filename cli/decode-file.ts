/** Bytes of a file as text: UTF-8 (or UTF-16 with a BOM, or the charset an HTML file declares), else a clear error. */
export function decodeFile(bytes: Uint8Array, isHtml: boolean): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (isHtml) {
      const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
      const charset = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1];
      if (charset) {
        try {
          return new TextDecoder(charset.toLowerCase()).decode(bytes);
        } catch {
          throw new Error(`declares charset "${charset}", which cannot be decoded here`);
        }
      }
    }
    throw new Error('is not valid UTF-8 text (convert it first, e.g. `iconv -f WINDOWS-1252 -t UTF-8`)');
  }
}
