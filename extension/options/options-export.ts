import type { ExportCursor, ExportPage } from '../../lib/transfer/export-page.ts';
import { EXPORT_EXTENSION } from '../../lib/transfer/export-format.ts';
import { sendToBackground } from '../messaging.ts';

/**
 * Writes the corpus (or the selected reports) to a file the reader saves: the background hands over the export in
 * pieces; the page joins them in a Blob (no string of the whole corpus is built) and offers it as a download.
 */
export async function downloadExport(ids: number[] | null, onProgress: (written: number) => void): Promise<number> {
  const parts: string[] = [];
  let cursor: ExportCursor | null = { ids, after: 0, emitted: [], written: 0 };
  let written = 0;
  while (cursor) {
    const page: ExportPage = await sendToBackground('bg:corpus.export', cursor);
    parts.push(page.text);
    written = page.written;
    onProgress(written);
    cursor = page.next;
  }
  const blob = new Blob(parts, { type: 'application/x-ndjson' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `parallax-corpus-${new Date().toISOString().slice(0, 10)}${EXPORT_EXTENSION}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return written;
}
