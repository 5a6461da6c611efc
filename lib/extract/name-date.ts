/** Year, month and day, with one separator used twice or none; digits around them make it another number. */
const DAY_IN_NAME = /(?<!\d)((?:19|20)\d\d)([-_.]?)(\d\d)\2(\d\d)(?!\d)/g;
/** The same as path segments of an address: /2011/03/20/. */
const DAY_IN_PATH = /\/((?:19|20)\d\d)\/(\d\d)\/(\d\d)(?=\/|$)/g;

/** The day as an ISO time at midnight UTC, or null for a day that does not exist (2011-02-30). */
function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date.toISOString() : null;
}

/** Year, month and day of a DAY_IN_NAME match (its second group is the separator). */
const nameParts = (m: RegExpMatchArray): [string, string, string] => [m[1]!, m[3]!, m[4]!];

/** The one day the matches give, or null when they give none or two different days. */
function oneDay(matches: Iterable<RegExpMatchArray>, parts: (m: RegExpMatchArray) => [string, string, string]): string | null {
  const days = new Set<string>();
  for (const m of matches) {
    const [year, month, day] = parts(m).map(Number) as [number, number, number];
    const iso = isoDay(year, month, day);
    if (iso) days.add(iso);
  }
  return days.size === 1 ? [...days][0]! : null;
}

/**
 * The day a file's name gives (archives and saved reports are often named by it: `2011-03-20_reuters.txt`,
 * `es_libya_20110320.html`), as an ISO time at midnight UTC; null when the name gives none or two different days.
 * A plain text file carries no publication date, and matching reads a report's day as a window.
 */
export function dateFromFileName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  return oneDay(base.matchAll(DAY_IN_NAME), nameParts);
}

/**
 * The day a page's address gives, for a page that states no date of its own: news sites file articles by it
 * (`/internacional/2011/03/20/…`, `/2011-03-20-libya-vote`, `/20110320/…`). The path only; null as above.
 */
export function dateFromUrl(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const inPath = oneDay(path.matchAll(DAY_IN_PATH), (m) => [m[1]!, m[2]!, m[3]!]);
  if (inPath) return inPath;
  return oneDay(path.matchAll(DAY_IN_NAME), nameParts);
}
