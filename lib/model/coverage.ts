/** A page a news index found for the story on a tab: where it is and what the index says of it. */
export interface FoundPage {
  url: string;
  title: string;
  domain: string;
  /** BCP 47 code, or "und" for a language not searched for. */
  lang: string;
  /** When the index first saw it (ISO 8601), or null. */
  seen: string | null;
}

/** Why a search found nothing to fetch, as the popup says it. */
export type CoverageProblem = 'offline' | 'rate-limited' | 'malformed' | 'nothing-found' | 'failed';
