import { storage } from 'wxt/utils/storage';

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
}

export const DEFAULT_SETTINGS: Settings = {
  analyzeOnLoad: true,
  highlight: true,
  readerLanguages: [],
  translationTarget: '',
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}
