import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageReader } from '../../lib/extract/page-reader.ts';
import { looksLikeArticle } from '../../lib/extract/readerable.ts';
import { Highlighter } from '../../lib/highlight/highlighter.ts';
import { sendToBackground } from '../messaging.ts';
import { createContentHandler } from './content-handler.ts';
import { getSettings, settingsItem } from '../settings.ts';
import { t } from '../i18n.ts';

function highlighterStrings() {
  return {
    othersSay: t('tooltipOthersSay', 'Other sources say:'),
    cites: t('tooltipCites', 'citing'),
    more: (n: number) => t('tooltipMore', `and ${n} more in the popup`, [String(n)]),
    verdict: {
      conflict: t('verdictConflict', 'Sources conflict'),
      discrepancy: t('verdictDiscrepancy', 'Sources differ'),
      consistent: t('verdictConsistent', 'Sources agree'),
    },
  };
}

/** The content script: reads the page when asked (or on load), marks disputed figures, never breaks the page. */
export function startContent(ctx: ContentScriptContext): void {
  const highlighter = new Highlighter(document, highlighterStrings());
  const reader = new PageReader(document);

  const handle = createContentHandler({
    // Asked by the popup: the reader clicked the icon, so the page is read whatever the article check says.
    'cs:page.extract': () => reader.read(location.href, { force: true }),
    'cs:figures.mark': ({ marks }) => ({ marked: highlighter.mark(marks) }),
    'cs:figures.clear': () => ({ cleared: highlighter.clear() }),
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (sender.id !== browser.runtime.id) return false;
    const answer = handle(raw);
    if (answer !== undefined) sendResponse(answer);
    return false;
  });

  ctx.onInvalidated(() => highlighter.clear());
  const unwatch = settingsItem.watch((settings) => {
    if (!settings.highlight) highlighter.clear();
  });
  ctx.onInvalidated(unwatch);

  void analyzeOnLoad(ctx, highlighter, reader);
}

async function analyzeOnLoad(ctx: ContentScriptContext, highlighter: Highlighter, reader: PageReader): Promise<void> {
  const settings = await getSettings();
  // Cheap check first (scaled for scripts without spaces): pages that are not articles cost almost nothing.
  // Collecting reads them on load too.
  if (!(settings.analyzeOnLoad || settings.collect) || ctx.isInvalid || !looksLikeArticle(document)) return;
  // Checked just above: extraction need not ask Readability again whether the page is an article.
  const result = reader.read(location.href, { force: true });
  if (!result.ok || ctx.isInvalid) return;
  try {
    const { marks } = await sendToBackground('bg:page.extracted', { article: result.article });
    if (!ctx.isInvalid && settings.analyzeOnLoad && settings.highlight && marks.length) highlighter.mark(marks);
  } catch {
    // The background may be restarting; the popup will ask again.
  }
}
