import { storage } from 'wxt/utils/storage';
import { DEFAULT_COLLECT_CAP, type CollectCap } from '../lib/model/collect-cap.ts';
import { GDELT_DOC_ENDPOINT, type CoverageService } from '../lib/news-index/gdelt-query.ts';

/** The reader's settings, small and synced through extension storage. */
export interface Settings {
  /** Read pages when they load (true) or only when the toolbar button is clicked (false). */
  analyzeOnLoad: boolean;
  /** Mark disputed figures in the page. */
  highlight: boolean;
  /** Languages the reader reads (BCP 47), for ordering versions. */
  readerLanguages: string[];
  /** Language quotes are translated into, where the browser can translate on the device. */
  translationTarget: string;
  /** Keep each article page the reader opens in the corpus (never in private windows, never excluded sites). */
  collect: boolean;
  /** Sites never collected: host names, their subdomains included. */
  collectExcluded: string[];
  /** How much the collected pages may take; the oldest collected go first beyond it. */
  collectCap: CollectCap;
  /** The news index searched when the reader asks for coverage ("off": none). */
  coverageSearch: CoverageService;
  /** Where that index answers (a setting, so that tests point it at a local server). */
  coverageEndpoint: string;
}

export const DEFAULT_SETTINGS: Settings = {
  analyzeOnLoad: true,
  highlight: true,
  readerLanguages: [],
  translationTarget: '',
  collect: false,
  collectExcluded: [],
  collectCap: DEFAULT_COLLECT_CAP,
  coverageSearch: 'gdelt',
  coverageEndpoint: GDELT_DOC_ENDPOINT,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}
