import type { ReportInput } from '../model/report.ts';
import type { SourceInput } from '../model/source.ts';
import type { ParsedFeed } from '../feeds/feed-types.ts';
import type { Validators } from './feed-updates.ts';
import type { SourceError } from '../model/source-error.ts';

/** What preparing a task (network, parsing, analysis: no storage) produced, for the commit to store. */
export type TaskOutcome =
  | { type: 'report'; input: ReportInput; source: SourceInput; target: string; item: { sourceId: number; itemId: string } | null }
  | { type: 'subscribe'; feedUrl: string; feed: ParsedFeed; validators: Validators; target: string }
  | { type: 'feed-read'; sourceId: number; feed: ParsedFeed; validators: Validators }
  | { type: 'feed-unchanged'; sourceId: number }
  | { type: 'feed-failed'; sourceId: number; error: SourceError; retryAfterMs: number | null; target: string }
  | { type: 'failed'; error: SourceError; target: string; item: { sourceId: number; itemId: string; transient: boolean } | null }
  /** Nothing to do any more (the feed was deleted meanwhile). */
  | { type: 'skipped' };
