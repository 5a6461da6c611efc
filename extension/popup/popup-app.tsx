import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupView, type PopupState, type SaveState } from '../../components/popup-view.tsx';
import type { QuoteTranslation } from '../../components/figure-groups.tsx';
import { sendToBackground } from '../messaging.ts';
import { t } from '../i18n.ts';
import { getSettings } from '../settings.ts';
import { onDeviceTranslator } from './translator.ts';
import { PopupReading } from '../../components/popup-reading.tsx';
import { useReading } from './use-reading.ts';

/** `popup.html?tabId=N` targets tab N (tests open the popup that way); otherwise the active tab. */
async function targetTab(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Wires the popup view to the background. */
export function PopupApp({ uiLang }: { uiLang: string }) {
  const [state, setState] = useState<PopupState>({ status: 'loading' });
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [tabId, setTabId] = useState<number | null>(null);
  const [translation, setTranslation] = useState<QuoteTranslation | null>(null);

  const analyze = async (id: number) => {
    try {
      const next = await sendToBackground('bg:tab.analyze', { tabId: id });
      setState(next);
      if (next.status === 'ready') void offerTranslation(next.groups.flatMap((g) => g.members.map((m) => m.lang)));
    } catch (error) {
      setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  /** Offers translation only for the quotes' languages the browser can translate on the device right now. */
  const offerTranslation = async (langs: string[]) => {
    const target = (await getSettings()).translationTarget || uiLang.split('-')[0] || 'en';
    const translator = onDeviceTranslator(target);
    if (!translator) return;
    const ready = await translator.ready(langs);
    if (ready.size) setTranslation({ langs: ready, translate: (text, from) => translator.translate(text, from) });
  };

  useEffect(() => {
    void targetTab().then((id) => {
      if (id === null) {
        setState({ status: 'unavailable', message: t('noTab', 'There is no tab to read.') });
        return;
      }
      setTabId(id);
      void analyze(id);
    });
  }, []);

  const reading = useReading(tabId, state, () => tabId !== null && void analyze(tabId));

  const onAdd = async () => {
    if (tabId === null) return;
    setSave({ status: 'saving' });
    const result = await sendToBackground('bg:tab.save', { tabId }).catch((error: unknown) => ({
      ok: false as const,
      message: error instanceof Error ? error.message : String(error),
    }));
    setSave(result.ok ? { status: 'saved', created: result.created } : { status: 'failed', message: result.message });
    if (result.ok) void analyze(tabId);
  };

  return (
    <PopupView
      state={state}
      save={save}
      uiLang={uiLang}
      t={t}
      onAdd={() => void onAdd()}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      translation={translation}
      reading={<PopupReading {...reading} t={t} />}
    />
  );
}
