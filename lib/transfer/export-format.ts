/**
 * Parallax's corpus export: JSON Lines, UTF-8, one record per line, so that it is written and read as a stream.
 *
 *   {"format":"parallax-corpus","version":1,"exportedAt":"...","analysisVersion":1}
 *   {"type":"source","ref":3,"kind":"feed","key":"https://example.org/feed.xml","title":"Example"}
 *   {"type":"report","source":3,"url":"https://...","title":"...","text":"...","figures":[...],"keys":[...],...}
 *   {"type":"end","reports":1}
 *
 * A source line comes before the first report that refers to it. The end line, with the count of report lines,
 * tells a complete file from a truncated one. A newer version is refused, not guessed at.
 */
export const EXPORT_FORMAT = 'parallax-corpus';
export const EXPORT_VERSION = 1;

/** Suggested file name ending; imports recognise the file by its first line, not its name. */
export const EXPORT_EXTENSION = '.parallax.jsonl';

/** Lines longer than this are malformed: a report's text is capped well below. */
export const MAX_LINE_CHARS = 8 * 1024 * 1024;

/** Whether the start of a file is a Parallax export (its first line is the header). */
export function looksLikeExport(start: string): boolean {
  return /^\uFEFF?\s*\{\s*"format"\s*:\s*"parallax-corpus"/.test(start);
}
