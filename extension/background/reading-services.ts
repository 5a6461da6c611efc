import type { ReadingMessages } from '../../lib/protocol/reading-messages.ts';
import { excludeSite } from './collect-service.ts';
import { cancelCoverage, searchTabCoverage } from './coverage-service.ts';
import type { BackgroundServices } from './message-handler.ts';

/** The popup's services for the corpus from what the reader reads, one per message. */
export const readingServices: Pick<BackgroundServices, keyof ReadingMessages> = {
  'bg:coverage.search': ({ tabId }) => searchTabCoverage(tabId),
  'bg:coverage.cancel': async ({ tabId }) => cancelCoverage(tabId),
  'bg:collect.exclude': ({ site }) => excludeSite(site),
};
