import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { watchConceptLanguages } from '../extension/background/concept-lexicons.ts';
import { registerFirstRun } from '../extension/background/first-run.ts';
import { registerRouter } from '../extension/background/router.ts';
import { forgetTab } from '../extension/background/tab-analysis.ts';
import { startJobs } from '../extension/background/jobs-service.ts';
import { startFeeds } from '../extension/background/sources-service.ts';

export default defineBackground({
  type: 'module',
  main() {
    registerRouter();
    watchConceptLanguages();
    registerFirstRun();
    browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));
    startFeeds();
    startJobs();
  },
});
