import { browser } from 'wxt/browser';
import { shouldCollect, isExcludedSite } from '../../lib/collect/collect-rules.ts';
import { collectedIdsWhere, enforceCollectCap } from '../../lib/db/collect-cap.ts';
import { COLLECTED_SOURCE } from '../../lib/model/collect-cap.ts';
import { deleteReports, saveReport } from '../../lib/db/corpus-store.ts';
import type { ReportInput } from '../../lib/model/report.ts';
import { attempt, type Outcome } from '../../lib/model/source-error.ts';
import { getSettings, settingsItem } from '../settings.ts';
import { corpus } from './corpus.ts';
import { corpusChanged } from './corpus-service.ts';

/**
 * A cap in megabytes reads every collected report to weigh it: done on the first page collected in a worker's life
 * and every MB_CHECK_EVERY pages after, not on every page (the cap is then exceeded by a few pages at most). A cap in
 * reports needs only the index and is kept on every page.
 */
const MB_CHECK_EVERY = 20;
let collectedSinceCheck = MB_CHECK_EVERY;

/** Whether a tab is in a private window; a tab that cannot be looked up is treated as one. */
async function isPrivate(tabId: number): Promise<boolean> {
  try {
    return (await browser.tabs.get(tabId)).incognito;
  } catch {
    return true;
  }
}

/**
 * Keeps a page the reader opened, when collecting is on, and evicts the oldest collected pages beyond the cap. A
 * failure to store (a full disk) is not the reader's concern while reading: the page is simply not kept.
 */
export async function collectPage(tabId: number, analysis: ReportInput): Promise<void> {
  const settings = await getSettings();
  if (!settings.collect) return;
  const context = { collect: true, excluded: settings.collectExcluded, incognito: await isPrivate(tabId), url: analysis.url };
  if (!shouldCollect(context)) return;
  try {
    await saveReport(corpus(), analysis, COLLECTED_SOURCE, Date.now());
    if (settings.collectCap.unit === 'reports' || ++collectedSinceCheck >= MB_CHECK_EVERY) {
      collectedSinceCheck = 0;
      await enforceCollectCap(corpus(), settings.collectCap);
    }
    corpusChanged();
  } catch (error) {
    console.warn('Parallax: a page could not be collected', error);
  }
}

/** "Don't collect this site": added to the exclusions, and what was collected from it goes. */
export async function excludeSite(site: string): Promise<Outcome<{ removed: number }>> {
  const settings = await getSettings();
  if (!settings.collectExcluded.includes(site)) await settingsItem.setValue({ ...settings, collectExcluded: [...settings.collectExcluded, site] });
  return attempt(async () => {
    const ids = await collectedIdsWhere(corpus(), (url) => isExcludedSite(url, [site]));
    const removed = ids.length ? await deleteReports(corpus(), ids) : 0;
    corpusChanged();
    return { removed };
  });
}
