/** Limits on an article's fields from any untrusted side (a page, a pasted text, an import file): no news article is larger. */
export const LIMITS = {
  text: 2_000_000,
  title: 2_000,
  url: 4_096,
  short: 500,
  excerpt: 2_000,
} as const;

/** Addresses added at a time: more is an import, not a paste. */
export const MAX_URLS_PER_ADD = 1000;

/** Sizes the options page may send: a pasted text like an article, a file like a page, an import in pieces. */
export const OPTIONS_LIMITS = {
  urls: MAX_URLS_PER_ADD,
  /** One file, and all the files of one message together. */
  html: 10 * 1024 * 1024,
  files: 2000,
  chunk: 4 * 1024 * 1024,
  ids: 200_000,
  query: 500,
  /** Kinds of source named in one prune. */
  kinds: 10,
} as const;

/** Batches of files the options page keeps unanswered per lane: one is analysed while the other commits. */
export const FILE_BATCHES_IN_FLIGHT = 2;

/**
 * Files from which a folder is analysed by the options page's worker as well as by the service worker: one batch of
 * the largest size. Below, the worker's start (its lexicons, a cold compiler) costs more than it gains: measured
 * 195 against 222 a second at 1,000 files, 264 against 255 at 2,000, 316 against 289 at 4,000.
 */
export const WORKER_MIN_FILES = OPTIONS_LIMITS.files;

/** A site the reader names from the popup ("Don't collect this site"): a host name is at most 253 characters. */
export const SITE_CHARS = 300;

/** An import file is staged in pieces of this many characters: well under a message's limit (OPTIONS_LIMITS.chunk). */
export const IMPORT_PIECE_CHARS = 2 * 1024 * 1024;

/** Errors kept per job; the count of failures goes on. */
export const MAX_JOB_ERRORS = 200;

/** Item ids remembered per feed: several times what a feed lists, so that old items never come back as new. */
export const MAX_SEEN_ITEMS = 2000;

/** How much the pages collected as the reader reads may take, by default and at most (a cap is at least 1). */
export const COLLECT_CAP_LIMITS = {
  defaultReports: 2000,
  /** When the reader switches to megabytes: about what 2,000 reports take. */
  defaultMegabytes: 100,
  maxReports: 1_000_000,
  maxMegabytes: 100_000,
} as const;
