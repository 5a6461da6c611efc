/**
 * The day a file's name gives (archives and saved reports are often named by it: `2011-03-20_reuters.txt`,
 * `es_libya_20110320.html`), as an ISO time at midnight UTC; null when the name gives none or two different days.
 * A plain text file carries no publication date, and matching reads a report's day as a window.
 */
export function dateFromFileName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  const days = new Set<string>();
  // Year, month and day, with one separator used twice or none; digits around them make it another number.
  for (const m of base.matchAll(/(?<!\d)((?:19|20)\d\d)([-_.]?)(\d\d)\2(\d\d)(?!\d)/g)) {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
    const time = Date.UTC(year, month - 1, day);
    const date = new Date(time);
    // Date.UTC rolls 2011-02-30 over to March: such a name gives no day.
    if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) continue;
    days.add(date.toISOString());
  }
  return days.size === 1 ? [...days][0]! : null;
}
